package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.fuzz.ProblemOracle;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.Scenario;
import org.inclusionscan.rules.ScenarioReader;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * What every scenario file must get, good or bad (docs/reliability.md): it is decoded as UTF-8 the
 * way a rules directory is read, then either it reads, and runs against the default rules without
 * an exception, or it is refused with problems located by the file and a JSON path that leads
 * through the document (or {@code $}, or a line and column within it), each with a text in nl, fr
 * and en. Any other exception fails the property.
 */
final class RuleFileOracle {

    static final String READ = "read";
    static final String FILE = "rules/scenarios/fuzz.json";


    private RuleFileOracle() {
    }

    /** Reads the bytes as a scenario file and checks the outcome; returns {@link #READ} or the first problem's code. */
    static String scenario(byte[] bytes) {
        String text;
        try {
            text = RuleSetSources.decode(bytes, FILE);
        } catch (RuleSetException e) {
            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo(FILE);
                assertThat(problem.line()).isBetween(1, ProblemOracle.lines(bytes));
            });
            return "not-utf-8";
        }
        Advisor advisor = Advisor.defaults();
        Scenario scenario;
        try {
            scenario = new ScenarioReader(ToolCatalogue.defaults(), advisor.scoringSettings().bands()).read(text, FILE);
        } catch (InvalidInputException e) {
            return refused(e, text);
        }
        Advice advice = advisor.advise(scenario.scores(), scenario.organisation(), scenario.history());
        assertThat(scenario.differences(advice)).isNotNull();
        assertThat(advice.recommendations()).allSatisfy(r -> assertThat(r.explanation().ruleSetVersion())
                .isEqualTo(advice.ruleSet().version()));
        return READ;
    }

    private static String refused(InvalidInputException error, String text) {
        assertThat(error.source()).isEqualTo(FILE);
        ProblemOracle.areLocated(error.problems(), text.getBytes(StandardCharsets.UTF_8));
        return error.problems().get(0).code();
    }

    /** A table's problems: every one names the table's file; a line (from 1) within it, or the whole file. */
    static void tableProblemsAreLocated(RuleSetException error, String file, int lines) {
        assertThat(error.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.message()).as("%s", problem).isNotBlank()
                    .doesNotContain("generated from this table"); // the checker must stop a table before Drools fails on it
            assertThat(problem.line()).as("%s", problem).isBetween(0, lines + 1);
            assertThat(problem.column()).as("%s", problem).isNotNegative();
            if (problem.line() == 0) {
                assertThat(problem.message()).as("%s", problem).isIn("has no RuleTable");
            }
        });
    }
}
