package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static String compact(String resource) throws IOException {
        return Json.mapper().readTree(Examples.scan(resource).toFile()).toString();
    }

    @Test
    void everyLineGetsAResultOrItsErrorsInOrderAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        String brug = compact("de-brug.json");
        String anker = compact("het-anker-2025.json");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(i % 2 == 0 ? brug : anker);
        }
        lines.set(3, "{\"organisation\": ");                                  // broken JSON
        lines.set(5, brug.replaceFirst("\"role\":\"board\"", "\"role\":\"boss\""));  // invalid scan
        lines.set(7, "");                                                     // empty line
        Path input = dir.resolve("scans.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Path summary = dir.resolve("summary.json");

        CliRun run = CliRun.of("score", "--batch", input.toString(), "--out", output.toString(), "--summary", summary.toString(),
                "--threads", "2", "--lang", "en", "--full-report");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.out()).isEmpty();
        List<String> written = Files.readAllLines(output);
        assertThat(written).hasSize(12);
        for (int i = 0; i < written.size(); i++) {
            JsonNode line = Json.mapper().readTree(written.get(i));
            assertThat(line.get("line").asInt()).isEqualTo(i + 1);
            boolean bad = i == 3 || i == 5 || i == 7;
            assertThat(line.get("ok").asBoolean()).as("line %d", i + 1).isEqualTo(!bad);
            if (bad) {
                assertThat(line.get("problems").get(0).get("message").asText()).isNotBlank();
            } else {
                assertThat(line.at("/report/scores/factors/vision/mean").isNumber()).isTrue();
            }
        }
        assertThat(Json.mapper().readTree(written.get(5)).at("/problems/0/location").asText()).isEqualTo("respondents[0].role");
        assertThat(Json.mapper().readTree(written.get(3)).at("/problems/0/location").asText()).startsWith("line 1, column");

        JsonNode totals = Json.mapper().readTree(summary.toFile());
        assertThat(totals.get("lines").asInt()).isEqualTo(12);
        assertThat(totals.get("scored").asInt()).isEqualTo(9);
        assertThat(totals.get("failed").asInt()).isEqualTo(3);
        // het anker (3 of the 9 scored lines) is weak on network vitality
        assertThat(totals.at("/factors/network-vitality/weak").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(run.err()).contains("Batch: 12 lines, 9 scored, 3 with errors.");
    }

    @Test
    void byDefaultAGoodLineIsShortAndHoldsTheReportsScoresRecommendationsAndToolsAndABadLineItsLocatedProblems(@TempDir Path dir)
            throws IOException {
        // GIVEN the demo scan, the same scan with a mistake, and the demo scan again
        String anker = compact("het-anker-2025.json");
        Path input = dir.resolve("scans.jsonl");
        Files.write(input, List.of(anker, anker.replaceFirst("\"role\":\"board\"", "\"role\":\"boss\""), anker), StandardCharsets.UTF_8);
        Path full = dir.resolve("full.jsonl");
        Path compact = dir.resolve("compact.jsonl");

        // WHEN scored with the full report and without
        CliRun.of("score", "--batch", input.toString(), "--out", full.toString(), "--lang", "en", "--full-report");
        CliRun run = CliRun.of("score", "--batch", input.toString(), "--out", compact.toString(), "--lang", "en");

        // THEN a short line carries what the full report says about scores, recommendations and tools
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        List<String> shortLines = Files.readAllLines(compact);
        List<String> fullLines = Files.readAllLines(full);
        assertThat(shortLines).hasSize(3);
        JsonNode line = Json.mapper().readTree(shortLines.get(0));
        JsonNode report = Json.mapper().readTree(fullLines.get(0)).get("report");
        assertThat(shortLines.get(0).length()).as("short").isLessThan(fullLines.get(0).length() / 8);
        assertThat(line.get("line").asInt()).isEqualTo(1);
        assertThat(line.get("ok").asBoolean()).isTrue();
        assertThat(line.get("organisation").asText()).isEqualTo(report.at("/organisation/name").asText());
        assertThat(line.get("respondents").asInt()).isEqualTo(report.at("/scan/respondents").asInt());
        assertThat(line.at("/scores/overall").doubleValue()).isEqualTo(report.at("/scores/overall/mean").doubleValue());
        report.at("/scores/factors").fields().forEachRemaining(factor -> assertThat(line.at("/scores/factors/" + factor.getKey()))
                .as(factor.getKey()).isEqualTo(factor.getValue().get("mean")));
        report.at("/scores/domains").fields().forEachRemaining(domain -> assertThat(line.at("/scores/domains/" + domain.getKey()))
                .as(domain.getKey()).isEqualTo(domain.getValue().get("mean")));
        report.at("/scores/dimensions").fields().forEachRemaining(dimension -> assertThat(line.at("/scores/dimensions/" + dimension.getKey()))
                .as(dimension.getKey()).isEqualTo(dimension.getValue().get("mean")));
        assertThat(texts(line.get("recommendations"))).isNotEmpty().isEqualTo(fieldOf(report.get("recommendations"), "id"));
        assertThat(texts(line.get("tools"))).isNotEmpty().isEqualTo(fieldOf(report.get("tools"), "id"));
        // AND a bad line is the same in both: its problems at their JSON paths
        assertThat(shortLines.get(1)).isEqualTo(fullLines.get(1));
        assertThat(Json.mapper().readTree(shortLines.get(1)).at("/problems/0/location").asText()).isEqualTo("respondents[0].role");
        assertThat(Json.mapper().readTree(shortLines.get(2)).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void fullReportGoesOnlyWithBatch(@TempDir Path dir) throws IOException {
        Path scan = dir.resolve("scan.json");
        Files.writeString(scan, compact("de-brug.json"));
        CliRun run = CliRun.of("score", scan.toString(), "--full-report", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("--full-report only goes with --batch");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> fieldOf(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    @Test
    void withoutOutTheLinesGoToStandardOutput(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, compact("de-brug.json") + "\n");
        CliRun run = CliRun.of("score", "--batch", input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(1);
        assertThat(Json.mapper().readTree(run.out()).get("ok").asBoolean()).isTrue();
    }

    @Test
    void batchWritesOnlyJson(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, "{}\n");
        assertThat(CliRun.of("score", "--batch", input.toString(), "--format", "html").exitCode()).isEqualTo(ExitCode.USER_ERROR);
    }
}
