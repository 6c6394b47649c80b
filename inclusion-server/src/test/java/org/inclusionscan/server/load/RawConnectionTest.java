package org.inclusionscan.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's own HTTP/1.1 connection, against the JDK's small server: bodies of every framing, closes. */
class RawConnectionTest {

    private HttpServer server;
    private ExecutorService threads;
    private final byte[] large = new byte[70_000];

    @BeforeEach
    void start() throws IOException {
        Arrays.fill(large, (byte) 'x');
        large[large.length - 1] = 'y';
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.createContext("/echo", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String answer = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " " + new String(body, StandardCharsets.UTF_8);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(large, 0, 30_000);
                out.flush();
                out.write(large, 30_000, large.length - 30_000);
            }
        });
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/close", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            byte[] bytes = "bye".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:%d%s".formatted(server.getAddress().getPort(), path));
    }

    @Test
    void a_post_arrives_whole_and_its_fixed_length_answer_is_read() throws IOException {
        try (RawConnection connection = new RawConnection(uri("/"), Duration.ofSeconds(5))) {
            RawConnection.Response response = connection.send(HttpRequest.newBuilder(uri("/echo?a=1")).header("X-Test", "yes")
                    .POST(HttpRequest.BodyPublishers.ofString("één body")).build());

            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("POST /echo?a=1 yes één body");
        }
    }

    @Test
    void chunked_and_empty_answers_are_read_and_the_connection_is_kept_for_the_next_request() throws IOException {
        try (RawConnection connection = new RawConnection(uri("/"), Duration.ofSeconds(5))) {
            RawConnection.Response chunked = connection.send(HttpRequest.newBuilder(uri("/chunked")).GET().build());
            RawConnection.Response empty = connection.send(HttpRequest.newBuilder(uri("/empty")).GET().build());
            RawConnection.Response echo = connection.send(HttpRequest.newBuilder(uri("/echo")).GET().build());

            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.body()).isEqualTo(large);
            assertThat(empty.status()).isEqualTo(204);
            assertThat(empty.body()).isEmpty();
            assertThat(new String(echo.body(), StandardCharsets.UTF_8)).startsWith("GET /echo");
        }
    }

    @Test
    void after_the_server_closes_the_next_request_opens_a_new_connection() throws IOException {
        try (RawConnection connection = new RawConnection(uri("/"), Duration.ofSeconds(5))) {
            RawConnection.Response bye = connection.send(HttpRequest.newBuilder(uri("/close")).GET().build());
            RawConnection.Response next = connection.send(HttpRequest.newBuilder(uri("/echo")).GET().build());

            assertThat(new String(bye.body(), StandardCharsets.UTF_8)).isEqualTo("bye");
            assertThat(next.status()).isEqualTo(200);
        }
    }

    @Test
    void a_server_that_is_gone_is_a_failure_of_the_request() {
        RawConnection connection = new RawConnection(uri("/"), Duration.ofSeconds(2));
        server.stop(0);

        assertThatThrownBy(() -> connection.send(HttpRequest.newBuilder(uri("/echo")).GET().build())).isInstanceOf(IOException.class);
        connection.close();
    }
}
