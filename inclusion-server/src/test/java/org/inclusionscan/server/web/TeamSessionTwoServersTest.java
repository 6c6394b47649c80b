package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A team session served by two server processes on one database: phones on one, the shared screen's stream on the other. */
class TeamSessionTwoServersTest {

    @Test
    @Timeout(60)
    void places_taken_by_one_server_reach_the_live_stream_of_the_other() throws Exception {
        ServerConfig config = TestDatabase.serverConfig();
        try (InclusionServer first = InclusionServer.start(config); InclusionServer second = InclusionServer.start(config)) {
            // GIVEN a session started on the first server
            Coordinator coordinator = first.services().accounts().addCoordinator("coordinator@example.org", "a long enough password");
            Round round;
            try (InputStream in = getClass().getResourceAsStream("/org/inclusionscan/server/demo/lindegem.json")) {
                round = first.services().rounds().importScan(coordinator, in.readAllBytes(), Round.LOWEST_MINIMUM);
            }
            Browser screen = new Browser(first.url());
            screen.get("/login");
            screen.post("/login", Map.of("email", "coordinator@example.org", "password", "a long enough password"));
            screen.get("/rounds/" + round.id());
            String path = screen.post("/rounds/" + round.id() + "/session", Map.of()).location();
            Document page = screen.get(path).document();
            String code = page.select("#session-code").text();
            String card = page.select("#card").attr("data-card");

            try (Stream<String> lines = screen.lines(path + "/events")) {
                Iterator<String> stream = lines.iterator();
                assertThat(next(stream).get("votes").asInt()).isZero();

                // WHEN three phones join and place themselves through the second server
                for (int place = 3; place <= 5; place++) {
                    Browser phone = new Browser(second.url());
                    phone.get("/play");
                    phone.post("/play", Map.of("code", code));
                    assertThat(phone.post("/play/" + code + "/place", Map.of("card", card, "place", Integer.toString(place))).status())
                            .isEqualTo(303);
                }

                // THEN the first server's stream counts them, and shows their places once revealed on the second server
                JsonNode state = next(stream);
                while (state.get("votes").asInt() < 3) {
                    state = next(stream);
                }
                assertThat(state.get("counts").isNull()).isTrue();
                screen.get(second.url() + path);
                assertThat(screen.post(second.url() + path + "/reveal", Map.of("card", card)).status()).isEqualTo(303);
                while (!state.get("revealed").asBoolean()) {
                    state = next(stream);
                }
                assertThat(state.get("counts").toString()).isEqualTo("[0,0,1,1,1]");

                // AND the coordinator's skip on the second server moves the first server's stream on
                screen.get(second.url() + path);
                screen.post(second.url() + path + "/move", Map.of("step", "next"));
                while (state.get("position").asInt() == 1) {
                    state = next(stream);
                }
                assertThat(state.get("position").asInt()).isEqualTo(2);
                assertThat(state.get("votes").asInt()).isZero();

                // AND a logout on the second server ends the first server's stream at its next event (issue 20, item 10):
                // the login is checked before every event, not only when the stream opened
                screen.get(second.url() + "/rounds");
                assertThat(screen.post(second.url() + "/logout", Map.of()).status()).isEqualTo(303);
                Browser phone = new Browser(second.url());
                phone.get("/play");
                phone.post("/play", Map.of("code", code));
                String secondCard = phone.get("/play/" + code).document().select("input[name=card]").attr("value");
                assertThat(phone.post("/play/" + code + "/place", Map.of("card", secondCard, "place", "2")).status()).isEqualTo(303);
                List<String> after = new ArrayList<>();
                stream.forEachRemaining(after::add);
                assertThat(after).noneMatch(line -> line.startsWith("data:"));
            }
        }
    }

    private static JsonNode next(Iterator<String> stream) throws Exception {
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
