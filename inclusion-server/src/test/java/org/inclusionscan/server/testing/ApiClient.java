package org.inclusionscan.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's JSON API for case systems (docs/openapi), as a test's client; blocking, thread-safe. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final URI base;
    private final String token;

    public ApiClient(URI base, String token) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.token = token;
    }

    /** The organisation of the example rounds, as in a scan. */
    public static Map<String, Object> organisation(String name) {
        return Map.of("name", name, "region", "brussels", "sector", "local-service-centre",
                "targetGroups", java.util.List.of("older-people", "poverty"));
    }

    /** Creates a round on the default questionnaire (the one {@link NumberedAnswers} answers); returns its id and respondent URL. */
    public JsonNode createRound(String name, int minRespondents) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/v1/rounds", Map.of("organisation", organisation(name),
                "questionnaire", org.inclusionscan.questionnaire.QuestionnaireRegistry.DEFAULT_ID, "minRespondents", minRespondents));
        expect(response, 201);
        return JSON.readTree(response.body());
    }

    /** Submits one response; returns the HTTP response as is (the caller decides what counts). */
    public HttpResponse<String> submit(String roundId, String role, Map<String, Object> answers)
            throws IOException, InterruptedException {
        return post("/api/v1/rounds/%s/responses".formatted(roundId), Map.of("role", role, "answers", answers));
    }

    public HttpResponse<String> close(String roundId) throws IOException, InterruptedException {
        return post("/api/v1/rounds/%s/close".formatted(roundId), Map.of());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    public static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("%s %s answered %d instead of %d: %s".formatted(response.request().method(),
                    response.request().uri(), response.statusCode(), status, response.body()));
        }
    }
}
