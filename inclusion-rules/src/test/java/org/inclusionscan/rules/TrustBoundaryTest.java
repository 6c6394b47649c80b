package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The trust boundary (docs/reliability.md): DRL is code, so data-only mode refuses it; the factor
 * table is data, read by our own parser, never by a compiler, in either mode. In data-only mode the
 * rule base is the bundled, precompiled one, whatever the directory holds.
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

    /** A data-only directory (mode extend): the bundled thresholds and the table (whose lines the cases change). */
    private Path directory(List<String> tableLines) throws IOException {
        return directory("factor-weak.csv", tableLines);
    }

    private Path directory(String tableName, List<String> tableLines) throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=trust\nmode=extend\n");
        Files.writeString(rules.resolve("thresholds.properties"), RuleSetSources.readBundled("thresholds.properties"));
        Files.write(rules.resolve(tableName), tableLines);
        return rules.resolve(tableName);
    }

    static List<String> bundledTable() {
        return RuleSetSources.readBundled("factor-weak.csv").lines().toList();
    }

    /** The old decision table (factor-weak.drl.csv) as the bundled rules last shipped it. */
    static List<String> legacyTable() {
        List<String> lines = new ArrayList<>();
        try (var in = TrustBoundaryTest.class.getResourceAsStream("/org/inclusionscan/rules/table/legacy-decision-table-head.csv")) {
            lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        lines.addAll(bundledTable());
        return lines;
    }

    private static List<String> with(UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(bundledTable()));
    }

    private static List<String> legacyWith(UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(legacyTable()));
    }

    /** The table's first data row (row 2) with one cell replaced. */
    private static List<String> cell(int column, String value) {
        return with(lines -> {
            String[] cells = {"factor.legislation.weak", "legislation", "55", "de-stek"};
            cells[column - 1] = value;
            lines.set(1, String.join(",", cells));
            return lines;
        });
    }

    /** A CSV line with semicolons between its cells (commas inside quotes stay). */
    static String semicolons(String line) {
        StringBuilder result = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            quoted ^= c == '"';
            result.append(c == ',' && !quoted ? ';' : c);
        }
        return result.toString();
    }

    private static Set<String> ruleNames(CompiledRuleSet ruleSet) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : ruleSet.kieBase().getKiePackages()) {
            kiePackage.getRules().stream().map(Rule::getName).forEach(names::add);
        }
        return names;
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
            lines.set(1, "factor.legislation.weak,legislation,99,de-stek");
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

    static Stream<Arguments> dataOnlyDirectories() {
        return Stream.of(
                Arguments.of("the bundled table", "factor-weak.csv", bundledTable(), "extend"),
                Arguments.of("the table with semicolons", "factor-weak.csv", with(lines -> {
                    lines.replaceAll(TrustBoundaryTest::semicolons);
                    return lines;
                }), "extend"),
                Arguments.of("a table of one row, mode replace", "factor-weak.csv",
                        List.of("rule,factor,priority,tools", "my.own.rule,vision,99,opiniestuk"), "replace"),
                Arguments.of("a table without rows", "factor-weak.csv", List.of("regel;factor;prioriteit;tools"), "extend"),
                Arguments.of("the old decision table", "factor-weak.drl.csv", legacyTable(), "extend"),
                Arguments.of("the old decision table with a table hidden in its notes", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.addAll(3, List.of("Notes,RuleTable evil", "Notes,ACTION", "Notes,",
                            "Notes,\"" + SET_PWNED.replace("\"\"yes\"\"", "\"\"$param\"\"") + "\"", "Notes,title", "Notes,yes"));
                    return lines;
                }), "extend"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataOnlyDirectories")
    void aDataOnlyDirectoryRunsExactlyTheBundledPrecompiledRules(String shape, String tableName, List<String> table, String mode)
            throws IOException {
        // GIVEN
        directory(tableName, table);
        Files.writeString(rules.resolve("ruleset.properties"), "name=trust\nmode=" + mode + "\n");

        // WHEN
        CompiledRuleSet ruleSet = new RuleSetCompiler(ToolCatalogue.defaults()).compile(RuleSetSources.fromDirectory(rules, true));
        Advisor advisor = Advisor.builder().rulesDirectory(rules).dataOnly(true).build();

        // THEN the rule base is the bundled one itself (nothing was compiled), and nothing ran
        CompiledRuleSet bundled = DroolsAdvisor.defaults().compiled();
        assertThat(ruleNames(ruleSet)).isEqualTo(ruleNames(bundled));
        assertThat(ruleSet.kieBase()).isSameAs(bundled.kieBase());
        assertThat(ruleSet.precompiled()).isEqualTo(bundled.precompiled());
        advisor.advise(ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 1.0)), Organisations.FLEMISH_SERVICE_CENTRE);
        assertThat(System.getProperty(PWNED)).isNull();
    }

    /** Issue 12's reproduction, its control character replaced by each of U+0000 to U+001F and U+007F. */
    static Stream<Arguments> theIssuesReproductionWithEveryControlCharacter() {
        return Stream.of("factor-weak.drl.csv", "factor-weak.csv").flatMap(table ->
                IntStream.concat(IntStream.rangeClosed(0, 0x1F), IntStream.of(0x7F)).mapToObj(c -> Arguments.of(table, c)));
    }

    @ParameterizedTest(name = "{0} with U+{1}")
    @MethodSource("theIssuesReproductionWithEveryControlCharacter")
    void theHiddenTableOfIssue12IsRefusedOrHarmless(String tableName, int control) throws IOException {
        // GIVEN the rows of the issue inserted before the fifth line, \u0001 replaced by the control character
        Path marker = rules.resolve("pwned");
        List<String> lines = new ArrayList<>(tableName.equals("factor-weak.csv") ? bundledTable() : legacyTable());
        lines.addAll(4, List.of("Notes," + (char) control + "RuleTable evil", "Notes,ACTION", "Notes,",
                "Notes,\"new java.io.File(\"\"" + marker + "\"\").mkdir();\"", "Notes,pwn", "Notes,X"));
        Files.writeString(rules.resolve("ruleset.properties"), "name=trust\nmode=extend\n");
        Files.writeString(rules.resolve(tableName), String.join("\n", lines));

        // WHEN it is built data only, checked, and built as trusted code
        RuleSetException dataOnly = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build()
                        .advise(ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 1.0)), Organisations.FLEMISH_SERVICE_CENTRE));
        RuleSetException trusted = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).build()
                        .advise(ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 1.0)), Organisations.FLEMISH_SERVICE_CENTRE));
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN nothing ran, and a refusal names the table and a row in it
        assertThat(marker).doesNotExist();
        for (RuleSetException refused : new RuleSetException[] {dataOnly, trusted}) {
            if (refused != null) {
                assertThat(refused.problems()).allSatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(rules.resolve(tableName).toString());
                    assertThat(problem.line()).isPositive();
                });
            }
        }
        assertThat(check.passed()).isEqualTo(dataOnly == null);
        if (tableName.equals("factor-weak.csv") || control != '\t') {
            assertThat(dataOnly).as("refused: the control character or the row is not data").isNotNull();
        }
    }

    static Stream<Arguments> tablesThatTryToRunJava() {
        return Stream.of(
                Arguments.of("System.exit in a tool cell", "factor-weak.csv", cell(4, "System.exit(1)"), "2:4"),
                Arguments.of("a quote closing the tool string", "factor-weak.csv",
                        cell(4, "\"de-stek\"\"); System.exit(1); (\"\"\""), "2:4"),
                Arguments.of("Runtime.exec in the priority cell", "factor-weak.csv",
                        cell(3, "java.lang.Runtime.getRuntime().exec(\"\"x\"\")"), "2:3"),
                Arguments.of("eval in the factor cell", "factor-weak.csv",
                        cell(2, "\"legislation\"\", eval(" + SET_PWNED + "), factorId == \"\"x\""), "2:2"),
                Arguments.of("code in the rule id", "factor-weak.csv", cell(1, "\"x\"\" when then " + SET_PWNED + " end rule \"\"y\""), "2:1"),
                Arguments.of("a spreadsheet formula in a tool cell", "factor-weak.csv", cell(4, "=cmd|' /C calc'!A0"), "2:4"),
                Arguments.of("the old table: Runtime.exec in the action code row", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.set(8, lines.get(8).replace("advice.suggest(kcontext, \"\"$param\"\");",
                            "java.lang.Runtime.getRuntime().exec(\"\"$param\"\");"));
                    return lines;
                }), "9:4"),
                Arguments.of("the old table: eval in the condition code row", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.set(8, lines.get(8).replace("factorId == \"\"$param\"\"", "eval(" + SET_PWNED + " != null)"));
                    return lines;
                }), "9:2"),
                Arguments.of("the old table: a Functions row", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.add(3, "Functions,\"function void f() { " + SET_PWNED + " }\",,");
                    return lines;
                }), "4:1"),
                Arguments.of("the old table: an extra import", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.set(1, "Import,\"java.lang.Runtime, org.inclusionscan.rules.facts.*, org.inclusionscan.rules.Thresholds\",,");
                    return lines;
                }), "2:2"),
                Arguments.of("the old table: a second Import cell", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.set(1, lines.get(1).replaceFirst(",,$", ",java.lang.Runtime,"));
                    return lines;
                }), "2:3"),
                Arguments.of("the old table: a table started in the column titles", "factor-weak.drl.csv", legacyWith(lines -> {
                    lines.set(9, "RuleTable evil,factor,priority,tools");
                    return lines;
                }), "10:1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablesThatTryToRunJava")
    void aTableThatTriesToRunJavaIsRefusedAtItsCellAndNothingRuns(String attempt, String tableName, List<String> table,
            String refusedAt) throws IOException {
        // GIVEN
        Path file = directory(tableName, table);

        // WHEN it is built (in either mode) and checked
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());
        RuleSetException refusedAsTrusted = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).build());
        CheckReport check = RuleChecker.create().check(rules);

        // THEN it is refused at the cell of the attempt, and nothing ran
        assertThat(refused).as("refused data only").isNotNull();
        assertThat(refusedAsTrusted).as("refused as trusted").isNotNull();
        assertThat(refused.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.inCell()).isTrue();
        });
        assertThat(refused.problems()).extracting(problem -> problem.line() + ":" + problem.column()).contains(refusedAt);
        assertThat(check.passed()).isFalse();
        assertThat(check.ruleSet()).isEmpty();
        assertThat(System.getProperty(PWNED)).isNull();
    }
}
