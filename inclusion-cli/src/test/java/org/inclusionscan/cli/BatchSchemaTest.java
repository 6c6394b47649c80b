package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch output keeps its published contract: docs/batch-line.schema.json, docs/batch-summary.schema.json (issue 15). */
class BatchSchemaTest {

    private static JsonSchema schema(String file) throws IOException {
        JsonNode tree = Json.mapper().readTree(Path.of("..", "docs", file).toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void everyOutputLineAndTheSummaryMatchTheirSchemas(boolean fullReport, @TempDir Path dir) throws IOException {
        // GIVEN a batch of good, invalid, broken and empty lines
        String brug = Json.mapper().readTree(Examples.scan("de-brug.json").toFile()).toString();
        List<String> lines = List.of(brug, "{\"organisation\": ", brug.replaceFirst("\"role\":\"board\"", "\"role\":\"boss\""),
                "", "[]", brug);
        Path input = dir.resolve("scans.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Path summary = dir.resolve("summary.json");

        // WHEN it is scored
        List<String> arguments = new java.util.ArrayList<>(List.of("score", "--batch", input.toString(), "--out", output.toString(),
                "--summary", summary.toString(), "--threads", "2", "--lang", "en"));
        if (fullReport) {
            arguments.add("--full-report");
        }
        CliRun run = CliRun.of(arguments.toArray(String[]::new));

        // THEN each line, its report and the summary keep the published schemas
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        JsonSchema lineSchema = schema("batch-line.schema.json");
        JsonSchema reportSchema = schema("report.schema.json");
        List<String> written = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(written).hasSize(lines.size());
        for (String text : written) {
            JsonNode line = Json.mapper().readTree(text);
            assertThat(lineSchema.validate(line)).as(text).isEmpty();
            assertThat(line.has("report")).as(text).isEqualTo(fullReport && line.get("ok").asBoolean());
            if (line.get("ok").asBoolean() && fullReport) {
                assertThat(reportSchema.validate(line.get("report"))).isEmpty();
            }
        }
        JsonNode totals = Json.mapper().readTree(summary.toFile());
        assertThat(schema("batch-summary.schema.json").validate(totals)).isEmpty();
        assertThat(schema("aggregate.schema.json").validate(totals.get("aggregate"))).isEmpty();
        assertThat(totals.at("/aggregate/withheld/reason").asText()).as("one organisation").isEqualTo("below-minimum");
        assertThat(totals.get("lines").asLong()).isEqualTo(totals.get("scored").asLong() + totals.get("failed").asLong());
    }

    @Test
    void theSchemasRefuseWhatTheContractRulesOut() throws IOException {
        JsonSchema lineSchema = schema("batch-line.schema.json");
        assertThat(lineSchema.validate(Json.mapper().readTree("{\"line\": 1, \"ok\": true}"))).as("ok without report").isNotEmpty();
        assertThat(lineSchema.validate(Json.mapper().readTree("{\"line\": 1, \"ok\": false, \"problems\": []}"))).as("no problem")
                .isNotEmpty();
        assertThat(lineSchema.validate(Json.mapper().readTree("{\"line\": 0, \"ok\": true, \"report\": {}}"))).as("line 0")
                .isNotEmpty();
        assertThat(schema("batch-summary.schema.json").validate(Json.mapper().readTree(
                "{\"lines\": 1, \"scored\": 1, \"failed\": 0, \"factors\": {}}"))).as("factors missing").isNotEmpty();
    }
}
