package org.inclusionscan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.testing.ApiClient;
import org.junit.jupiter.api.Test;

/** The host sets the picture's minimum of organisations (issue 24): never below 3, 5 unless set. */
class OrganisationMinimumTest {

    private static final String TOKEN = "platform-token-0123456789abcdef";

    @Test
    void a_host_may_lower_the_minimum_to_three_organisations_and_no_further() throws Exception {
        // GIVEN the demo, whose Brussels youth works are 4
        String path = "/api/v1/benchmark?region=brussels&sector=youth-work";
        try (InclusionServer fives = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN))) {
            DemoData.load(fives.database(), Clock.systemDefaultZone());
            // THEN by default they are withheld
            var withheld = new ApiClient(URI.create(fives.url()), TOKEN).get(path);
            assertThat(withheld.statusCode()).isEqualTo(409);
            assertThat(ApiClient.json(withheld).get("minimum").asInt()).isEqualTo(5);
        }
        try (InclusionServer threes = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN).withOrganisationMinimum(3))) {
            DemoData.load(threes.database(), Clock.systemDefaultZone());
            // AND with a minimum of 3 they are shown
            var shown = new ApiClient(URI.create(threes.url()), TOKEN).get(path);
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(shown).get("minimum").asInt()).isEqualTo(3);
            assertThat(ApiClient.json(shown).get("organisations").asInt()).isEqualTo(4);
        }

        // AND serve refuses a minimum of 2 with exit code 2 and the reason, before anything starts
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new String[] {"serve", "--lang", "en", "--port", "0", "--organisation-minimum", "2"});
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--organisation-minimum (2) must be at least 3 organisations")
                .doesNotContain("Exception");
    }
}
