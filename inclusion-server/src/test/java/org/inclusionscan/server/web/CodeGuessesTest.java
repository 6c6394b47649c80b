package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.CodeGuesses;
import org.inclusionscan.server.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 11: wrong team-session codes and wrong round join codes are counted per client
 * address in the database; after {@value CodeGuesses#MAX_WRONG} of them the address gets 429 with
 * Retry-After and a translated page, other addresses do not.
 */
class CodeGuessesTest {

    private static InclusionServer server;
    private static Coordinator coordinator;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        coordinator = server.services().accounts().addCoordinator("coordinator@example.org", "a long enough password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wrong_codes_from_one_address_are_limited_and_other_addresses_are_not() throws Exception {
        // GIVEN a round with a join code
        Round round = server.services().rounds().create(coordinator, new org.inclusionscan.server.service.RoundService.NewRound(
                new org.inclusionscan.model.Organisation("De Wijk", org.inclusionscan.model.Region.FLANDERS,
                        org.inclusionscan.model.Sector.SOCIAL_WORK, java.util.List.of()),
                "selfscan-1", java.util.List.of(org.inclusionscan.model.Language.EN), null, 3, LinkKind.SHARED, 0, true));
        Browser guesser = new Browser(server.url());
        guesser.get("/join/" + round.joinKey());

        // WHEN one address guesses half the limit in session codes and half in join codes
        for (int i = 0; i < CodeGuesses.MAX_WRONG / 2; i++) {
            assertThat(guesser.get("/play/ZZZ" + (100 + i)).status()).isEqualTo(404);
            assertThat(guesser.post("/join/" + round.joinKey(), Map.of("code", "WRONG" + i)).status()).isEqualTo(400);
        }
        Browser.Page refused = guesser.get("/play/ZZZ999?lang=en");
        Browser.Page rightCodeToo = guesser.post("/join/" + round.joinKey(), Map.of("code", round.joinCode()));

        // THEN the next guesses are refused, with the time to wait and a translated page
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, CodeGuesses.WINDOW_SECONDS);
        assertThat(refused.body()).contains("Too many wrong codes");
        assertThat(rightCodeToo.status()).isEqualTo(429);
        // and another address still gets a plain 404 for a wrong code
        RawHttp.Answer other = RawHttp.send(server.url(), "127.0.0.2",
                "GET /play/ZZZ999 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(other.status()).isEqualTo(404);
    }
}
