package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A broken DRL file of a trusted rules directory is our error to report (a located {@link RuleSetException}),
 * not Drools' to log: nothing reaches a host's log at ERROR (issue 15, item 8). The test binding is slf4j-simple,
 * which writes to the {@code System.err} of the moment; the capture proves it sees an ERROR line first.
 */
class HandledBuildErrorsNotLoggedTest {

    /** slf4j-simple's line: {@code [thread] LEVEL logger - message}. */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^\\]]*\\] ERROR .*");

    private static final String UNKNOWN_TYPE = """
            package org.inclusionscan.rules.extra;

            rule "unknown type"
            when
                FactorScor(mean < 2.0)
            then
            end
            """;

    @TempDir
    Path rules;

    private void extendWith(String drl) throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=broken\nmode=extend\n");
        Files.writeString(rules.resolve("extra.drl"), drl);
    }

    @Test
    void theCaptureSeesAnErrorLine() {
        // WHEN something logs at ERROR while the log is captured
        List<String> lines = errorLines(() -> LoggerFactory.getLogger(HandledBuildErrorsNotLoggedTest.class).error("seen"));

        // THEN the capture has it: an empty capture below means nothing was logged, not that nothing was seen
        assertThat(lines).singleElement().asString().endsWith(" - seen");
    }

    @Test
    void aSyntaxErrorIsRefusedLocatedAndNotLogged() throws IOException {
        // GIVEN a trusted directory with a DRL file that does not parse
        extendWith(BrokenRuleFileTest.MISSING_PAREN);
        RuleSetException[] refused = new RuleSetException[1];

        // WHEN an advisor is built from it
        List<String> lines = errorLines(() -> refused[0] = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).build()));

        // THEN it is refused at the file and line, and nothing was logged at ERROR
        assertThat(refused[0]).isNotNull();
        assertThat(refused[0].problems().get(0).toString()).startsWith(rules.resolve("extra.drl") + ":8:");
        assertThat(lines).isEmpty();
    }

    @Test
    void anUnknownTypeIsRefusedLocatedAndNotLogged() throws IOException {
        // GIVEN a trusted directory with a DRL file that names an unknown type
        extendWith(UNKNOWN_TYPE);
        RuleSetException[] refused = new RuleSetException[1];

        // WHEN an advisor is built from it
        List<String> lines = errorLines(() -> refused[0] = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).build()));

        // THEN it is refused on the rule's line, and nothing was logged at ERROR
        assertThat(refused[0]).isNotNull();
        assertThat(refused[0].problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(rules.resolve("extra.drl").toString());
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("FactorScor");
        });
        assertThat(lines).isEmpty();
    }

    @Test
    void aCheckOfABrokenDirectoryReportsWithoutLogging() throws IOException {
        // GIVEN a trusted directory with a DRL file that does not parse
        extendWith(BrokenRuleFileTest.MISSING_PAREN);
        CheckReport[] report = new CheckReport[1];

        // WHEN a policy team checks it
        List<String> lines = errorLines(() -> report[0] = RuleChecker.create().check(rules));

        // THEN the report locates the problem, and nothing was logged at ERROR
        assertThat(report[0].passed()).isFalse();
        assertThat(report[0].problems()).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(rules.resolve("extra.drl").toString());
            assertThat(problem.line()).isEqualTo(8);
        });
        assertThat(lines).isEmpty();
    }

    @Test
    void aRefusedReloadKeepsTheRulesWithoutLogging() throws IOException {
        // GIVEN a reloading advisor of a working directory
        Files.writeString(rules.resolve("ruleset.properties"), "name=working\nmode=extend\n");
        ReloadingAdvisor advisor = ReloadingAdvisor.create(rules);
        String before = advisor.ruleSet().version();
        Files.writeString(rules.resolve("extra.drl"), UNKNOWN_TYPE);
        RuleSetException[] refused = new RuleSetException[1];

        // WHEN the directory breaks and the advisor reloads
        List<String> lines = errorLines(() -> refused[0] = catchThrowableOfType(RuleSetException.class, advisor::reload));

        // THEN the reload is refused, located, the previous rules stay, and nothing was logged at ERROR
        assertThat(refused[0].problems()).anySatisfy(problem -> assertThat(problem.line()).isEqualTo(5));
        assertThat(advisor.ruleSet().version()).isEqualTo(before);
        assertThat(lines).isEmpty();
    }

    /** The ERROR lines slf4j-simple writes while the action runs (also passed on to the real standard error). */
    private static List<String> errorLines(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text.lines().filter(line -> ERROR_LINE.matcher(line).matches()).toList();
    }
}
