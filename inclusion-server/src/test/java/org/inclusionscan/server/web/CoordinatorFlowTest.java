package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.service.RespondentService.Changes;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A coordinator logs in, starts a round in the browser, follows it, closes it and reads the report. */
class CoordinatorFlowTest {

    private static final String EMAIL = "coordinator@example.org";
    private static final String PASSWORD = "correct horse battery";

    private static InclusionServer server;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        server.services().accounts().addCoordinator(EMAIL, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Browser loggedIn() {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        Browser.Page login = browser.post("/login", Map.of("email", EMAIL, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.header("Set-Cookie")).isNotNull();
        return browser;
    }

    static String createRound(Browser browser, String linkKind, String minimum) {
        browser.get("/rounds/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Wijkcentrum <script>alert(1)</script>");
        form.put("region", "brussels");
        form.put("sector", "local-service-centre");
        form.put("targetGroups", "older-people");
        form.put("questionnaire", QuestionnaireRegistry.DEFAULT_ID);
        form.put("languages", "nl");
        form.put("minRespondents", minimum);
        form.put("linkKind", linkKind);
        form.put("personalLinks", "4");
        form.put("joinCode", "1");
        Browser.Page created = browser.post("/rounds", form);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return created.location().substring("/rounds/".length());
    }

    @Test
    void a_round_is_followed_without_names_closed_and_its_report_is_the_one_score_gives_on_the_export() throws Exception {
        // GIVEN a coordinator with a new round of personal links
        Browser browser = loggedIn();
        String roundId = createRound(browser, "personal", "3");
        Document page = browser.get("/rounds/" + roundId).document();
        assertThat(page.select("#personal-links li")).hasSize(4);
        assertThat(page.select("h1").text()).isEqualTo("Wijkcentrum <script>alert(1)</script>");
        assertThat(page.select("h1 script")).isEmpty();
        var overview = server.services().rounds().overview(null, roundId);

        // WHEN three of the four links hand in
        for (int i = 0; i < 3; i++) {
            String token = overview.personalLinks().get(i).token();
            server.services().respondents().save(token, Changes.answers(Map.of("legislation-1", String.valueOf(2 + i),
                    "vision-2", "dont-know", "network-vitality-5", "5")));
            server.services().respondents().submit(token);
        }
        page = browser.get("/rounds/" + roundId).document();

        // THEN the page counts them, shows the one unused link, and says the minimum is fixed
        assertThat(page.select("#respondent-count").text()).isEqualTo("3");
        assertThat(page.select("#personal-links a")).hasSize(1);
        assertThat(page.select("#minimum-fixed")).hasSize(1);

        // WHEN the report is asked for while the round is open, then after closing
        assertThat(browser.get("/rounds/" + roundId + "/report").status()).isEqualTo(409);
        assertThat(browser.post("/rounds/" + roundId + "/close", Map.of()).status()).isEqualTo(303);
        Browser.Page report = browser.get("/rounds/" + roundId + "/report?lang=fr");
        Browser.Page export = browser.get("/rounds/" + roundId + "/scan");

        // THEN the report is exactly what bin/inclusion score renders from the exported scan
        assertThat(report.status()).isEqualTo(200);
        assertThat(export.status()).isEqualTo(200);
        Scan scan = ScanReader.create().read(export.body(), "export");
        Advisor advisor = Advisor.defaults();
        ScanResult result = advisor.evaluate(scan);
        String expected = Reporter.withTexts(advisor.texts()).render(result, ReportFormat.HTML, ReportOptions.in(Language.FR));
        // (the page adds the server's "where you stand" section, issue 24, to the library's report)
        assertThat(BenchmarkFlowTest.withoutStanding(report.body())).isEqualTo(expected);
        assertThat(report.header("Content-Security-Policy")).doesNotContain("script-src").contains("default-src 'none'");
        // (fresh random ids per export, no note on a row: issue 20, ExportAnonymityTest)
        assertThat(scan.respondents()).hasSize(3).allSatisfy(respondent -> {
            assertThat(respondent.id()).hasSize(22);
            assertThat(respondent.note()).isNull();
        });
        Browser.Page markdown = browser.get("/rounds/" + roundId + "/report?lang=en&format=md&download=1");
        assertThat(markdown.header("Content-Disposition")).contains("attachment");
    }

    @Test
    void below_the_minimum_no_score_is_shown_and_the_page_says_how_many_answered_and_why() {
        Browser browser = loggedIn();
        String roundId = createRound(browser, "personal", "5");
        var overview = server.services().rounds().overview(null, roundId);
        String token = overview.personalLinks().get(0).token();
        server.services().respondents().save(token, Changes.answers(Map.of("legislation-1", "4")));
        server.services().respondents().submit(token);
        browser.get("/rounds/" + roundId);
        browser.post("/rounds/" + roundId + "/close", Map.of());

        Browser.Page report = browser.get("/rounds/" + roundId + "/report?lang=en");

        assertThat(report.status()).isEqualTo(409);
        assertThat(report.document().select("#withheld").text())
                .contains("Only 1 people answered").contains("from 5 on").contains("does not mean that nobody answered");
        assertThat(browser.get("/rounds/" + roundId + "/scan").status()).isEqualTo(409);
    }

    @Test
    void a_shared_link_round_shows_its_link_and_join_code_and_the_minimum_can_change_until_the_first_answer() {
        Browser browser = loggedIn();
        String roundId = createRound(browser, "shared", "5");
        Document page = browser.get("/rounds/" + roundId).document();
        assertThat(page.select("#shared-link").attr("href")).startsWith(server.url() + "/join/");
        assertThat(page.select("#join-code").text()).hasSize(6);

        assertThat(browser.post("/rounds/" + roundId + "/minimum", Map.of("minRespondents", "2")).status()).isEqualTo(400);
        assertThat(browser.post("/rounds/" + roundId + "/minimum", Map.of("minRespondents", "7")).status()).isEqualTo(303);

        assertThat(browser.get("/rounds/" + roundId).document().select("#minimum").text()).isEqualTo("7");
    }

    @Test
    void a_scan_document_is_uploaded_as_a_closed_round() {
        Browser browser = loggedIn();
        browser.get("/rounds/import");
        byte[] json = org.inclusionscan.server.service.DemoDataAccess.scan("lindegem.json");

        Browser.Page imported = browser.postFile("/rounds/import", Map.of("minRespondents", "3"), "scan", "lindegem.json", json);

        assertThat(imported.status()).as(imported.body()).isEqualTo(303);
        Document page = browser.get(imported.location()).document();
        assertThat(page.select("#respondent-count").text()).isEqualTo("5");
        assertThat(browser.get(imported.location() + "/report?lang=nl").status()).isEqualTo(200);
    }

    @Test
    void a_broken_scan_document_is_refused_with_every_problem_and_its_json_path() {
        Browser browser = loggedIn();
        browser.get("/rounds/import");
        byte[] json = """
                {"organisation": {"name": "X", "region": "mars", "sector": "youth-care"}, "questionnaire": "selfscan-1",
                 "date": "2026-01-01", "respondents": [{"id": "a", "role": "staff", "answers": {"legislation-1": 9}}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Browser.Page refused = browser.postFile("/rounds/import", Map.of(), "scan", "broken.json", json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".problems code").eachText())
                .containsExactlyInAnyOrder("organisation.region", "respondents[0].answers.legislation-1");
    }

    @Test
    void another_coordinator_does_not_find_the_round() {
        String roundId = createRound(loggedIn(), "shared", "5");
        server.services().accounts().addCoordinator("other@example.org", "a different long secret");
        Browser other = new Browser(server.url());
        other.get("/login");
        other.post("/login", Map.of("email", "other@example.org", "password", "a different long secret"));

        assertThat(other.get("/rounds/" + roundId).status()).isEqualTo(404);
        assertThat(other.get("/rounds/" + roundId + "/report").status()).isEqualTo(404);
    }

    @Test
    void pages_need_a_login() {
        Browser anonymous = new Browser(server.url());
        Browser.Page rounds = anonymous.get("/rounds");
        assertThat(rounds.status()).isEqualTo(303);
        assertThat(rounds.location()).isEqualTo("/login");
    }
}
