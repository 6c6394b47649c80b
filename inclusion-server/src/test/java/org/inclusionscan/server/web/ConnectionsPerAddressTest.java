package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limit of open connections per client address counts connections that are open, not connections that
 * were ever opened: a closed connection gives its place back, whoever closed it. Until issue 25 (stop 29) a
 * closed connection's place was never given back, so an office behind one address was shut out for good after
 * 128 connections over the server's life.
 */
class ConnectionsPerAddressTest {

    private static InclusionServer server;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** The status of a GET /health on {@code socket}, or -1 when the server closed it without an answer. */
    private static int health(Socket socket, boolean close) throws IOException {
        socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: localhost\r\n" + (close ? "Connection: close\r\n" : "")
                + "\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        StringBuilder status = new StringBuilder();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                status.append((char) b);
            }
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            // A connection reset: closed by the server without an answer.
            return -1;
        }
        String line = status.toString();
        return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
    }

    @Test
    void four_hundred_connections_one_after_another_are_all_answered() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Every other connection closed by the server (Connection: close), the others by the client.
            try (Socket socket = open()) {
                statuses.add(health(socket, i % 2 == 0));
            }
        }

        assertThat(statuses).hasSize(400).containsOnly(200);
    }

    @Test
    void one_connection_over_the_limit_is_closed_and_the_places_come_back_when_the_others_close() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < WebApp.MAX_CONNECTIONS_PER_ADDRESS; i++) {
                Socket socket = open();
                held.add(socket);
                assertThat(health(socket, false)).as("connection %d", i + 1).isEqualTo(200);
            }
            try (Socket over = open()) {
                assertThat(health(over, false)).as("one over the limit").isEqualTo(-1);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        // The server sees the closes a moment later.
        int answered = -1;
        for (int attempt = 0; attempt < 50 && answered != 200; attempt++) {
            Thread.sleep(100);
            try (Socket again = open()) {
                answered = health(again, true);
            }
        }
        assertThat(answered).as("a new connection once the others closed").isEqualTo(200);
    }
}
