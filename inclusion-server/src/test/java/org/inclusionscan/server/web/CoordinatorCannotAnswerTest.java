package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.inclusionscan.server.testing.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 3: a browser with a live session of a coordinator of the round's organisation
 * gets a 403 page on every respondent route (join page, join, answer form, save, submit, the
 * script's save), and nothing it sent is kept; a browser without that session answers as before.
 * Over real HTTP, on H2 and on PostgreSQL with {@code -Dinclusion.test.db=postgresql}.
 */
class CoordinatorCannotAnswerTest {

    private static final String EMAIL = "coordinator@example.org";
    private static final String PASSWORD = "a long enough password";
    private static final String OTHER_EMAIL = "elsewhere@example.org";

    private static InclusionServer server;
    private static Coordinator coordinator;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        coordinator = server.services().accounts().addCoordinator(EMAIL, PASSWORD);
        server.services().accounts().addCoordinator(OTHER_EMAIL, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private static Round round(LinkKind kind) {
        return server.services().rounds().create(coordinator, new NewRound(new Organisation("Buurtwerk Noord " + java.util.UUID.randomUUID(),
                Region.BRUSSELS, Sector.COMMUNITY_WORK, List.of()), QuestionnaireRegistry.DEFAULT_ID,
                List.of(Language.NL, Language.FR, Language.EN), null, 3, kind, 3, true));
    }

    private static WebClient loggedIn(String email) throws Exception {
        WebClient client = new WebClient();
        client.get(uri("/login"));
        HttpResponse<String> login = client.post(uri("/login"), Map.of("email", email, "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(303);
        return client;
    }

    private static Map<String, String> allOnes(String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        QuestionnaireRegistry.defaultQuestionnaire().items().forEach(item -> fields.put(item.id(), "1"));
        fields.put("page", "1");
        fields.put("details", "1");
        fields.put("role", "staff");
        fields.put("note", "written by the coordinator");
        fields.put("action", action);
        return fields;
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        var page = Jsoup.parse(response.body());
        assertThat(page.select("#own-round").text()).as(response.uri().toString()).isNotBlank();
        assertThat(page.select("#own-round-logout")).hasSize(1);
        assertThat(page.select("input[type=radio]")).isEmpty();
    }

    @Test
    void a_coordinators_browser_gets_the_refusal_page_on_every_respondent_route_and_nothing_is_kept() throws Exception {
        // GIVEN a round with personal links, one with the shared link, and its coordinator logged in
        Round personal = round(LinkKind.PERSONAL);
        Round shared = round(LinkKind.SHARED);
        String token = server.services().rounds().overview(coordinator, personal.id()).personalLinks().get(0).token();
        WebClient browser = loggedIn(EMAIL);
        browser.get(uri("/rounds"));
        assertThat(browser.csrf()).isNotNull();

        // WHEN it opens, saves and submits a personal link, and joins through the shared link
        List<HttpResponse<String>> answers = List.of(
                browser.get(uri("/answer/" + token)),
                browser.post(uri("/answer/" + token), allOnes("save")),
                browser.post(uri("/answer/" + token), allOnes("submit")),
                browser.post(uri("/answer/" + token + "/answers"), Map.of("legislation-1", "1")),
                browser.get(uri("/join/" + shared.joinKey())),
                browser.post(uri("/join/" + shared.joinKey()), Map.of("code", shared.joinCode())));

        // THEN each answer is the 403 page that explains why, and nothing was saved, submitted or joined
        answers.forEach(CoordinatorCannotAnswerTest::assertRefused);
        var overview = server.services().rounds().overview(coordinator, personal.id());
        assertThat(overview.respondents()).isZero();
        assertThat(overview.started()).isZero();
        assertThat(overview.personalLinks().get(0).state()).isEqualTo(LinkState.UNUSED);
        assertThat(server.services().respondents().open(token).link().role()).isNull();
        assertThat(server.services().rounds().overview(coordinator, shared.id()).started()).isZero();
        assertThat(answers.get(5).headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("inclusion_draft_"));
    }

    @Test
    void the_refusal_page_is_in_the_language_asked_for() throws Exception {
        Round shared = round(LinkKind.SHARED);
        WebClient browser = loggedIn(EMAIL);

        Map<String, String> titles = Map.of("nl", "Als coördinator vul je hier niet in", "fr", "Comme coordinateur, vous ne répondez pas d'ici",
                "en", "Coordinators cannot answer from here");
        for (Map.Entry<String, String> title : titles.entrySet()) {
            HttpResponse<String> page = browser.get(uri("/join/" + shared.joinKey() + "?lang=" + title.getKey()));
            assertRefused(page);
            var document = Jsoup.parse(page.body());
            assertThat(document.select("h1").text()).isEqualTo(title.getValue());
            assertThat(document.select("html").attr("lang")).isEqualTo(title.getKey());
        }
    }

    @Test
    void a_browser_without_the_coordinators_session_answers_and_so_does_the_coordinator_after_logging_out() throws Exception {
        // GIVEN a personal round, a colleague's browser, another organisation's coordinator, and the coordinator
        Round personal = round(LinkKind.PERSONAL);
        var links = server.services().rounds().overview(coordinator, personal.id()).personalLinks();
        WebClient colleague = new WebClient();
        WebClient elsewhere = loggedIn(OTHER_EMAIL);
        WebClient own = loggedIn(EMAIL);

        // WHEN each submits a link; the coordinator after logging out
        colleague.get(uri("/answer/" + links.get(0).token()));
        HttpResponse<String> byColleague = colleague.post(uri("/answer/" + links.get(0).token()), allOnes("submit"));
        elsewhere.get(uri("/answer/" + links.get(1).token()));
        HttpResponse<String> byOtherCoordinator = elsewhere.post(uri("/answer/" + links.get(1).token()), allOnes("submit"));
        assertRefused(own.get(uri("/answer/" + links.get(2).token())));
        assertThat(own.post(uri("/logout"), Map.of()).statusCode()).isEqualTo(303);
        HttpResponse<String> form = own.get(uri("/answer/" + links.get(2).token()));
        HttpResponse<String> byLoggedOut = own.post(uri("/answer/" + links.get(2).token()), allOnes("submit"));

        // THEN all three are in
        assertThat(byColleague.statusCode()).as(byColleague.body()).isEqualTo(303);
        assertThat(byOtherCoordinator.statusCode()).as(byOtherCoordinator.body()).isEqualTo(303);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(byLoggedOut.statusCode()).as(byLoggedOut.body()).isEqualTo(303);
        assertThat(server.services().rounds().overview(coordinator, personal.id()).respondents()).isEqualTo(3);
    }
}
