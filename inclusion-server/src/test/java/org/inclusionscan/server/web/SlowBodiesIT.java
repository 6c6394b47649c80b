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
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.DatabaseUnderTest;
import org.inclusionscan.server.testing.RawHttp;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 20, item 6: 300 connections that announce {@code POST /play} with 10,000 bytes and send
 * one byte every 2 seconds (150 from one address, 150 from 15 others) do not starve the server:
 * {@code /health} answers in under a second all along; and the listening socket's accept queue
 * holds at least 200 clients (read with {@code ss}). Runs once on an H2 file and once on PostgreSQL
 * ({@link BothDatabases}), about 20 seconds each (at most 90), only on localhost; runs with
 * {@code -DslowTests=true}.
 */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
class SlowBodiesIT {

    private static final Logger LOG = LoggerFactory.getLogger(SlowBodiesIT.class);
    private static final int ATTACKERS = 300;
    private static final long ATTACK_MILLIS = 15_000;
    /** The clients the accept queue must hold (issue 20, item 6: it held 50). */
    private static final int QUEUE_AT_LEAST = 200;

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    @Timeout(90)
    void health_answers_in_under_a_second_while_300_connections_dribble_bodies(DatabaseUnderTest database) throws Exception {
        try (InclusionServer server = InclusionServer.start(ServerConfig.forTests(database.url()))) {
            String url = "http://127.0.0.1:" + server.port();
            // the operating system's queue for connections not yet accepted (for a listening socket, ss's Send-Q)
            OptionalInt backlog = listenBacklog(server.port());
            if (backlog.isPresent()) {
                LOG.info("Slow bodies ({}): the listening socket's accept queue holds {} connections", database,
                        backlog.getAsInt());
                assertThat(backlog.getAsInt()).as("accept queue of port %d", server.port()).isGreaterThanOrEqualTo(QUEUE_AT_LEAST);
            } else {
                LOG.warn("Slow bodies ({}): the accept queue is NOT checked: 'ss' (Debian package iproute2) is not installed",
                        database);
            }
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

            LOG.info("Slow bodies ({}): {} /health checks, slowest {} ms; attack connections cut {}, answered 408 {}, still open {}",
                    database, checks, slowest, cut, timedOut, stillOpen);
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

    /**
     * The backlog of the socket listening on {@code port}: {@code ss -ltnH 'sport = :PORT'} prints
     * {@code LISTEN Recv-Q Send-Q local peer}, and for a listening socket Send-Q is its backlog.
     * Empty when {@code ss} is not installed.
     */
    private static OptionalInt listenBacklog(int port) throws IOException, InterruptedException {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return OptionalInt.empty();
        }
        String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ss.waitFor(10, TimeUnit.SECONDS)).as("ss ended").isTrue();
        assertThat(ss.exitValue()).as("ss answered: %s", output).isZero();
        for (String line : output.strip().split("\\R")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && columns[0].equals("LISTEN") && columns[3].endsWith(":" + port)) {
                return OptionalInt.of(Integer.parseInt(columns[2]));
            }
        }
        throw new AssertionError("ss lists no socket listening on port " + port + ": " + output);
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
