package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The case systems' API: the five endpoints, located errors, the 409 below the minimum. */
class ApiTest {

    static final String TOKEN = "test-token-0123456789abcdef";
    static final String ROUND = """
            {"organisation": {"name": "OCMW Lindegem", "region": "flanders", "sector": "public-social-welfare",
             "targetGroups": ["poverty"]}, "questionnaire": "selfscan-1", "minRespondents": 3}""";

    private static InclusionServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> call(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    static String createRound() {
        HttpResponse<String> created = call("POST", "/api/v1/rounds", ROUND, TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    @Test
    void a_round_is_created_answered_closed_exported_and_reported_as_score_would() {
        // GIVEN a round made through the API
        HttpResponse<String> created = call("POST", "/api/v1/rounds", ROUND, TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(json(created).get("respondentUrl").asText()).startsWith(server.url() + "/join/");

        // WHEN three responses come in (as "other": a role of fewer than 5 would leave the export as "other", see
        // ExportAnonymityTest, and its report would then count them as one role) and the round closes
        for (String role : new String[] {"other", "other", "other"}) {
            HttpResponse<String> response = call("POST", "/api/v1/rounds/" + id + "/responses",
                    "{\"role\": \"" + role + "\", \"answers\": {\"legislation-1\": 4, \"vision-1\": \"dont-know\", \"network-vitality-1\": 2}}",
                    TOKEN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        HttpResponse<String> closed = call("POST", "/api/v1/rounds/" + id + "/close", null, TOKEN);
        HttpResponse<String> scan = call("GET", "/api/v1/rounds/" + id + "/scan", null, TOKEN);
        HttpResponse<String> report = call("GET", "/api/v1/rounds/" + id + "/report?format=md&lang=en", null, TOKEN);

        // THEN the report is what bin/inclusion score gives on the exported scan
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).get("status").asText()).isEqualTo("closed");
        assertThat(scan.statusCode()).isEqualTo(200);
        Scan read = ScanReader.create().read(scan.body(), "scan");
        assertThat(read.respondents()).hasSize(3).allSatisfy(respondent -> {
            assertThat(respondent.id()).hasSize(22);
            assertThat(respondent.note()).isNull();
        });
        Advisor advisor = Advisor.defaults();
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).isEqualTo(Reporter.withTexts(advisor.texts())
                .render(advisor.evaluate(read), ReportFormat.MARKDOWN, ReportOptions.in(Language.EN)));
        assertThat(call("GET", "/api/v1/rounds/" + id + "/report", null, TOKEN).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/json");
    }

    @Test
    void below_the_minimum_the_report_is_409_with_the_counts() {
        String id = createRound();
        call("POST", "/api/v1/rounds/" + id + "/responses", "{\"role\": \"staff\", \"answers\": {\"legislation-1\": 4}}", TOKEN);
        call("POST", "/api/v1/rounds/" + id + "/close", null, TOKEN);

        HttpResponse<String> report = call("GET", "/api/v1/rounds/" + id + "/report?format=json", null, TOKEN);

        assertThat(report.statusCode()).isEqualTo(409);
        JsonNode body = json(report);
        assertThat(body.get("reason").asText()).isEqualTo("below-minimum");
        assertThat(body.get("respondents").asInt()).isEqualTo(1);
        assertThat(body.get("minimum").asInt()).isEqualTo(3);
    }

    @Test
    void a_response_gets_the_scan_readers_checks_with_json_paths() {
        String id = createRound();

        HttpResponse<String> response = call("POST", "/api/v1/rounds/" + id + "/responses",
                "{\"role\": \"boss\", \"answers\": {\"legislation-1\": 7, \"no-such-item\": 3, \"vision-1\": \"maybe\"}, \"id\": \"x\"}",
                TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.get("type").asText()).isEqualTo("urn:inclusionscan:problem:invalid-input");
        assertThat(body.get("problems").findValuesAsText("path"))
                .containsExactlyInAnyOrder("id", "role", "answers.legislation-1", "answers.no-such-item", "answers.vision-1");
    }

    @Test
    void a_round_gets_the_scan_readers_checks_on_its_organisation() {
        HttpResponse<String> response = call("POST", "/api/v1/rounds",
                "{\"organisation\": {\"name\": \"X\", \"region\": \"mars\", \"sector\": \"youth-care\"}, \"minRespondents\": 2}", TOKEN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").findValuesAsText("path")).containsExactly("organisation.region");

        HttpResponse<String> tooLow = call("POST", "/api/v1/rounds",
                "{\"organisation\": {\"name\": \"X\", \"region\": \"brussels\", \"sector\": \"youth-care\"}, \"minRespondents\": 2}", TOKEN);
        assertThat(tooLow.statusCode()).isEqualTo(400);
        assertThat(json(tooLow).get("field").asText()).isEqualTo("minRespondents");
    }

    @Test
    void malformed_json_is_located_by_line_and_column() {
        HttpResponse<String> response = call("POST", "/api/v1/rounds", "{\"organisation\": ", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).get("path").asText()).startsWith("line 1, column");
    }

    @Test
    void a_wrong_or_missing_token_is_401_and_an_unknown_round_404() {
        assertThat(call("POST", "/api/v1/rounds", ROUND, "wrong-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/v1/rounds", ROUND, null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = call("GET", "/api/v1/rounds/nope/scan", null, TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("title").asText()).isNotBlank();
    }

    @Test
    void a_closed_round_takes_no_more_responses() {
        String id = createRound();
        call("POST", "/api/v1/rounds/" + id + "/close", null, TOKEN);

        HttpResponse<String> late = call("POST", "/api/v1/rounds/" + id + "/responses",
                "{\"role\": \"staff\", \"answers\": {\"legislation-1\": 4}}", TOKEN);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("type").asText()).endsWith("round-closed");
    }
}
