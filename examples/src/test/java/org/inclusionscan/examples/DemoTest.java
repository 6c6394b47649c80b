package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusionscan.json.Json;
import org.inclusionscan.rules.RuleChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @Test
    void everyExampleReads() {
        for (ExampleScan example : ExampleScan.values()) {
            assertThat(example.read().respondents()).as(example.id()).isNotEmpty();
        }
        assertThat(ExampleScan.HET_ANKER_2025.read().respondents()).as("a team that can disagree").hasSizeGreaterThanOrEqualTo(6);
    }

    /** Written where CI's accessibility check (axe-core in Chromium) looks for the demo's HTML reports. */
    @Test
    void theDemoWritesEveryFormatAndLanguageAndSaysWhere() throws IOException {
        Path folder = Path.of("target", "demo-reports");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> written = Demo.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(written).hasSize((ExampleScan.values().length + 1) * 3 * 4);
        for (Path file : written) {
            assertThat(file).exists();
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(500);
        }
        assertThat(Files.readString(folder.resolve("het-anker-2025.nl.html"))).startsWith("<!DOCTYPE html>")
                .contains("Lokaal dienstencentrum Het Anker", "Versterk eerst de bestaande netwerken");
        assertThat(Json.mapper().readTree(folder.resolve("het-anker-2025.en.json").toFile())
                .get("recommendations").findValuesAsText("id")).contains("factor.network-vitality.weak");
        assertThat(Files.readString(folder.resolve("de-brug.fr.md"))).contains("Jeugdhulp De Brug vzw");
        assertThat(Files.readString(folder.resolve("het-anker-comparison.nl.md"))).contains("Het Anker");
        assertThat(printed).contains("Lokaal dienstencentrum Het Anker", "Jeugdhulp De Brug vzw", "Sociale dienst gemeente Lindegem",
                folder.toAbsolutePath().toString(), String.valueOf(written.size()));
    }

    @Test
    void theEmbeddingExampleRendersHtml() throws IOException {
        Path scan = Path.of("src", "main", "resources", "org", "inclusionscan", "examples", "lindegem.json");
        String html = EmbeddingExample.report(scan);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Sociale dienst gemeente Lindegem");
    }

    @Test
    void thePolicyTeamsDirectoryPassesItsScenariosAndChangesTheAdvice(@TempDir Path directory) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> added = PolicyTeamExample.run(directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(RuleChecker.create().check(directory).passed()).isTrue();
        assertThat(added).contains("federation.loneliness.network-first");
        // the stricter threshold (3.0 instead of 2.5) adds weak-factor advice too
        assertThat(added.stream().filter(id -> id.startsWith("factor.") && id.endsWith(".weak"))).isNotEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("federatie-dienstencentra", "Eenzaamheid eerst");
    }
}
