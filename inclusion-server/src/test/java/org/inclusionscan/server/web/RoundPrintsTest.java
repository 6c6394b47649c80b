package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 1, over HTTP: the join poster of a shared link, the name-free slips of personal links
 * and the links as CSV carry exactly the round's links (the QR codes themselves are decoded in
 * {@code TeamGameBrowserIT}); other coordinators get 404, closed rounds and the wrong kind of link 409.
 */
class RoundPrintsTest {

    private static final String EMAIL = "prints@example.org";
    private static final String PASSWORD = "a long enough password";
    private static InclusionServer server;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        server.services().accounts().addCoordinator(EMAIL, PASSWORD);
        server.services().accounts().addCoordinator("other@example.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser loggedIn(String email) {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(303);
        return browser;
    }

    private static String round(Browser browser, String kind) {
        browser.get("/rounds/new");
        Browser.Page created = browser.post("/rounds", Map.of("name", "De Brug", "region", "brussels", "sector", "local-service-centre",
                "languages", "nl", "minRespondents", "3", "linkKind", kind, "personalLinks", "3", "joinCode", "1",
                "closesOn", "2099-03-31"));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return created.location();
    }

    @Test
    void the_poster_has_the_shared_link_its_qr_code_the_join_code_and_the_closing_date_in_each_language() {
        Browser browser = loggedIn(EMAIL);
        String round = round(browser, "shared");
        Document roundPage = browser.get(round).document();
        String link = roundPage.select("#shared-link").text();
        String code = roundPage.select("#join-code").text();
        assertThat(roundPage.select("a#poster-link").attr("href")).isEqualTo(round + "/poster");

        for (String language : List.of("nl", "fr", "en")) {
            Document poster = browser.get(round + "/poster?lang=" + language).document();
            assertThat(poster.select("#poster-organisation").text()).isEqualTo("De Brug");
            assertThat(poster.select("#poster-link").text()).isEqualTo(link);
            assertThat(poster.select("#poster-code").text()).isEqualTo(code);
            assertThat(poster.select("#poster-closes").text()).contains("2099-03-31");
            assertThat(poster.select("#poster-anonymity").text())
                    .isEqualTo(Texts.defaults().get(Language.fromId(language), "poster.anonymity", Map.of("minimum", 3)));
            assertThat(poster.select("svg#poster-qr[role=img] path")).hasSize(1);
            assertThat(poster.select("svg#poster-qr").attr("aria-label")).isNotBlank();
            assertThat(poster.select("html").attr("lang")).isEqualTo(language);
        }
        assertThat(browser.get(round + "/slips").status()).isEqualTo(409);
        assertThat(browser.get(round + "/links.csv").status()).isEqualTo(409);
        assertThat(loggedIn("other@example.org").get(round + "/poster").status()).isEqualTo(404);
    }

    @Test
    void slips_and_the_csv_carry_every_unused_personal_link_without_a_name() {
        Browser browser = loggedIn(EMAIL);
        String round = round(browser, "personal");
        List<String> links = browser.get(round).document().select("#personal-links a.link").eachText();
        assertThat(links).hasSize(3);

        Document slips = browser.get(round + "/slips").document();
        assertThat(slips.select(".slip .link").eachText()).containsExactlyElementsOf(links);
        assertThat(slips.select(".slip .slip-number").eachText()).containsExactly("#1", "#2", "#3");
        assertThat(slips.select(".slip svg.qr")).hasSize(3);
        assertThat(slips.select(".slip").text()).doesNotContain("@");

        Browser.Page csv = browser.get(round + "/links.csv?lang=en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines).containsExactly("number,link", "1," + links.get(0), "2," + links.get(1), "3," + links.get(2));

        assertThat(browser.get(round + "/poster").status()).isEqualTo(409);
        assertThat(loggedIn("other@example.org").get(round + "/links.csv").status()).isEqualTo(404);
        assertThat(new Browser(server.url()).get(round + "/slips").location()).startsWith("/login");

        // WHEN the round closes, THEN nothing is handed out any more
        browser.get(round);
        assertThat(browser.post(round + "/close", Map.of()).status()).isEqualTo(303);
        assertThat(browser.get(round + "/slips").status()).isEqualTo(409);
        assertThat(browser.get(round + "/links.csv").status()).isEqualTo(409);
    }
}
