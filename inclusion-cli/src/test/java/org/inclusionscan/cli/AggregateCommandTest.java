package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bin/inclusion aggregate FILE.jsonl} end to end: exit codes, located errors, the minimum, formats and languages. */
class AggregateCommandTest {

    private static JsonSchema schema() throws IOException {
        JsonNode tree = Json.mapper().readTree(Path.of("..", "docs", "aggregate.schema.json").toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
    }

    /** An example scan on one line, under another organisation's name when one is given. */
    private static String line(String example, String name) throws IOException {
        ObjectNode scan = (ObjectNode) Json.mapper().readTree(Examples.scan(example).toFile());
        if (name != null) {
            ((ObjectNode) scan.get("organisation")).put("name", name);
        }
        return scan.toString();
    }

    /**
     * Seven lines, six organisations: de Brug, de Passer, Lindegem, het Anker (2025 and 2026: one organisation) and two
     * more under their own names.
     */
    private static List<String> sixOrganisations() throws IOException {
        return new ArrayList<>(List.of(line("de-brug.json", null), line("het-anker-2026.json", null), line("de-passer.json", null),
                line("lindegem.json", null), line("het-anker-2025.json", null), line("de-brug.json", "Wijkhuis Noord"),
                line("de-passer.json", "Buurtcentrum Zuid")));
    }

    private static Path write(Path dir, List<String> lines) throws IOException {
        Path input = dir.resolve("scans.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        return input;
    }

    @Test
    void sixOrganisationsGiveTheAggregateEachOrganisationOnce(@TempDir Path dir) throws IOException {
        // GIVEN seven scans of six organisations
        Path input = write(dir, sixOrganisations());

        // WHEN they are aggregated as JSON
        CliRun run = CliRun.of("aggregate", input.toString(), "--format", "json", "--lang", "en", "--threads", "2");

        // THEN the aggregate keeps its schema, counts six organisations (het Anker by its 2026 scan) and says so
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.at("/organisations").asInt()).isEqualTo(6);
        assertThat(json.at("/figures/overall/organisations").asInt()).isEqualTo(6);
        assertThat(json.at("/minimum").asInt()).isEqualTo(5);
        assertThat(run.err()).contains("7 scans read, 6 organisations aggregated (1 earlier scans of the same organisations left out).");
    }

    @Test
    void fourOrganisationsAreWithheldWithTheReason(@TempDir Path dir) throws IOException {
        Path input = write(dir, sixOrganisations().subList(0, 4));

        CliRun run = CliRun.of("aggregate", input.toString(), "--format", "json", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.at("/withheld").toString()).isEqualTo("{\"reason\":\"below-minimum\",\"organisations\":4,\"minimum\":5}");
        assertThat(json.has("figures")).isFalse();
        assertThat(run.err()).contains("Withheld: 4 organisations, and figures are shown from 5 on");
    }

    @Test
    void aMinimumOfFourShowsFourOrganisations(@TempDir Path dir) throws IOException {
        Path input = write(dir, sixOrganisations().subList(0, 4));

        CliRun run = CliRun.of("aggregate", input.toString(), "--format", "json", "--minimum", "4");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Json.mapper().readTree(run.out()).at("/figures/overall/organisations").asInt()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"aggregate, 2", "aggregate, 0", "score, 2"})
    void aMinimumBelowThreeIsRefused(String command, int minimum, @TempDir Path dir) throws IOException {
        Path input = write(dir, sixOrganisations());
        List<String> arguments = command.equals("score")
                ? List.of("score", "--batch", input.toString(), "--out", dir.resolve("out.jsonl").toString(), "--summary",
                        dir.resolve("summary.json").toString(), "--minimum", String.valueOf(minimum), "--lang", "en")
                : List.of("aggregate", input.toString(), "--minimum", String.valueOf(minimum), "--lang", "en");

        CliRun run = CliRun.of(arguments.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("the anonymity minimum must be at least 3 organisations, not " + minimum)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badLinesAreLocatedByFileAndLineAndNoAggregateIsWritten(@TempDir Path dir) throws IOException {
        // GIVEN six organisations with a broken line 3 and an invalid scan on line 6
        List<String> lines = sixOrganisations();
        lines.add(2, "{\"organisation\": ");
        lines.set(5, lines.get(5).replaceFirst("\"role\":\"board\"", "\"role\":\"boss\""));
        Path input = write(dir, lines);
        Path out = dir.resolve("aggregate.md");

        // WHEN aggregated
        CliRun run = CliRun.of("aggregate", input.toString(), "--out", out.toString(), "--lang", "en");

        // THEN each bad line is named with its file and number and its problem's place, exit 2, nothing written
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains(input + ":3 has 1 problem").contains(input + ":6 has")
                .contains("respondents[0].role")
                .contains("no aggregate written: 2 lines of 8 in " + input + " could not be scored")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        "md, nl, # Het beeld over organisaties heen",
        "md, fr, # La vue d'ensemble des organisations",
        "html, en, <h1>The picture across organisations</h1>",
        "html, nl, <table class=\"heatmap\">",
        "csv, fr, La vue d'ensemble des organisations"
    })
    void everyFormatInEveryLanguage(String format, String language, String expected, @TempDir Path dir) throws IOException {
        Path input = write(dir, sixOrganisations());
        Path out = dir.resolve("aggregate." + format);

        CliRun run = CliRun.of("aggregate", input.toString(), "--format", format, "--lang", language, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(expected);
    }

    @Test
    void theBatchSummaryHoldsTheSameAggregate(@TempDir Path dir) throws IOException {
        // GIVEN the same seven scans
        Path input = write(dir, sixOrganisations());
        Path summary = dir.resolve("summary.json");

        // WHEN aggregated, and scored as a batch with a summary
        CliRun aggregate = CliRun.of("aggregate", input.toString(), "--format", "json", "--lang", "en");
        CliRun batch = CliRun.of("score", "--batch", input.toString(), "--out", dir.resolve("out.jsonl").toString(), "--summary",
                summary.toString(), "--lang", "en");

        // THEN the summary's aggregate has the same figures and groups
        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCode.OK);
        JsonNode fromBatch = Json.mapper().readTree(summary.toFile()).get("aggregate");
        JsonNode alone = Json.mapper().readTree(aggregate.out());
        assertThat(fromBatch.get("figures")).isEqualTo(alone.get("figures"));
        assertThat(fromBatch.get("groups")).isEqualTo(alone.get("groups"));
        assertThat(fromBatch.get("organisations").asInt()).isEqualTo(6);
    }
}
