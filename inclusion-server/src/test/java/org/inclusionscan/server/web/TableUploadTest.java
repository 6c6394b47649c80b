package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.RuleSetInUse;
import org.inclusionscan.server.testing.RulesDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator uploads the factor table on the admin page: a broken one is refused with its
 * located problems (in the page's language, named as in the host's directory) and changes nothing;
 * a good one is checked with the directory's scenarios, stored under its fixed name and used.
 */
class TableUploadTest {

    private static final String ADMIN = "admin@upload.example";
    private static final String PASSWORD = "plum tractor moonlight 28";

    @TempDir
    Path rules;

    @Test
    void a_broken_table_is_refused_at_its_row_and_a_good_one_is_used() throws Exception {
        // GIVEN a server on a data-only rules directory, and its administrator on the admin page
        RulesDirectories.dataOnly(rules);
        Path table = rules.resolve("factor-weak.csv");
        String original = Files.readString(table, StandardCharsets.UTF_8);
        RuleSetInUse ruleSet = RuleSetInUse.watching(Advisor.builder().rulesDirectory(rules).dataOnly(true).buildReloading(), true,
                false, null, Clock.systemUTC());
        Database database = Database.open(TestDatabase.freshUrl(), TestDatabase.user(), TestDatabase.password());
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig(), database, ruleSet)) {
            server.services().platform().addAdmin(ADMIN, PASSWORD);
            Browser admin = new Browser(server.url());
            admin.get("/login");
            admin.post("/login", Map.of("email", ADMIN, "password", PASSWORD));
            String before = ruleSet.ruleSet().version();
            assertThat(admin.get("/admin?lang=en").document().select("#table").attr("type")).isEqualTo("file");

            // WHEN a table with an unknown factor is uploaded, under a hostile file name
            String broken = original + "factor.netwerk.weak,netwerk,50,inclusieweb\n";
            Browser.Page refused = admin.postFile("/admin/rules/table", Map.of(), "table", "../../etc/passwd.csv",
                    broken.getBytes(StandardCharsets.UTF_8));

            // THEN it is refused with the file and the value, named in the host's directory, and nothing changed
            assertThat(refused.status()).isEqualTo(400);
            String problems = refused.document().select("#table-problems").text();
            assertThat(problems).contains("factor-weak.csv").contains("netwerk").doesNotContain("inclusion-rules-upload-");
            assertThat(Files.readString(table, StandardCharsets.UTF_8)).isEqualTo(original);
            assertThat(ruleSet.ruleSet().version()).isEqualTo(before);
            assertThat(Files.exists(rules.getParent().getParent().resolve("etc/passwd.csv"))).isFalse();

            // WHEN a good table comes (the tools of its first row in another order)
            List<String> rows = new ArrayList<>(Arrays.asList(original.split("\n")));
            String[] cells = rows.get(1).split(",", 4);
            List<String> tools = new ArrayList<>(Arrays.asList(cells[3].replace("\"", "").split(",\\s*")));
            Collections.reverse(tools);
            rows.set(1, cells[0] + "," + cells[1] + "," + cells[2] + ",\"" + String.join(", ", tools) + "\"");
            String good = String.join("\n", rows) + "\n";
            Browser.Page taken = admin.postFile("/admin/rules/table", Map.of(), "table", "my table.CSV",
                    good.getBytes(StandardCharsets.UTF_8));

            // THEN it is in the directory under its own name and in use
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(taken.document().select("#table-taken")).hasSize(1);
            assertThat(Files.readString(table, StandardCharsets.UTF_8)).isEqualTo(good);
            assertThat(ruleSet.ruleSet().version()).isNotEqualTo(before);
            assertThat(taken.document().select("#rule-set").text()).contains(ruleSet.ruleSet().version());
            try (Stream<Path> files = Files.list(rules)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("."));
            }
        }
    }

    @Test
    void a_server_on_the_bundled_rules_offers_no_upload_and_refuses_one() throws Exception {
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            server.services().platform().addAdmin(ADMIN, PASSWORD);
            Browser admin = new Browser(server.url());
            admin.get("/login");
            admin.post("/login", Map.of("email", ADMIN, "password", PASSWORD));
            assertThat(admin.get("/admin").document().select("#table")).isEmpty();
            Browser.Page refused = admin.postFile("/admin/rules/table", Map.of(), "table", "factor-weak.csv", "x".getBytes());
            assertThat(refused.status()).isEqualTo(409);
        }
    }
}
