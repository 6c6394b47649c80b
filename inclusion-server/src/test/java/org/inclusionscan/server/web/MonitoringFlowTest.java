package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.model.Language;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RespondentService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three rounds of one organisation through the server: two team sessions with agreements, the
 * coordinator marks them on the organisation page, the third round starts from the second, and its
 * report reviews every earlier agreement with its status; the organisation page charts all rounds.
 */
class MonitoringFlowTest {

    private static final String EMAIL = "monitor@example.org";
    private static final String PASSWORD = "correct horse battery";

    private static InclusionServer server;
    private static Coordinator coordinator;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        coordinator = server.services().accounts().addCoordinator(EMAIL, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] demo(String name) throws Exception {
        try (InputStream in = MonitoringFlowTest.class.getResourceAsStream("/org/inclusionscan/server/demo/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Runs a session on the round: one factor card gets a shared score and an agreement; returns the session's path. */
    private static String sessionWithAgreement(Browser browser, String roundId, String action) {
        browser.get("/rounds/" + roundId);
        String screen = browser.post("/rounds/" + roundId + "/session", Map.of()).location();
        Document page = browser.get(screen).document();
        while (!page.select("#card").attr("data-card").startsWith("factor:")) {
            browser.post(screen + "/move", Map.of("step", "next"));
            page = browser.get(screen).document();
        }
        String card = page.select("#card").attr("data-card");
        String tool = page.select("#tool1 optgroup").first().select("option").first().attr("value");
        Map<String, String> outcome = new LinkedHashMap<>();
        outcome.put("card", card);
        outcome.put("sharedScore", "2");
        outcome.put("action1", action);
        outcome.put("role1", "staff");
        outcome.put("due1", "2027-03-01");
        outcome.put("tool1", tool);
        assertThat(browser.post(screen + "/outcome", outcome).status()).isEqualTo(303);
        assertThat(browser.post(screen + "/end", Map.of()).status()).isEqualTo(303);
        return screen;
    }

    private static void mark(Browser browser, String organisationId, String action, String status) {
        Document page = browser.get("/organisations/" + organisationId).document();
        var row = page.select("table.agreements tbody tr").stream().filter(tr -> tr.select("th").text().equals(action))
                .findFirst().orElseThrow();
        String form = row.select("form").attr("action");
        assertThat(browser.post(form, Map.of("status", status)).location()).startsWith("/organisations/" + organisationId);
    }

    @Test
    void a_third_round_reviews_every_earlier_agreement_and_the_organisation_page_charts_three_rounds() throws Exception {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        browser.post("/login", Map.of("email", EMAIL, "password", PASSWORD));

        // GIVEN round 1 and round 2 of Het Anker, each with a team session and an agreement
        Round first = server.services().rounds().importScan(coordinator, demo("het-anker-2025.json"), Round.LOWEST_MINIMUM);
        sessionWithAgreement(browser, first.id(), "Open the cafetaria to the neighbourhood");
        Round second = server.services().rounds().importScan(coordinator, demo("het-anker-2026.json"), Round.LOWEST_MINIMUM);
        assertThat(second.previousRoundId()).isEqualTo(first.id());
        sessionWithAgreement(browser, second.id(), "Volunteers welcome newcomers");

        // AND the coordinator marked the first agreement done and the second dropped
        mark(browser, first.organisationId(), "Open the cafetaria to the neighbourhood", "done");
        mark(browser, first.organisationId(), "Volunteers welcome newcomers", "dropped");

        // WHEN the third round starts from the second (the form comes filled in) and six colleagues answer
        Document form = browser.get("/rounds/new?from=" + second.id()).document();
        assertThat(form.select("#name").attr("value")).isEqualTo(second.organisation().name());
        assertThat(form.select("#region option[selected]").attr("value")).isEqualTo(second.organisation().region().id());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", form.select("#name").attr("value"));
        fields.put("region", form.select("#region option[selected]").attr("value"));
        fields.put("sector", form.select("#sector option[selected]").attr("value"));
        form.select("input[name=targetGroups][checked]").forEach(box -> fields.merge("targetGroups", box.attr("value"), (a, b) -> a));
        fields.put("questionnaire", form.select("#questionnaire option[selected]").attr("value"));
        fields.put("languages", "nl");
        fields.put("minRespondents", form.select("#minRespondents").attr("value"));
        fields.put("linkKind", "shared");
        fields.put("joinCode", "1");
        Browser.Page created = browser.post("/rounds", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String thirdId = created.location().substring("/rounds/".length());
        Round third = server.services().rounds().overview(coordinator, thirdId).round();
        assertThat(third.previousRoundId()).isEqualTo(second.id());
        assertThat(third.organisationId()).isEqualTo(first.organisationId());
        Scan answers = ScanReader.create().read(new String(demo("het-anker-2026.json"), java.nio.charset.StandardCharsets.UTF_8), "2026");
        for (Respondent respondent : answers.respondents().subList(0, 6)) {
            String token = server.services().respondents().join(third.joinKey(), third.joinCode());
            Map<String, String> given = new LinkedHashMap<>();
            respondent.answers().forEach((item, answer) -> given.put(item, answer.isDontKnow() ? Answer.DONT_KNOW_ID
                    : Integer.toString(answer.value())));
            server.services().respondents().save(token, new RespondentService.Changes(given, Language.NL, null, null, true));
            server.services().respondents().submit(token);
        }
        browser.get("/rounds/" + thirdId);
        browser.post("/rounds/" + thirdId + "/close", Map.of());

        // THEN round 3's report reviews both earlier agreements with the status marked
        JsonNode report = Json.mapper().readTree(browser.get("/rounds/" + thirdId + "/report?format=json&download=1").body());
        assertThat(report.get("schemaVersion").asText()).isEqualTo("1.1");
        JsonNode review = report.get("agreementReview");
        assertThat(review.get("counts").get("done").asInt()).isEqualTo(1);
        assertThat(review.get("counts").get("dropped").asInt()).isEqualTo(1);
        assertThat(review.get("agreements").toString()).contains("Open the cafetaria to the neighbourhood", "Volunteers welcome newcomers");
        assertThat(report.has("agreedPicture")).isFalse();

        // AND the round page links the existing comparison with round 2
        assertThat(browser.get("/rounds/" + thirdId).document().select("#comparison-link")).hasSize(1);
        Browser.Page comparison = browser.get("/rounds/" + thirdId + "/comparison?lang=en");
        assertThat(comparison.status()).isEqualTo(200);
        assertThat(browser.get("/rounds/" + first.id() + "/comparison").status()).isEqualTo(409);
        // AND the comparison shows what became of round 2's own agreement (not round 1's), with its status as marked
        Document compared = comparison.document();
        assertThat(compared.select("#review tbody tr")).hasSize(1);
        assertThat(compared.select("#review tbody tr th").text()).isEqualTo("Volunteers welcome newcomers");
        assertThat(compared.select("#review tbody tr .badge").text()).isEqualTo("Dropped");
        assertThat(compared.select("#review p").text()).contains("0 done, 0 ongoing, 1 dropped, 0 not yet reviewed");
        assertThat(compared.text()).doesNotContain("Open the cafetaria to the neighbourhood");
        // and so in the other formats: round 2 against round 1 shows round 1's agreement, done
        JsonNode secondComparison = Json.mapper().readTree(browser.get("/rounds/" + second.id() + "/comparison?format=json&download=1").body());
        assertThat(secondComparison.at("/agreementReview/agreements/0/action").asText()).isEqualTo("Open the cafetaria to the neighbourhood");
        assertThat(secondComparison.at("/agreementReview/agreements/0/status").asText()).isEqualTo("done");
        assertThat(secondComparison.at("/agreementReview/agreements")).hasSize(1);

        // AND the organisation page charts the three rounds, with a table of the same numbers, and lists the agreements
        Document organisation = browser.get("/organisations/" + first.organisationId()).document();
        assertThat(organisation.select("#scores tbody tr")).hasSize(3);
        assertThat(organisation.select("svg[role=img] polyline")).hasSize(5);
        assertThat(organisation.select("svg title").text()).isNotBlank();
        assertThat(organisation.select("table.agreements tbody tr")).hasSize(2);
        assertThat(organisation.select("table.agreements select option[selected]").eachAttr("value"))
                .containsExactlyInAnyOrder("done", "dropped");
    }

    @Test
    void two_dropped_agreements_on_a_factor_make_the_next_round_raise_it_as_a_topic() throws Exception {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        browser.post("/login", Map.of("email", EMAIL, "password", PASSWORD));
        // GIVEN a first round whose session made two agreements on one factor, both marked dropped
        byte[] scan = demo("het-anker-2025.json");
        String renamed = new String(scan, java.nio.charset.StandardCharsets.UTF_8).replace("Lokaal dienstencentrum Het Anker", "Buurthuis De Vonk");
        Round first = server.services().rounds().importScan(coordinator, renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Round.LOWEST_MINIMUM);
        browser.get("/rounds/" + first.id());
        String screen = browser.post("/rounds/" + first.id() + "/session", Map.of()).location();
        String card = browser.get(screen).document().select("#card").attr("data-card");
        Map<String, String> outcome = new LinkedHashMap<>();
        outcome.put("card", card);
        outcome.put("sharedScore", "2");
        outcome.put("action1", "First try");
        outcome.put("role1", "board");
        outcome.put("due1", "2026-03-01");
        outcome.put("action2", "Second try");
        outcome.put("role2", "frontline");
        outcome.put("due2", "2026-06-01");
        assertThat(browser.post(screen + "/outcome", outcome).status()).isEqualTo(303);
        mark(browser, first.organisationId(), "First try", "dropped");
        mark(browser, first.organisationId(), "Second try", "dropped");

        // WHEN the next round of the organisation is closed and its report read
        String next = new String(demo("het-anker-2026.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Lokaal dienstencentrum Het Anker", "Buurthuis De Vonk");
        Round second = server.services().rounds().importScan(coordinator, next.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Round.LOWEST_MINIMUM);
        assertThat(second.previousRoundId()).isEqualTo(first.id());
        JsonNode report = Json.mapper().readTree(browser.get("/rounds/" + second.id() + "/report?format=json&download=1").body());

        // THEN the follow-up rule saw the history and raises the factor as a topic
        assertThat(report.get("recommendations").findValuesAsText("id")).contains("followup.dropped-again");
        assertThat(report.get("agreementReview").get("counts").get("dropped").asInt()).isEqualTo(2);
    }

    @Test
    void another_coordinator_cannot_see_the_organisation_or_mark_its_agreements() throws Exception {
        Round round = server.services().rounds().importScan(coordinator, demo("lindegem.json"), Round.LOWEST_MINIMUM);
        server.services().accounts().addCoordinator("other@example.org", PASSWORD);
        Browser other = new Browser(server.url());
        other.get("/login");
        other.post("/login", Map.of("email", "other@example.org", "password", PASSWORD));
        assertThat(other.get("/organisations/" + round.organisationId()).status()).isEqualTo(404);
        other.get("/rounds");
        assertThat(other.post("/agreements/nope/status", Map.of("status", "done")).status()).isEqualTo(404);
        assertThat(other.post("/agreements/nope/status", Map.of("status", "finished")).status()).isEqualTo(400);
    }
}
