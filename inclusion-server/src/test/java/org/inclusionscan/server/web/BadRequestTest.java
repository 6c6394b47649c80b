package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bad request gets a 4xx with a clear message: never a 500, never a stack trace. */
class BadRequestTest {

    private static InclusionServer server;
    private static Coordinator coordinator;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withMaxBodyBytes(64 * 1024));
        coordinator = server.services().accounts().addCoordinator("coordinator@example.org", "a long enough password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String personalLink() {
        Round round = server.services().rounds().create(coordinator, new org.inclusionscan.server.service.RoundService.NewRound(
                new org.inclusionscan.model.Organisation("De Wijk", org.inclusionscan.model.Region.FLANDERS,
                        org.inclusionscan.model.Sector.SOCIAL_WORK, java.util.List.of()),
                "selfscan-1", java.util.List.of(org.inclusionscan.model.Language.EN), null, 3, LinkKind.PERSONAL, 2, false));
        return server.services().rounds().overview(coordinator, round.id()).personalLinks().get(0).token();
    }

    private static void clean(Browser.Page page, int status) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    @Test
    void a_forged_or_missing_csrf_token_is_403() {
        String token = personalLink();
        Browser phone = new Browser(server.url());
        phone.get("/answer/" + token);

        clean(phone.postRaw("/answer/" + token, "_csrf=forged&legislation-1=3"), 403);
        clean(phone.postRaw("/answer/" + token, "legislation-1=3"), 403);
        Browser stranger = new Browser(server.url());
        clean(stranger.postRaw("/login", "email=a%40b.c&password=x&_csrf=" + phone.csrf()), 403);
    }

    @Test
    void unknown_items_and_answers_out_of_range_are_400_naming_the_field() {
        String token = personalLink();
        Browser phone = new Browser(server.url());
        phone.get("/answer/" + token + "?lang=en");

        Browser.Page unknown = phone.post("/answer/" + token, Map.of("no-such-item", "3", "lang", "en"));
        clean(unknown, 400);
        assertThat(unknown.document().select(".error-detail").text()).contains("no-such-item");

        Browser.Page outOfRange = phone.post("/answer/" + token, Map.of("legislation-1", "6", "lang", "en"));
        clean(outOfRange, 400);
        assertThat(outOfRange.document().select(".error-detail").text()).contains("legislation-1").contains("\"6\"");

        Browser.Page script = phone.post("/answer/" + token + "/answers", Map.of("legislation-1", "0"));
        clean(script, 400);

        clean(phone.post("/answer/" + token, Map.of("role", "boss", "details", "1")), 400);
        clean(phone.post("/answer/" + token, Map.of("note", "x".repeat(3000), "details", "1")), 400);
        clean(phone.post("/answer/" + token, Map.of("action", "submit")), 400);
    }

    @Test
    void an_oversized_body_is_413() {
        String token = personalLink();
        Browser phone = new Browser(server.url());
        phone.get("/answer/" + token);

        clean(phone.post("/answer/" + token, Map.of("note", "x".repeat(100 * 1024), "details", "1")), 413);
    }

    @Test
    void unknown_rounds_links_and_paths_are_404() {
        Browser browser = new Browser(server.url());
        clean(browser.get("/answer/no-such-token"), 404);
        clean(browser.get("/join/no-such-key"), 404);
        clean(browser.get("/no/such/page"), 404);
        clean(browser.get("/static/nothing.js"), 404);
        // Jetty refuses a path that climbs out of the root before any handler sees it.
        assertThat(browser.get("/static/../../etc/passwd").status()).isEqualTo(400);
    }

    @Test
    void a_closed_round_takes_no_answers_and_says_so() {
        String token = personalLink();
        String roundId = server.services().respondents().open(token).round().id();
        server.services().rounds().close(coordinator, roundId);
        Browser phone = new Browser(server.url());
        phone.get("/login");

        Browser.Page page = phone.get("/answer/" + token);
        clean(page, 410);
        clean(phone.post("/answer/" + token, Map.of("legislation-1", "3")), 410);
    }

    @Test
    void a_wrong_join_code_is_400() {
        Round round = server.services().rounds().create(coordinator, new org.inclusionscan.server.service.RoundService.NewRound(
                new org.inclusionscan.model.Organisation("De Wijk", org.inclusionscan.model.Region.FLANDERS,
                        org.inclusionscan.model.Sector.SOCIAL_WORK, java.util.List.of()),
                "selfscan-1", java.util.List.of(org.inclusionscan.model.Language.EN), null, 3, LinkKind.SHARED, 0, true));
        Browser phone = new Browser(server.url());
        phone.get("/join/" + round.joinKey());

        Browser.Page wrong = phone.post("/join/" + round.joinKey(), Map.of("code", "WRONG1"));

        clean(wrong, 400);
        assertThat(wrong.document().select(".error-detail").text()).isNotBlank();
    }

    @Test
    void logins_are_limited_after_five_failures_for_one_email() {
        server.services().accounts().addCoordinator("target@example.org", "the real password");
        Browser attacker = new Browser(server.url());
        attacker.get("/login");
        for (int i = 0; i < 5; i++) {
            clean(attacker.post("/login", Map.of("email", "target@example.org", "password", "guess " + i)), 401);
        }

        Browser.Page limited = attacker.post("/login", Map.of("email", "target@example.org", "password", "the real password"));
        clean(limited, 429);
        assertThat(limited.document().select("#login-error").text()).isNotBlank();
        assertThat(limited.document().select("input[name=email]").attr("value")).isEqualTo("target@example.org");
    }

    @Test
    void without_a_platform_token_the_api_takes_only_organisation_tokens() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                + "/api/v1/rounds")).POST(HttpRequest.BodyPublishers.ofString("{}")).header("Authorization", "Bearer guessed")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("api-token");
    }

    @Test
    void every_page_has_the_security_headers() {
        Browser.Page page = new Browser(server.url()).get("/login");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.response().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }
}
