package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void everyExampleReadsAndScores() {
        for (ExampleScan example : ExampleScan.values()) {
            assertThat(example.read().respondents()).as(example.id()).isNotEmpty();
        }
    }

    @Test
    void theDemoPrintsEveryOrganisationAndFactor() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(Language.EN, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Lokaal dienstencentrum Het Anker", "Jeugdhulp De Brug vzw", "Sociale dienst gemeente Lindegem");
        assertThat(printed.lines().filter(line -> line.startsWith("  ")).count()).isEqualTo(24L * ExampleScan.values().length);
    }
}
