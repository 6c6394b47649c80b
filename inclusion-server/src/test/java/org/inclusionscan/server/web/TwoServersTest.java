package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two server processes' worth of state on one database: sessions, CSRF keys and login limits live
 * in the database, so a browser can move between servers behind a load balancer. (The separate
 * two-process test on PostgreSQL runs the same against two JVMs.)
 */
class TwoServersTest {

    @Test
    void a_session_and_a_form_token_made_by_one_server_work_on_the_other() {
        ServerConfig config = TestDatabase.serverConfig();
        try (InclusionServer first = InclusionServer.start(config); InclusionServer second = InclusionServer.start(config)) {
            first.services().accounts().addCoordinator("coordinator@example.org", "a long enough password");
            Browser onFirst = new Browser(first.url());
            onFirst.get("/login");
            onFirst.post("/login", Map.of("email", "coordinator@example.org", "password", "a long enough password"));
            Browser.Page created = onFirst.post("/rounds", Map.of("name", "Samen", "region", "flanders", "sector", "other",
                    "languages", "nl", "linkKind", "shared"));
            assertThat(created.status()).isEqualTo(303);

            // The same browser (cookies) now talks to the second server.
            Browser.Page page = onFirst.get(second.url() + created.location());
            Browser.Page closed = onFirst.post(second.url() + created.location() + "/close", Map.of());

            assertThat(page.status()).isEqualTo(200);
            assertThat(closed.status()).isEqualTo(303);
        }
    }
}
