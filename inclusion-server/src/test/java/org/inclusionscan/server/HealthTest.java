package org.inclusionscan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void answers_200_once_serving_on_a_fresh_database() throws Exception {
        // GIVEN a server on an empty database (migrated on start)
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            // WHEN
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            // THEN
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        }
    }
}
