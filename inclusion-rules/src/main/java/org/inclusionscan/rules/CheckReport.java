package org.inclusionscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.advice.RuleSetInfo;

/**
 * What checking a rules directory found: the located problems (the rule set is refused when
 * there is any), each scenario's pass or failure, and warnings that do not refuse it. Every
 * sentence in it can be shown in nl, fr or en ({@link RuleProblem#describe}, {@link RuleMessage#text});
 * {@link #lines()} is the English view, for logs and developers.
 *
 * @param ruleSet empty when the rule set did not compile
 * @param notes   what the reading says for information only, such as how the table was read
 *                ({@code factor-weak.csv: read as CSV with semicolons (;) between cells})
 */
public record CheckReport(String source, Optional<RuleSetInfo> ruleSet, List<RuleProblem> problems,
        List<ScenarioResult> scenarios, List<RuleProblem> warnings, List<RuleProblem> notes) {

    /**
     * Checks the components and copies the collections.
     *
     * @param source    the rules directory as named by the caller
     * @param ruleSet   empty when the rule set did not compile
     * @param problems  the problems that refuse the rule set
     * @param scenarios the outcome of each scenario
     * @param warnings  the warnings, which do not refuse the rule set
     * @param notes     what the reading says for information only
     */
    public CheckReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleSet, "ruleSet");
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /**
     * A report without notes.
     *
     * @param source    the rules directory as named by the caller
     * @param ruleSet   empty when the rule set did not compile
     * @param problems  the problems that refuse the rule set
     * @param scenarios the outcome of each scenario
     * @param warnings  the warnings, which do not refuse the rule set
     */
    public CheckReport(String source, Optional<RuleSetInfo> ruleSet, List<RuleProblem> problems,
            List<ScenarioResult> scenarios, List<RuleProblem> warnings) {
        this(source, ruleSet, problems, scenarios, warnings, List.of());
    }

    /** One scenario's outcome; {@code failures} says what differed. */
    public record ScenarioResult(String name, String file, List<RuleMessage> failures) {

        /**
         * Copies the failures.
         *
         * @param name     the scenario's name
         * @param file     its file
         * @param failures what differed; empty when it passed
         */
        public ScenarioResult {
            failures = List.copyOf(failures);
        }

        /**
         * Whether the scenario held.
         *
         * @return true when nothing differed
         */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * No problem, and every scenario passed.
     *
     * @return true when the rule set may be used
     */
    public boolean passed() {
        return problems.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed);
    }

    /**
     * The report in English lines: problems, then scenarios, then warnings, then a summary.
     *
     * @return the lines
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add("ERROR " + problem));
        for (ScenarioResult scenario : scenarios) {
            lines.add((scenario.passed() ? "PASS  " : "FAIL  ") + scenario.name() + " (" + scenario.file() + ")");
            scenario.failures().forEach(failure -> lines.add("        " + failure));
        }
        warnings.forEach(warning -> lines.add("WARN  " + warning));
        notes.forEach(note -> lines.add("NOTE  " + note));
        long failed = scenarios.stream().filter(s -> !s.passed()).count();
        lines.add("%s: %s, %d problem%s, %d of %d scenario%s passed%s".formatted(source,
                ruleSet.map(info -> "rule set " + info.name() + " " + info.version()).orElse("not compiled"), problems.size(),
                problems.size() == 1 ? "" : "s", scenarios.size() - failed, scenarios.size(), scenarios.size() == 1 ? "" : "s",
                passed() ? "" : " - FAILED"));
        return lines;
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines());
    }
}
