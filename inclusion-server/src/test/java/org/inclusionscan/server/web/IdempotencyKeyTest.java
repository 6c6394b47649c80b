package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.json.Json;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.DatabaseUnderTest;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The API's Idempotency-Key on both databases, with two servers on one database: a retry after a
 * lost answer, parallel retries, a key reused for another request, keys that cannot be used.
 */
class IdempotencyKeyTest {

    private static final String TOKEN = "idempotency-token-0123456789";
    private static final String ROUND = """
            {"organisation": {"name": "OCMW Lindegem", "region": "flanders", "sector": "public-social-welfare"},
             "questionnaire": "%s", "minRespondents": 3}""".formatted(QuestionnaireRegistry.DEFAULT_ID);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void a_retried_post_answers_what_the_first_one_did_and_stores_nothing_again(DatabaseUnderTest database) throws Exception {
        ServerConfig config = ServerConfig.forTests(database.url()).withApiToken(TOKEN);
        try (InclusionServer one = InclusionServer.start(config); InclusionServer two = InclusionServer.start(config)) {
            // GIVEN a round made with a key, and made again with the same key through the other server
            HttpResponse<String> made = post(one, "/api/v1/rounds", ROUND, "round-1");
            HttpResponse<String> again = post(two, "/api/v1/rounds", ROUND, "round-1");

            // THEN the retry answers the stored answer, and there is one round
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(made.body());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(made.headers().firstValue("Idempotent-Replayed")).isEmpty();
            assertThat(count(database, "SELECT COUNT(*) FROM rounds")).isEqualTo(1);
            String round = json(made).get("id").asText();
            String responses = "/api/v1/rounds/" + round + "/responses";

            // WHEN a response is sent and the client stops waiting before the answer (a time-out)
            String body = response(1);
            sendAndHangUp(one, responses, body, "response-1");
            waitUntil(() -> respondents(one, round) == 1);
            // AND it is sent again with the same key, to the other server
            HttpResponse<String> retried = post(two, responses, body, "response-1");

            // THEN the retry gets the first answer, and the response is stored once
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            assertThat(json(retried).get("respondents").asInt()).isEqualTo(1);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(respondents(one, round)).isEqualTo(1);

            // WHEN the same key comes with another body
            HttpResponse<String> reused = post(one, responses, response(2), "response-1");
            // THEN 422, naming the header, and nothing is stored
            assertThat(reused.statusCode()).isEqualTo(422);
            assertThat(json(reused).get("field").asText()).isEqualTo("Idempotency-Key");
            assertThat(json(reused).get("type").asText()).endsWith("idempotency-reused");
            assertThat(respondents(one, round)).isEqualTo(1);

            // WHEN twelve copies of one new request arrive at once, half on each server
            List<HttpResponse<String>> answers = parallel(12, i -> post(i % 2 == 0 ? one : two, responses, response(3), "response-3"));
            // THEN all answer alike, and one response is stored
            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
            assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
            assertThat(answers.stream().filter(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty()))
                    .hasSize(1);
            assertThat(respondents(one, round)).isEqualTo(2);

            // WHEN a request is refused (an unknown item): nothing is stored under its key, so a fixed retry goes through
            HttpResponse<String> refused = post(one, responses, "{\"answers\": {\"no-such-item\": 3}}", "response-4");
            assertThat(refused.statusCode()).isEqualTo(400);
            HttpResponse<String> fixed = post(one, responses, response(4), "response-4");
            assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(201);
            assertThat(respondents(one, round)).isEqualTo(3);

            // AND without a key, a POST sent twice is stored twice, as before
            post(one, responses, response(5), null);
            post(one, responses, response(5), null);
            assertThat(respondents(one, round)).isEqualTo(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void keys_that_cannot_be_used_are_refused_at_the_header(DatabaseUnderTest database) {
        try (InclusionServer server = InclusionServer.start(ServerConfig.forTests(database.url()).withApiToken(TOKEN))) {
            for (String key : List.of("", "   ", "a b", "x".repeat(256), "k\\1")) {
                HttpResponse<String> answer = post(server, "/api/v1/rounds", ROUND, key);
                assertThat(answer.statusCode()).as("key [%s]", key).isEqualTo(400);
                assertThat(json(answer).get("field").asText()).isEqualTo("Idempotency-Key");
            }
            assertThat(count(database, "SELECT COUNT(*) FROM rounds")).isZero();
            // A structured-field string in quotes is the same key as without them.
            HttpResponse<String> quoted = post(server, "/api/v1/rounds", ROUND, "\"k-1\"");
            HttpResponse<String> plain = post(server, "/api/v1/rounds", ROUND, "k-1");
            assertThat(plain.body()).isEqualTo(quoted.body());
            assertThat(count(database, "SELECT COUNT(*) FROM rounds")).isEqualTo(1);
        }
    }

    private static String response(int number) {
        try {
            return Json.mapper().writeValueAsString(Map.of("role", "staff", "answers", NumberedAnswers.of(number)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int respondents(InclusionServer server, String round) {
        return server.services().rounds().respondents(null, round);
    }

    private static HttpResponse<String> post(InclusionServer server, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the whole request and closes the connection without reading the answer. */
    private static void sendAndHangUp(InclusionServer server, String path, String body, String key) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nIdempotency-Key: " + key + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private interface Call {
        HttpResponse<String> run(int index);
    }

    private static List<HttpResponse<String>> parallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int count(DatabaseUnderTest database, String query) {
        try (Connection connection = DriverManager.getConnection(database.url());
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }
}
