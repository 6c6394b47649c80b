package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireAndCatalogueCommandTest {

    @Test
    void questionnaireAsJsonListsEveryItemInTheLanguage() throws IOException {
        CliRun run = CliRun.of("questionnaire", "--lang", "fr", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("id").asText()).isEqualTo("selfscan-3");
        assertThat(root.get("items")).hasSize(75);
        JsonNode first = root.get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo("legislation-1");
        assertThat(first.get("factor").asText()).isEqualTo("legislation");
        assertThat(first.get("dimension").asText()).isEqualTo("culture");
        assertThat(first.get("reversed").isBoolean()).isTrue();
        assertThat(first.get("text").asText()).startsWith("Nous estimons");
        assertThat(root.at("/scale/dont-know").asText()).isNotBlank();
        // A statement about the target group has no dimension: JSON null
        JsonNode people = java.util.stream.StreamSupport.stream(root.get("items").spliterator(), false)
                .filter(item -> item.get("id").asText().equals("network-vitality-7")).findFirst().orElseThrow();
        assertThat(people.get("dimension").isNull()).isTrue();
    }

    @Test
    void questionnaireAsCsvIsAFormWithOneRowPerItem() {
        CliRun run = CliRun.of("questionnaire", "--format", "csv", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        var lines = run.out().split("\r\n");
        assertThat(lines).hasSize(76);
        assertThat(lines[0]).isEqualTo("\"item\",\"domain\",\"factor\",\"dimension\",\"reversed\",\"Statement\",\"Answer (1-5 or dont-know)\"");
        assertThat(lines[1]).startsWith("\"legislation-1\",\"environment\",\"legislation\",\"culture\",\"false\",\"").endsWith("\",\"\"");
        assertThat(lines).filteredOn(line -> line.startsWith("\"network-vitality-7\"")).singleElement().asString()
                .startsWith("\"network-vitality-7\",\"target-public\",\"network-vitality\",\"\",\"false\",");
    }

    @Test
    void questionnaireAsMarkdownHasASectionPerDomain() {
        CliRun run = CliRun.of("questionnaire", "--format", "md");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Zelfscan sociale inclusie").contains("## Politiek-sociale omgeving", "## Doelpubliek");
        assertThat(run.out().lines().filter(line -> line.endsWith("| ☐ | ☐ | ☐ | ☐ | ☐ | ☐ |")).count()).isEqualTo(75);
    }

    @Test
    void anOrganisationsOwnQuestionnaireIsEscapedInMarkdownAndCsv(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("own.json");
        Files.writeString(file, """
                {"id": "own-1", "title": {"nl": "<script>alert(1)</script>"},
                 "items": [{"id": "a", "factor": "vision", "dimension": "policy", "text": {"nl": "=HYPERLINK(\\"http://x\\") [klik](javascript:alert(1))"}}]}
                """);
        CliRun md = CliRun.of("questionnaire", "--questionnaire", file.toString(), "--format", "md");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).doesNotContain("<script>").doesNotContainPattern("[^\\\\]\\]\\(javascript").contains("\\](javascript").contains("\\<script\\>").doesNotContain("## Medewerkers");
        CliRun csv = CliRun.of("questionnaire", "--questionnaire", file.toString(), "--format", "csv");
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://x\"\")");
    }

    @Test
    void aBrokenQuestionnaireIsALocatedUserError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"id\": \"x\", \"title\": {\"en\": \"x\"}, \"items\": [{\"id\": \"a\", \"factor\": \"visoin\", \"dimension\": \"policy\", \"text\": {\"en\": \"t\"}}]}");
        CliRun run = CliRun.of("questionnaire", "--questionnaire", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.json has 1 problem:", "items[0].factor: the factor \"visoin\" is unknown")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingFileIsAOneLineUserError() {
        CliRun run = CliRun.of("questionnaire", "--questionnaire", "nope.json", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("Error: the file nope.json does not exist");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.of("questionnaire", "--lang", "de");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("'de'", "nl, fr, en").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outWritesTheFileAndSaysSoOnStandardError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("form.csv");
        CliRun run = CliRun.of("questionnaire", "--format", "csv", "--out", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote " + file);
        assertThat(Files.readString(file)).startsWith("\"item\",\"domain\"");
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(file);
        }
    }

    @Test
    void outIntoAMissingDirectoryFailsWithoutLeavingAFile(@TempDir Path dir) {
        CliRun run = CliRun.of("catalogue", "--out", dir.resolve("no/such/dir/x.md").toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void catalogueListsEveryToolWithItsScope() throws IOException {
        CliRun run = CliRun.of("catalogue", "--format", "json", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        JsonNode tools = Json.mapper().readTree(run.out()).get("tools");
        assertThat(tools).hasSize(65);
        for (JsonNode tool : tools) {
            if (tool.get("id").asText().equals("kenniscentrum-wwz")) {
                assertThat(tool.at("/scope/regions").toString()).as("the seeds place it in Brussels").isEqualTo("[\"brussels\"]");
            }
            if (tool.get("id").asText().equals("stadspiratie")) {
                assertThat(tool.at("/scope/regions").toString()).as("the seeds name it without a place").isEqualTo("[]");
            }
            if (tool.get("id").asText().equals("vicinia")) {
                assertThat(tool.at("/scope/regions").toString()).as("the seeds place it in the Dutch-language field only")
                        .isEqualTo("[\"brussels\",\"flanders\"]");
            }
            if (tool.get("id").asText().equals("de-stek")) {
                assertThat(tool.get("url").asText()).endsWith("SAM111_deSTEK_digipub_DEF.pdf");
            }
        }
        JsonNode brussels = null;
        for (JsonNode tool : tools) {
            if (tool.get("id").asText().equals("brussel-op-het-net")) {
                brussels = tool;
            }
        }
        assertThat(brussels).isNotNull();
        assertThat(brussels.at("/scope/regions/0").asText()).isEqualTo("brussels");
        assertThat(brussels.get("buildingBlock").asText()).isEqualTo("buurt");
        CliRun md = CliRun.of("catalogue", "--lang", "nl");
        assertThat(md.out()).startsWith("# Catalogus van instrumenten").contains("(`inclusieweb`)", "enkel voor Brussel");
    }

    @Test
    void everyCommandHasHelpInTheLanguageOfTheMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            CliRun top = CliRun.of("--help");
            assertThat(top.exitCode()).isZero();
            assertThat(top.out()).contains("Usage: inclusion", "questionnaire", "catalogue", "Exit codes");
            for (String command : new String[] {"questionnaire", "catalogue"}) {
                CliRun help = CliRun.of(command, "--help");
                assertThat(help.exitCode()).as(command).isZero();
                assertThat(help.out()).contains("Usage: inclusion " + command, "--lang", "Language of the output");
            }
            Locale.setDefault(Locale.forLanguageTag("nl-BE"));
            assertThat(CliRun.of("questionnaire", "--help").out()).contains("Gebruik: inclusion questionnaire", "Taal van de uitvoer");
            Locale.setDefault(Locale.forLanguageTag("fr-BE"));
            assertThat(CliRun.of("catalogue", "--help").out()).contains("Langue de la sortie");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("geef een opdracht");
    }
}
