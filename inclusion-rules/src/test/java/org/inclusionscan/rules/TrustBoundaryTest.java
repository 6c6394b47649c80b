package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trust boundary (docs/reliability.md): DRL is code, so data-only mode refuses it; a decision
 * table is data, so a table that tries to run Java is refused with a located problem, in either
 * mode, and nothing of it runs.
 */
class TrustBoundaryTest {

    /** What the hostile tables below try to set; it must stay unset. */
    static final String PWNED = "inclusionscan.pwned";
    private static final String SET_PWNED = "System.setProperty(\"\"" + PWNED + "\"\", \"\"yes\"\");";

    @TempDir
    Path rules;

    @BeforeEach
    @AfterEach
    void clearPwned() {
        System.clearProperty(PWNED);
    }

    /** A data-only directory: the bundled thresholds and table (whose lines the cases change). */
    private Path directory(List<String> tableLines) throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=trust\nmode=replace\n");
        Files.writeString(rules.resolve("thresholds.properties"), RuleSetSources.readBundled("thresholds.properties"));
        Files.write(rules.resolve("factor-weak.drl.csv"), tableLines);
        return rules.resolve("factor-weak.drl.csv");
    }

    static List<String> bundledTable() {
        return RuleSetSources.readBundled("factor-weak.drl.csv").lines().toList();
    }

    private static List<String> with(UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(bundledTable()));
    }

    /** The bundled table's first data row (line 11) with one cell replaced. */
    private static List<String> cell(int column, String value) {
        return with(lines -> {
            String[] cells = {"factor.legislation.weak", "legislation", "55", "de-stek"};
            cells[column - 1] = value;
            lines.set(10, String.join(",", cells));
            return lines;
        });
    }

    @Test
    void dataOnlyRefusesADrlFileWithItsLocation() throws IOException {
        // GIVEN a data-only directory that also holds a DRL file
        directory(bundledTable());
        Path drl = rules.resolve("extra.drl");
        Files.writeString(drl, """
                package org.inclusionscan.rules.extra;
                rule "extra"
                when
                then
                    System.setProperty("%s", "yes");
                end
                """.formatted(PWNED));

        // WHEN it is built data only, checked data only, and built as trusted code
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);
        Advisor trusted = Advisor.builder().rulesDirectory(rules).build();

        // THEN data only refuses the file, located; the trusted build takes it (and its code runs)
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(drl.toString());
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("code", "data only");
        });
        assertThat(check.passed()).isFalse();
        assertThat(check.ruleSet()).isEmpty();
        assertThat(check.problems()).extracting(RuleProblem::file).containsExactly(drl.toString());
        assertThat(System.getProperty(PWNED)).isNull();
        trusted.advise(ScoreCards.fromFactorMeans(Map.of()), Organisations.FLEMISH_SERVICE_CENTRE);
        assertThat(System.getProperty(PWNED)).as("DRL is code: the trusted build runs it").isEqualTo("yes");
    }

    @Test
    void dataOnlyAcceptsThresholdsTablesWordingAndScenariosAndAlsoAReloadingAdvisor() throws IOException {
        // GIVEN a data-only directory with a changed table, wording and a scenario
        directory(with(lines -> {
            lines.set(10, "factor.legislation.weak,legislation,99,de-stek");
            return lines;
        }));
        Files.writeString(rules.resolve("advice_en.properties"), "advice.factor.legislation.weak.title=Know the law\n");
        Files.createDirectory(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/weak-legislation.json"), """
                {"given": {"organisation": {"region": "flanders", "sector": "social-work"}, "factors": {"legislation": 2.0}},
                 "expect": {"recommendations": ["factor.legislation.weak"], "tools": ["de-stek"]}}
                """);

        // WHEN
        Advisor advisor = Advisor.builder().rulesDirectory(rules).dataOnly(true).build();
        ReloadingAdvisor reloading = Advisor.builder().rulesDirectory(rules).dataOnly(true).buildReloading();
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN
        var advice = advisor.advise(ScoreCards.fromFactorMeans(Map.of(Factor.LEGISLATION, 2.0)), Organisations.FLEMISH_SERVICE_CENTRE);
        assertThat(advice.recommendation("factor.legislation.weak")).get().extracting(r -> r.priority()).isEqualTo(99);
        assertThat(reloading.reload().version()).isEqualTo(advisor.ruleSet().version());
        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(check.scenarios()).hasSize(1);
    }

    @Test
    void aReloadingAdvisorInDataOnlyModeRefusesADrlFileAddedLaterAndKeepsItsRules() throws IOException {
        // GIVEN
        directory(bundledTable());
        ReloadingAdvisor advisor = Advisor.builder().rulesDirectory(rules).dataOnly(true).buildReloading();
        String version = advisor.ruleSet().version();
        Files.writeString(rules.resolve("late.drl"), "package x;\nrule \"late\" when then System.setProperty(\"" + PWNED + "\", \"yes\"); end\n");

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, advisor::reload);
        advisor.advise(ScoreCards.fromFactorMeans(Map.of()), Organisations.FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(refused.problems()).extracting(RuleProblem::file).containsExactly(rules.resolve("late.drl").toString());
        assertThat(advisor.ruleSet().version()).isEqualTo(version);
        assertThat(System.getProperty(PWNED)).isNull();
    }

    static Stream<Arguments> tablesThatTryToRunJava() {
        return Stream.of(
                Arguments.of("System.exit in a tool cell", cell(4, "System.exit(1)"), 11, 4),
                Arguments.of("a quote closing the tool string", cell(4, "\"de-stek\"\"); System.exit(1); (\"\"\""), 11, 4),
                Arguments.of("Runtime.exec in the priority cell", cell(3, "java.lang.Runtime.getRuntime().exec(\"\"x\"\")"), 11, 3),
                Arguments.of("eval in the factor cell", cell(2, "\"legislation\"\", eval(" + SET_PWNED + "), factorId == \"\"x\""), 11, 2),
                Arguments.of("code in the rule id", cell(1, "\"x\"\" when then " + SET_PWNED + " end rule \"\"y\""), 11, 1),
                Arguments.of("Runtime.exec in the action code row", with(lines -> {
                    lines.set(8, lines.get(8).replace("advice.suggest(kcontext, \"\"$param\"\");",
                            "java.lang.Runtime.getRuntime().exec(\"\"$param\"\");"));
                    return lines;
                }), 9, 4),
                Arguments.of("eval in the condition code row", with(lines -> {
                    lines.set(8, lines.get(8).replace("factorId == \"\"$param\"\"", "eval(" + SET_PWNED + " != null)"));
                    return lines;
                }), 9, 2),
                Arguments.of("a Functions row", with(lines -> {
                    lines.add(3, "Functions,\"function void f() { " + SET_PWNED + " }\",,");
                    return lines;
                }), 4, 1),
                Arguments.of("an extra import", with(lines -> {
                    lines.set(1, "Import,\"java.lang.Runtime, org.inclusionscan.rules.facts.*, org.inclusionscan.rules.Thresholds\",,");
                    return lines;
                }), 2, 2),
                Arguments.of("a second Import cell", with(lines -> {
                    lines.set(1, lines.get(1).replaceFirst(",,$", ",java.lang.Runtime,"));
                    return lines;
                }), 2, 3),
                // Found while fuzzing (issue #7): Drools starts a table at a note that begins with RuleTable,
                // and took the notes below it as that table's ACTION and code.
                Arguments.of("a table hidden in the notes", with(lines -> {
                    lines.addAll(3, List.of("Notes,RuleTable evil", "Notes,ACTION", "Notes,",
                            "Notes,\"" + SET_PWNED.replace("\"\"yes\"\"", "\"\"$param\"\"") + "\"", "Notes,title", "Notes,yes"));
                    return lines;
                }), 4, 2),
                Arguments.of("a table hidden in the notes in lower case", with(lines -> {
                    lines.add(3, "Notes,\" ruletable evil\"");
                    return lines;
                }), 4, 2),
                Arguments.of("a second note cell", with(lines -> {
                    lines.add(3, "Notes,text,Functions");
                    return lines;
                }), 4, 3),
                Arguments.of("a table started in the column titles", with(lines -> {
                    lines.set(9, "RuleTable evil,factor,priority,tools");
                    return lines;
                }), 10, 1),
                Arguments.of("a rule id that starts a table", cell(1, "ruletable-x"), 11, 1),
                // Found by TableFuzzTest: Drools makes a rule without conditions of a table without rows.
                Arguments.of("a table without rows", with(lines -> {
                    lines.subList(10, lines.size()).clear();
                    return lines;
                }), 6, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesThatTryToRunJava")
    void aTableThatTriesToRunJavaIsRefusedAtItsCellAndNothingRuns(String attempt, List<String> table, int line, int cell)
            throws IOException {
        // GIVEN
        Path file = directory(table);

        // WHEN it is built (in either mode) and checked
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());
        RuleSetException refusedAsTrusted = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).build());
        CheckReport check = RuleChecker.create().check(rules);

        // THEN it is refused before Drools compiles it, at the line and cell of the attempt, and nothing ran
        assertThat(refused).as("refused data only").isNotNull();
        assertThat(refusedAsTrusted).as("refused as trusted").isNotNull();
        assertThat(refused.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.message()).doesNotContain("generated from this table");
        });
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(cell);
        });
        assertThat(check.passed()).isFalse();
        assertThat(check.ruleSet()).isEmpty();
        assertThat(System.getProperty(PWNED)).isNull();
    }
}
