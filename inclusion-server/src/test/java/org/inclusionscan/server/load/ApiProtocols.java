package org.inclusionscan.server.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.ServerProcess;

/**
 * The API's two loads of issue 25, item 4, in the shape {@link LoadRun} drives: a case system's clients
 * posting full responses (every item answered, one request each), and coordinators' clients opening
 * closed rounds' reports. Each simulated client works on the round of its own number, modulo the rounds.
 */
final class ApiProtocols {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROLES = {"staff", "frontline", "volunteer", "board", "other"};
    private static final String[] LANGUAGES = {"nl", "fr", "en"};

    private ApiProtocols() {
    }

    /** Full responses through {@code POST /api/v1/rounds/{id}/responses}; "answer" n of a client is its response n. */
    record Responses(ServerProcess server, String token, List<String> roundIds, int perClient) implements LoadRun.Protocol {

        @Override
        public LoadRun.Respondent join(HttpClient client, int index) {
            return new LoadRun.Respondent("client-" + index, Map.of("round", roundIds.get(index % roundIds.size()),
                    "index", Integer.toString(index)));
        }

        @Override
        public HttpRequest save(LoadRun.Respondent client, int answer) {
            int number = (Integer.parseInt(client.state().get("index")) * perClient + answer) % NumberedAnswers.CAPACITY;
            String body;
            try {
                body = JSON.writeValueAsString(Map.of("role", ROLES[number % ROLES.length], "answers", NumberedAnswers.of(number)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A map of numbers always writes.", e);
            }
            return HttpRequest.newBuilder(server.uri("/api/v1/rounds/" + client.state().get("round") + "/responses"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        @Override
        public String itemOf(int answer) {
            return "response-" + answer;
        }
    }

    /**
     * Reports of closed rounds through {@code GET /api/v1/rounds/{id}/report}: request n of a client asks the
     * HTML report in the n-th of nl, fr, en, so each client's first three requests are first openings.
     */
    record Reports(ServerProcess server, String token, List<String> roundIds) implements LoadRun.Protocol {

        @Override
        public LoadRun.Respondent join(HttpClient client, int index) {
            return new LoadRun.Respondent("coordinator-" + index, Map.of("round", roundIds.get(index % roundIds.size())));
        }

        @Override
        public HttpRequest save(LoadRun.Respondent client, int answer) {
            URI report = server.uri("/api/v1/rounds/" + client.state().get("round") + "/report?format=html&lang="
                    + LANGUAGES[answer % LANGUAGES.length]);
            return HttpRequest.newBuilder(report).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .GET().build();
        }

        @Override
        public String itemOf(int answer) {
            return "report-" + answer;
        }
    }
}
