package org.inclusionscan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.RuleSetInUse;
import org.inclusionscan.server.testing.ApiClient;
import org.inclusionscan.server.testing.RulesDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's own rules ({@code serve --rules DIR --data-only}): the server advises with the
 * directory's factor table, takes a changed table without a restart, refuses a broken one with its
 * located problems and keeps advising with the rules it had.
 */
class HostRulesTest {

    private static final String TOKEN = "host-rules-token-0123456789";

    @TempDir
    Path rules;

    /** Where new versions of files are written before they are moved into the rules directory in one step. */
    @TempDir
    Path spare;

    @Test
    void the_server_advises_with_the_hosts_table_and_takes_its_changes_while_it_runs() throws Exception {
        // GIVEN a data-only rules directory, as `bin/inclusion init-rules --data-only` writes it
        RulesDirectories.dataOnly(rules);
        Path table = rules.resolve("factor-weak.csv");
        List<String> rows = Files.readAllLines(table, StandardCharsets.UTF_8);
        RuleSetInUse ruleSet = RuleSetInUse.watching(Advisor.builder().rulesDirectory(rules).dataOnly(true).buildReloading(), true, false,
                Duration.ofMillis(100), Clock.systemUTC());
        Database database = Database.open(TestDatabase.freshUrl(), TestDatabase.user(), TestDatabase.password());
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN), database, ruleSet)) {
            ApiClient api = new ApiClient(java.net.URI.create(server.url()), TOKEN);
            String round = closedRoundWhereEverythingIsWeak(api);
            JsonNode before = report(api, round);
            String firstVersion = before.get("ruleSet").get("version").asText();
            // The row to drop: one whose rule is a recommendation of its own in this report and that a scenario expects.
            String scenarios = scenarioTexts(rules.resolve("scenarios"));
            int dropped = -1;
            for (int i = 1; i < rows.size() && dropped < 0; i++) {
                String rule = rows.get(i).substring(0, rows.get(i).indexOf(','));
                if (before.toString().contains("\"id\":\"" + rule + "\"") && scenarios.contains("\"" + rule + "\"")) {
                    dropped = i;
                }
            }
            assertThat(dropped).as("a table row that is a recommendation of its own and expected by a scenario").isPositive();
            String droppedRule = rows.get(dropped).substring(0, rows.get(dropped).indexOf(','));

            // WHEN the policy team removes a row of the table that the directory's scenarios still expect
            rows.remove(dropped);
            replace(table, String.join("\n", rows) + "\n");
            waitUntil(() -> ruleSet.lastRefused().isPresent());

            // THEN the change is refused, naming the failing scenarios, and the rules in use stay
            assertThat(ruleSet.lastRefused().orElseThrow().describe(org.inclusionscan.model.Language.EN))
                    .contains("scenarios").contains(droppedRule);
            assertThat(report(api, round).get("ruleSet").get("version").asText()).isEqualTo(firstVersion);

            // WHEN the team also removes the scenarios that expect the row
            // (in one move, as the other changes here: the watcher never reads a directory half changed)
            Files.move(rules.resolve("scenarios"), Files.createTempDirectory(spare, "gone-").resolve("scenarios"),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            waitUntil(() -> !ruleSet.ruleSet().version().equals(firstVersion));

            // THEN the next report is advised with the new table, and says so
            JsonNode after = report(api, round);
            String secondVersion = after.get("ruleSet").get("version").asText();
            assertThat(secondVersion).isNotEqualTo(firstVersion);
            assertThat(after.toString()).doesNotContain("\"id\":\"" + droppedRule + "\"");
            assertThat(ruleSet.lastRefused()).isEmpty();

            // WHEN a row names a factor that does not exist
            replace(table, Files.readString(table) + "factor.netwerk.weak,netwerk,50,inclusieweb\n");
            waitUntil(() -> ruleSet.lastRefused().isPresent());

            // THEN the change is refused with the file and row, and the rules in use stay
            String problems = ruleSet.lastRefused().orElseThrow().describe(org.inclusionscan.model.Language.EN);
            assertThat(problems).contains("factor-weak.csv").contains("netwerk");
            assertThat(report(api, round).get("ruleSet").get("version").asText()).isEqualTo(secondVersion);

            // WHEN the table is mended, the refusal is gone and the mended table is in use
            replace(table, String.join("\n", rows) + "\n");
            waitUntil(() -> ruleSet.lastRefused().isEmpty());
            assertThat(report(api, round).toString()).doesNotContain("\"id\":\"" + droppedRule + "\"");
        }
    }

    @Test
    void serve_refuses_a_rules_directory_that_cannot_be_used_with_its_located_problems_and_exit_code_2() throws IOException {
        // GIVEN a data-only directory whose table names an unknown factor, and one with a DRL file
        RulesDirectories.dataOnly(rules);
        Files.writeString(rules.resolve("factor-weak.csv"), "rule,factor,priority,tools\nfactor.netwerk.weak,netwerk,50,inclusieweb\n");

        // WHEN the server is started with it
        Started started = serve("serve", "--port", "0", "--data", rules.resolve("db").toString(), "--lang", "en",
                "--rules", rules.toString(), "--data-only");

        // THEN it does not start, and says where the problem is
        assertThat(started.exitCode()).isEqualTo(2);
        assertThat(started.err()).contains("cannot be used").contains("factor-weak.csv").contains("netwerk")
                .doesNotContain("Exception").doesNotContain("\tat ");

        Started missing = serve("serve", "--lang", "en", "--rules", rules.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");

        Started alone = serve("serve", "--lang", "en", "--data-only");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--rules DIR");
    }

    private record Started(int exitCode, String err) {
    }

    private static synchronized Started serve(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Started(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static String scenarioTexts(Path directory) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static String closedRoundWhereEverythingIsWeak(ApiClient api) throws IOException, InterruptedException {
        String round = api.createRound("Buurthuis De Kring", 3).get("id").asText();
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        QuestionnaireRegistry.defaultQuestionnaire().items().forEach(item -> answers.put(item.id(), 1));
        for (int i = 0; i < 3; i++) {
            assertThat(api.submit(round, "staff", answers).statusCode()).isEqualTo(201);
        }
        assertThat(api.close(round).statusCode()).isEqualTo(200);
        return round;
    }

    private static JsonNode report(ApiClient api, String round) throws IOException, InterruptedException {
        var answer = api.get("/api/v1/rounds/" + round + "/report?format=json&lang=en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readTree(answer.body());
    }

    /**
     * Replaces a file in one atomic move, as an editor that saves through a temporary file does: the watcher
     * polls every 100 ms and would otherwise, now and then, read a table half written and refuse it for that.
     */
    private void replace(Path file, String content) throws IOException {
        Path next = Files.createTempFile(spare, "next-", ".csv");
        Files.writeString(next, content, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(end);
            Thread.sleep(50);
        }
    }
}
