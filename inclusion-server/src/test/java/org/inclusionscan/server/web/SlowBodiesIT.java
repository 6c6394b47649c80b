package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;

/**
 * Issue 20, item 6: 300 connections that announce {@code POST /play} with 10,000 bytes and send
 * one byte every 2 seconds (150 from one address, 150 from 15 others) do not starve the server:
 * {@code /health} answers in under a second all along. About 20 seconds, only on localhost; runs
 * with {@code -DslowTests=true}.
 */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
class SlowBodiesIT {

    private static final int ATTACKERS = 300;
    private static final long ATTACK_MILLIS = 15_000;

    @Test
    void health_answers_in_under_a_second_while_300_connections_dribble_bodies() throws Exception {
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            String url = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // warm up: the first answer loads classes and opens the client's connection
            client.send(HttpRequest.newBuilder(URI.create(url + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
            List<Socket> sockets = new ArrayList<>();
            AtomicInteger cut = new AtomicInteger();
            AtomicInteger timedOut = new AtomicInteger();
            AtomicInteger stillOpen = new AtomicInteger();
            for (int i = 0; i < ATTACKERS; i++) {
                String from = i < ATTACKERS / 2 ? "127.0.0.2" : "127.0.0." + (10 + i % 15);
                try {
                    Socket socket = RawHttp.connect(url, from);
                    socket.getOutputStream().write(("POST /play HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    sockets.add(socket);
                } catch (IOException e) {
                    cut.incrementAndGet();
                }
            }
            // one thread dribbles for all (300 threads of the test's own would compete with /health for the CPU)
            Thread dribbler = new Thread(() -> dribble(sockets, cut, timedOut, stillOpen));
            dribbler.setDaemon(true);
            dribbler.start();
            List<Long> latencies = new ArrayList<>();
            long end = System.currentTimeMillis() + ATTACK_MILLIS;
            long slowest = 0;
            int checks = 0;
            while (System.currentTimeMillis() < end) {
                long start = System.nanoTime();
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url + "/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(health.statusCode()).isEqualTo(200);
                slowest = Math.max(slowest, millis);
                latencies.add(millis);
                checks++;
                Thread.sleep(200);
            }
            dribbler.join(30_000);

            LoggerFactory.getLogger(SlowBodiesIT.class).info(
                    "Slow bodies: {} /health checks, slowest {} ms; attack connections cut {}, answered 408 {}, still open {}",
                    checks, slowest, cut, timedOut, stillOpen);
            assertThat(checks).isGreaterThan(30);
            assertThat(slowest).as("slowest /health in ms of %s", latencies).isLessThan(1000);
            // one address got no more than its share of connections, and the server ended every attacker's
            // connection within the attack: at the body deadline (408) or by closing it
            assertThat(cut.get() + timedOut.get()).as("connections cut %s, refused with 408 %s", cut, timedOut)
                    .isGreaterThanOrEqualTo(ATTACKERS / 2 - WebApp.MAX_CONNECTIONS_PER_ADDRESS);
            assertThat(stillOpen.get()).as("connections still reading a body after %d ms", ATTACK_MILLIS + 5000).isZero();
            assertThat(timedOut.get()).as("bodies refused at the deadline").isPositive();
        }
    }

    /** One byte every 2 seconds on each socket until the server answers or closes it, for the attack's time. */
    private static void dribble(List<Socket> sockets, AtomicInteger cut, AtomicInteger timedOut, AtomicInteger stillOpen) {
        List<Socket> open = new ArrayList<>(sockets);
        long end = System.currentTimeMillis() + ATTACK_MILLIS + 5000;
        try {
            while (!open.isEmpty() && System.currentTimeMillis() < end) {
                for (java.util.Iterator<Socket> each = open.iterator(); each.hasNext();) {
                    Socket socket = each.next();
                    try {
                        if (socket.getInputStream().available() > 0) {
                            if (RawHttp.read(socket.getInputStream()).status() == 408) {
                                timedOut.incrementAndGet();
                            }
                            socket.close();
                            each.remove();
                            continue;
                        }
                        socket.getOutputStream().write('a');
                        socket.getOutputStream().flush();
                    } catch (IOException closed) {
                        cut.incrementAndGet();
                        each.remove();
                        closeQuietly(socket);
                    }
                }
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stillOpen.set(open.size());
        open.forEach(SlowBodiesIT::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
