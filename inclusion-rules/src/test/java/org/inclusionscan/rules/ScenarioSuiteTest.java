package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario of the bundled rule set against the default advisor. Policy teams extend
 * it by dropping a JSON file into {@code src/main/resources/org/inclusionscan/rules/defaults/scenarios}
 * (and listing it in {@code defaults.index}).
 */
class ScenarioSuiteTest {

    static final Path SCENARIOS = Path.of("src/main/resources/org/inclusionscan/rules/defaults/scenarios");

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHolds(Path file) throws IOException {
        // GIVEN
        Advisor advisor = Advisor.defaults();
        Scenario scenario = new ScenarioReader(ToolCatalogue.defaults(), advisor.scoringSettings().bands())
                .read(Files.readString(file), file.toString());

        // WHEN
        Advice advice = advisor.advise(scenario.scores(), scenario.organisation(), scenario.history());

        // THEN
        assertThat(scenario.differences(advice)).as(scenario.name()).isEmpty();
    }
}
