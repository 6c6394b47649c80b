package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A team session through the HTTP endpoints: the coordinator starts it on a closed round, 30 phones
 * join and place themselves at once, a phone that rejoins keeps its place, the coordinator records
 * outcomes, skips, goes back and ends, the live stream shows the new distribution, and the report
 * shows the agreed picture.
 */
class TeamSessionFlowTest {

    private static final String EMAIL = "session@example.org";
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

    private static Browser loggedIn() {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", EMAIL, "password", PASSWORD)).status()).isEqualTo(303);
        return browser;
    }

    private static Round closedRound() throws IOException {
        try (InputStream in = TeamSessionFlowTest.class.getResourceAsStream("/org/inclusionscan/server/demo/het-anker-2026.json")) {
            return server.services().rounds().importScan(coordinator, in.readAllBytes(), Round.LOWEST_MINIMUM);
        }
    }

    /** Starts the round's session from the round page's form and returns the shared screen's path. */
    private static String startSession(Browser coordinatorBrowser, Round round) {
        Document roundPage = coordinatorBrowser.get("/rounds/" + round.id()).document();
        assertThat(roundPage.select("form[action=/rounds/" + round.id() + "/session]")).hasSize(1);
        Browser.Page started = coordinatorBrowser.post("/rounds/" + round.id() + "/session", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        return started.location();
    }

    private static JsonNode live(Browser browser, String screen) throws IOException {
        Browser.Page page = browser.get(screen + "/live");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Json.mapper().readTree(page.body());
    }

    private static Browser phone(String code) {
        Browser phone = new Browser(server.url());
        phone.get("/play");
        Browser.Page joined = phone.post("/play", Map.of("code", code.toLowerCase()));
        assertThat(joined.status()).as(joined.body()).isEqualTo(303);
        assertThat(joined.location()).isEqualTo("/play/" + code);
        return phone;
    }

    private static void place(Browser phone, String code, String card, int place) {
        Browser.Page placed = phone.post("/play/" + code + "/place", Map.of("card", card, "place", Integer.toString(place)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(303);
    }

    @Test
    void thirty_phones_join_and_place_themselves_at_once_and_a_rejoining_phone_keeps_its_place() throws Exception {
        // GIVEN a session on a closed round, shown on the shared screen
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String card = shared.select("#card").attr("data-card");
        assertThat(code).hasSize(6);
        assertThat(card).startsWith("item:");
        assertThat(shared.select(".earlier-count")).hasSize(5);

        // WHEN 30 phones join and place themselves in parallel (6 on each place)
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Browser>> phones = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int place = i % 5 + 1;
            phones.add(pool.submit(() -> {
                Browser phone = phone(code);
                Document page = phone.get("/play/" + code).document();
                assertThat(page.select("input[name=card]").attr("value")).isEqualTo(card);
                place(phone, code, card, place);
                return phone;
            }));
        }
        List<Browser> joined = new ArrayList<>();
        for (Future<Browser> phone : phones) {
            joined.add(phone.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // THEN the screen counts every place, and shows none of them before the reveal
        JsonNode state = live(screenBrowser, screen);
        assertThat(state.get("participants").asInt()).isEqualTo(30);
        assertThat(state.get("votes").asInt()).isEqualTo(30);
        assertThat(state.get("counts").isNull()).isTrue();
        assertThat(screenBrowser.get(screen).document().select(".now-count").eachText()).containsOnly("-");

        // WHEN the first phone (placed on 1) drops and rejoins with its cookie, and changes its place before the reveal
        Browser first = joined.get(0);
        first.get("/play");
        assertThat(first.post("/play", Map.of("code", code)).location()).isEqualTo("/play/" + code);
        Document again = first.get("/play/" + code).document();

        // THEN it is still one of the 30 and sees its own place, which it can change
        assertThat(again.select("input[name=place][checked]").attr("value")).isEqualTo("1");
        assertThat(live(screenBrowser, screen).get("participants").asInt()).isEqualTo(30);
        place(first, code, card, 5);

        // AND the reveal shows every place as it is then
        reveal(screenBrowser, screen, card);
        assertThat(live(screenBrowser, screen).get("counts").toString()).isEqualTo("[5,6,6,6,7]");
        assertThat(screenBrowser.get(screen).document().select(".now-count").eachText()).containsExactly("5", "6", "6", "6", "7");
    }

    private static void reveal(Browser coordinatorBrowser, String screen, String card) {
        coordinatorBrowser.get(screen);
        Browser.Page revealed = coordinatorBrowser.post(screen + "/reveal", Map.of("card", card));
        assertThat(revealed.status()).as(revealed.body()).isEqualTo(303);
    }

    @Test
    @Timeout(60)
    void places_show_only_when_revealed_together_and_no_later_change_shows() throws Exception {
        // GIVEN a session, its shared screen's event stream and two phones placed on the first card
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String card = shared.select("#card").attr("data-card");
        List<Browser> phones = new ArrayList<>(List.of(phone(code), phone(code)));
        place(phones.get(0), code, card, 2);
        place(phones.get(1), code, card, 4);
        try (Stream<String> lines = screenBrowser.lines(screen + "/events")) {
            Iterator<String> stream = lines.iterator();
            JsonNode state = nextState(stream);
            assertThat(state.get("votes").asInt()).isEqualTo(2);

            // WHEN the coordinator reveals with two places
            screenBrowser.get(screen);
            Browser.Page tooFew = screenBrowser.post(screen + "/reveal", Map.of("card", card));

            // THEN it is refused with the reason, and nothing shows
            assertThat(tooFew.status()).isEqualTo(409);
            assertThat(tooFew.document().select(".error-detail").text()).contains("2").contains("3");
            assertThat(live(screenBrowser, screen).get("counts").isNull()).isTrue();

            // WHEN a third phone places itself and the first changes its place (still before the reveal)
            phones.add(phone(code));
            place(phones.get(2), code, card, 4);
            place(phones.get(0), code, card, 1);

            // THEN the screen's JSON, stream and page say how many placed, never where
            JsonNode beforeReveal = live(screenBrowser, screen);
            assertThat(beforeReveal.get("votes").asInt()).isEqualTo(3);
            assertThat(beforeReveal.get("revealed").asBoolean()).isFalse();
            assertThat(beforeReveal.get("counts").isNull()).isTrue();
            while (state.get("votes").asInt() < 3) {
                state = nextState(stream);
                assertThat(state.get("counts").isNull()).as(state.toString()).isTrue();
                assertThat(state.get("revealed").asBoolean()).isFalse();
            }
            Document page = screenBrowser.get(screen).document();
            assertThat(page.select(".now-count").eachText()).containsOnly("-");
            assertThat(page.select(".now-bar").eachAttr("width")).containsOnly("0");
            assertThat(page.select("#live-status").text()).startsWith("3 van 3");
            // the phones' stream and JSON carry no counts either
            assertThat(phones.get(0).get("/play/" + code + "/live").body()).contains("\"counts\":null");

            // WHEN the coordinator reveals
            reveal(screenBrowser, screen, card);

            // THEN the distribution shows everywhere as it was at the reveal
            state = nextState(stream);
            while (!state.get("revealed").asBoolean()) {
                state = nextState(stream);
            }
            assertThat(state.get("counts").toString()).isEqualTo("[1,0,0,2,0]");
            assertThat(live(screenBrowser, screen).get("counts").toString()).isEqualTo("[1,0,0,2,0]");
            assertThat(screenBrowser.get(screen).document().select(".now-count").eachText()).containsExactly("1", "0", "0", "2", "0");
            Document phonePage = phones.get(1).get("/play/" + code).document();
            assertThat(phonePage.select(".revealed-count").eachText()).containsExactly("1", "0", "0", "2", "0");
            assertThat(phonePage.select("input[name=place]")).isEmpty();

            // WHEN a phone changes its place and a newcomer places itself after the reveal
            Browser.Page change = phones.get(0).post("/play/" + code + "/place", Map.of("card", card, "place", "5"));
            Browser late = phone(code);
            Browser.Page lateVote = late.post("/play/" + code + "/place", Map.of("card", card, "place", "3"));

            // THEN both are refused, and the stream's next state (the newcomer made it 4 participants) has the same counts
            assertThat(change.status()).isEqualTo(409);
            assertThat(lateVote.status()).isEqualTo(409);
            assertThat(change.document().select(".error-detail").text()).isNotBlank();
            state = nextState(stream);
            assertThat(state.get("participants").asInt()).isEqualTo(4);
            assertThat(state.get("counts").toString()).isEqualTo("[1,0,0,2,0]");
            assertThat(state.get("votes").asInt()).isEqualTo(3);
            assertThat(live(screenBrowser, screen).get("counts").toString()).isEqualTo("[1,0,0,2,0]");
        }
    }

    @Test
    void a_browser_logged_in_as_the_organisations_coordinator_cannot_join_or_place() throws Exception {
        // GIVEN a session and a phone that joined before its owner logged in as the coordinator
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String card = shared.select("#card").attr("data-card");
        Browser phone = phone(code);
        phone.get("/login");
        assertThat(phone.post("/login", Map.of("email", EMAIL, "password", PASSWORD)).status()).isEqualTo(303);

        // WHEN the coordinator's browser joins, opens the card and places itself
        screenBrowser.get("/play");
        Browser.Page join = screenBrowser.post("/play", Map.of("code", code));
        Browser.Page card1 = phone.get("/play/" + code);
        Browser.Page vote = phone.post("/play/" + code + "/place", Map.of("card", card, "place", "3"));

        // THEN each is refused with a page that says why, and nobody is counted
        for (Browser.Page refused : List.of(join, card1, vote)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.document().select(".error-detail").text()).contains("coördinator");
        }
        assertThat(live(screenBrowser, screen).get("participants").asInt()).isEqualTo(1);
        assertThat(live(screenBrowser, screen).get("votes").asInt()).isZero();
    }

    @Test
    @Timeout(60)
    void the_screens_stream_ends_at_logout_and_sends_nothing_after_it() throws Exception {
        // GIVEN the shared screen's event stream, read in the background, and three phones
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String card = shared.select("#card").attr("data-card");
        List<Browser> phones = List.of(phone(code), phone(code), phone(code));
        List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (Stream<String> lines = screenBrowser.lines(screen + "/events")) {
                lines.forEach(line -> {
                    received.add(line);
                    if (line.startsWith("data:")) {
                        first.countDown();
                    }
                });
            } catch (RuntimeException e) {
                received.add("failed: " + e);
            }
        });
        reader.start();
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

        // WHEN the coordinator logs out, and then the phones place themselves
        screenBrowser.get("/rounds");
        assertThat(screenBrowser.post("/logout", Map.of()).status()).isEqualTo(303);
        int atLogout = received.size();
        for (Browser phone : phones) {
            place(phone, code, card, 3);
        }

        // THEN the stream has ended, and brought nothing after the logout
        reader.join(5_000);
        assertThat(reader.isAlive()).as("the stream is still open after the logout").isFalse();
        assertThat(received.subList(atLogout, received.size())).noneMatch(line -> line.startsWith("data:"));
        assertThat(screenBrowser.get(screen + "/events").status()).isNotEqualTo(200);
    }

    /** Reads an event stream in the background: its lines, and when it ended. */
    private static final class StreamReader extends Thread {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        volatile long endedAt;
        private final Browser browser;
        private final String path;

        StreamReader(Browser browser, String path) {
            this.browser = browser;
            this.path = path;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (Stream<String> stream = browser.lines(path)) {
                stream.forEach(line -> {
                    lines.add(line);
                    if (line.startsWith("data:")) {
                        first.countDown();
                    }
                });
            } catch (RuntimeException e) {
                lines.add("failed: " + e);
            } finally {
                endedAt = System.nanoTime();
            }
        }

        /** The last state the stream sent. */
        JsonNode lastState() throws IOException {
            List<String> data = List.copyOf(lines).stream().filter(line -> line.startsWith("data:")).toList();
            assertThat(data).as("states sent on %s", path).isNotEmpty();
            return Json.mapper().readTree(data.get(data.size() - 1).substring("data:".length()));
        }
    }

    @Test
    @Timeout(60)
    void ending_the_session_closes_the_screens_and_the_phones_streams_and_a_new_stream_gets_410() throws Exception {
        // GIVEN a session, the shared screen's stream and a phone's stream, both read in the background
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        String code = screenBrowser.get(screen).document().select("#session-code").text();
        Browser phone = phone(code);
        StreamReader screenStream = new StreamReader(screenBrowser, screen + "/events");
        StreamReader phoneStream = new StreamReader(phone, "/play/" + code + "/events");
        screenStream.start();
        phoneStream.start();
        assertThat(screenStream.first.await(10, TimeUnit.SECONDS)).as("the screen's first state").isTrue();
        assertThat(phoneStream.first.await(10, TimeUnit.SECONDS)).as("the phone's first state").isTrue();

        // WHEN the coordinator ends the session
        screenBrowser.get(screen);
        Browser.Page ended = screenBrowser.post(screen + "/end", Map.of());
        long endedAt = System.nanoTime();
        assertThat(ended.status()).as(ended.body()).isEqualTo(303);

        // THEN both streams close within 5 s, their last state says the session ended
        screenStream.join(5_000);
        phoneStream.join(5_000);
        assertThat(screenStream.isAlive()).as("the screen's stream is still open 5 s after the end").isFalse();
        assertThat(phoneStream.isAlive()).as("the phone's stream is still open 5 s after the end").isFalse();
        long screenMillis = Math.max(0, (screenStream.endedAt - endedAt) / 1_000_000);
        long phoneMillis = Math.max(0, (phoneStream.endedAt - endedAt) / 1_000_000);
        org.slf4j.LoggerFactory.getLogger(TeamSessionFlowTest.class).info(
                "Session end: the screen's stream closed {} ms and the phone's {} ms after the end's answer", screenMillis,
                phoneMillis);
        assertThat(screenStream.lastState().get("ended").asBoolean()).isTrue();
        assertThat(phoneStream.lastState().get("ended").asBoolean()).isTrue();
        assertThat(screenStream.lines).noneMatch(line -> line.startsWith("failed:"));
        assertThat(phoneStream.lines).noneMatch(line -> line.startsWith("failed:"));

        // AND a new stream of either is refused with 410 (an EventSource does not reconnect after it)
        assertThat(screenBrowser.get(screen + "/events").status()).isEqualTo(410);
        assertThat(phone.get("/play/" + code + "/events").status()).isEqualTo(410);
    }

    @Test
    void the_coordinator_records_skips_goes_back_and_ends_and_the_report_shows_the_agreed_picture() throws Exception {
        // GIVEN a session with three phones
        Browser screenBrowser = loggedIn();
        Round round = closedRound();
        String screen = startSession(screenBrowser, round);
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String first = shared.select("#card").attr("data-card");
        List<Browser> phones = List.of(phone(code), phone(code), phone(code));

        // WHEN the coordinator records the first card with an agreement (the form's fields, as a browser posts them)
        screenBrowser.get(screen);
        Map<String, String> outcome = new java.util.LinkedHashMap<>();
        outcome.put("card", first);
        outcome.put("sharedScore", "2");
        outcome.put("action1", "Buddy <b>system</b> for newcomers");
        outcome.put("role1", "staff");
        outcome.put("due1", "2027-06-30");
        outcome.put("tool1", "");
        assertThat(screenBrowser.post(screen + "/outcome", outcome).status()).isEqualTo(303);

        // THEN the screen is on card 2, and the phones follow
        Document second = screenBrowser.get(screen).document();
        assertThat(second.select("#card-progress").text()).contains("2");
        assertThat(live(screenBrowser, screen).get("position").asInt()).isEqualTo(2);
        assertThat(phones.get(0).get("/play/" + code).document().select("input[name=card]").attr("value"))
                .isEqualTo(second.select("#card").attr("data-card"));

        // WHEN the coordinator skips, then goes back twice
        screenBrowser.post(screen + "/move", Map.of("step", "next"));
        assertThat(live(screenBrowser, screen).get("position").asInt()).isEqualTo(3);
        screenBrowser.post(screen + "/move", Map.of("step", "back"));
        screenBrowser.post(screen + "/move", Map.of("step", "back"));

        // THEN the first card shows what was recorded, kept in the database
        Document back = screenBrowser.get(screen).document();
        assertThat(back.select("#card").attr("data-card")).isEqualTo(first);
        assertThat(back.select("input[name=sharedScore][checked]").attr("value")).isEqualTo("2");
        assertThat(back.select("#action1").attr("value")).isEqualTo("Buddy <b>system</b> for newcomers");

        // WHEN the coordinator's browser is gone and another login of the same coordinator ends the session
        Browser otherWindow = loggedIn();
        otherWindow.get(screen);
        assertThat(otherWindow.post(screen + "/end", Map.of()).status()).isEqualTo(303);

        // THEN phones can no longer place themselves, and the report has the agreed picture in every format
        assertThat(live(otherWindow, screen).get("ended").asBoolean()).isTrue();
        assertThat(phones.get(1).post("/play/" + code + "/place", Map.of("card", first, "place", "3")).status()).isEqualTo(409);
        assertThat(new Browser(server.url()).get("/play").status()).isEqualTo(200);
        String html = otherWindow.get("/rounds/" + round.id() + "/report?lang=en").body();
        assertThat(html).contains("Team session: the agreed picture").contains("Buddy &lt;b&gt;system&lt;/b&gt; for newcomers");
        String json = otherWindow.get("/rounds/" + round.id() + "/report?format=json&download=1").body();
        assertThat(Json.mapper().readTree(json).toString()).contains("Buddy <b>system</b> for newcomers");
        assertThat(otherWindow.get("/rounds/" + round.id() + "/report?format=md&lang=fr&download=1").body())
                .contains("Buddy <b>system</b> for newcomers".replace("<", "").substring(0, 5));
        // the API's report endpoint renders through the same service call (coordinator null: the API reaches every round)
        assertThat(server.services().rounds().report(null, round.id(), org.inclusionscan.report.ReportFormat.CSV,
                org.inclusionscan.model.Language.NL).body()).contains("Buddy <b>system</b> for newcomers");
    }

    @Test
    @Timeout(60)
    void the_live_stream_sends_how_many_placed_and_the_distribution_once_revealed() throws Exception {
        // GIVEN the shared screen's event stream
        Browser screenBrowser = loggedIn();
        String screen = startSession(screenBrowser, closedRound());
        Document shared = screenBrowser.get(screen).document();
        String code = shared.select("#session-code").text();
        String card = shared.select("#card").attr("data-card");
        assertThat(shared.select("#card").attr("data-events")).isEqualTo(screen + "/events");
        try (Stream<String> lines = screenBrowser.lines(screen + "/events")) {
            Iterator<String> stream = lines.iterator();
            JsonNode first = nextState(stream);
            assertThat(first.get("votes").asInt()).isZero();
            assertThat(first.get("counts").isNull()).isTrue();

            // WHEN three phones place themselves on 2, 4 and 4
            int[] places = {2, 4, 4};
            for (int place : places) {
                place(phone(code), code, card, place);
            }

            // THEN the stream brings how many placed without a page load, but no counts
            JsonNode state = nextState(stream);
            while (state.get("votes").asInt() < 3) {
                assertThat(state.get("counts").isNull()).isTrue();
                state = nextState(stream);
            }
            assertThat(state.get("counts").isNull()).isTrue();
            assertThat(state.get("participants").asInt()).isEqualTo(3);

            // WHEN the coordinator reveals, THEN the stream brings the counts
            reveal(screenBrowser, screen, card);
            state = nextState(stream);
            assertThat(state.get("revealed").asBoolean()).isTrue();
            assertThat(state.get("counts").toString()).isEqualTo("[0,1,0,2,0]");
        }
    }

    @Test
    void strangers_and_bad_input_get_clear_refusals() throws Exception {
        Browser screenBrowser = loggedIn();
        Round round = closedRound();
        String screen = startSession(screenBrowser, round);
        String code = screenBrowser.get(screen).document().select("#session-code").text();

        Browser stranger = new Browser(server.url());
        stranger.get("/play");
        assertThat(stranger.post("/play", Map.of("code", "ZZZZZZ")).status()).isEqualTo(404);
        assertThat(stranger.get(screen).location()).startsWith("/login");
        assertThat(stranger.get(screen + "/live").status()).isNotEqualTo(200);
        assertThat(stranger.get(screen + "/events").status()).isNotEqualTo(200);
        // a phone that did not join is sent to the join form with the code filled in
        assertThat(stranger.get("/play/" + code).location()).isEqualTo("/play?code=" + code);

        Browser phone = phone(code);
        assertThat(phone.post("/play/" + code + "/place", Map.of("card", "item:nope", "place", "3")).status()).isEqualTo(400);
        assertThat(phone.post("/play/" + code + "/place", Map.of("card", "item:nope", "place", "9")).status()).isEqualTo(400);
        screenBrowser.get(screen);
        String card = screenBrowser.get(screen).document().select("#card").attr("data-card");
        Browser.Page badTool = screenBrowser.post(screen + "/outcome", Map.of("card", card, "sharedScore", "3",
                "action1", "Do it", "role1", "staff", "due1", "2027-01-01", "tool1", "no-such-tool"));
        assertThat(badTool.status()).isEqualTo(400);
        assertThat(badTool.body()).contains("no-such-tool");
        Browser.Page noDate = screenBrowser.post(screen + "/outcome", Map.of("card", card, "sharedScore", "3",
                "action1", "Do it", "role1", "staff"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(screenBrowser.post(screen + "/outcome", Map.of("card", card, "sharedScore", "6")).status()).isEqualTo(400);
        assertThat(screenBrowser.post(screen + "/move", Map.of("step", "sideways")).status()).isEqualTo(400);
        // nothing of the refused posts was stored
        assertThat(screenBrowser.get(screen).document().select("input[name=sharedScore][checked]")).isEmpty();
    }

    private static JsonNode nextState(Iterator<String> stream) throws IOException {
        String event = null;
        while (stream.hasNext()) {
            String line = stream.next();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:") && "state".equals(event)) {
                return Json.mapper().readTree(line.substring(5).strip());
            }
        }
        throw new AssertionError("The stream ended.");
    }
}
