package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.RuleSource;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision tables that {@link TableFuzzTest} found (issue #7): each passed the table checker and
 * then failed in Drools (unlocated errors, a rule without conditions, or an exception that left
 * the compiler). Each is now refused by the checker at its line and cell.
 */
class FoundByFuzzingTest {

    private static List<String> with(UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(TableFuzzTest.BUNDLED));
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("no Import row: errors on lines of the generated DRL", with(lines -> {
                    lines.remove(1);
                    return lines;
                }), 1, 1),
                Arguments.of("no Variables row", with(lines -> {
                    lines.remove(2);
                    return lines;
                }), 1, 1),
                Arguments.of("a second RuleSet row", with(lines -> {
                    lines.add(1, "RuleSet,org.inclusionscan.rules.other,,");
                    return lines;
                }), 2, 1),
                Arguments.of("a table that ends after its titles: Drools makes a rule without conditions", with(lines -> {
                    lines.subList(10, lines.size()).clear();
                    return lines;
                }), 6, 1),
                Arguments.of("a title right of the code columns: Drools threw DecisionTableParseException", with(lines -> {
                    lines.set(9, lines.get(9) + ",notes");
                    return lines;
                }), 10, 5),
                Arguments.of("a package with a Java keyword (one byte deleted from 'defaults'): errors on generated lines", with(lines -> {
                    lines.set(0, lines.get(0).replace("rules.defaults", "rules.default"));
                    return lines;
                }), 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void isRefusedAtItsLineAndCell(String found, List<String> table, int line, int cell) {
        RuleSource source = new RuleSource("factor-weak.drl.csv", TableFuzzTest.FILE, String.join("\n", table) + "\n");
        RuleSetSources sources = new RuleSetSources("fuzz", "fuzz", List.of(source), RuleSetSources.bundled().thresholds(),
                Optional.empty(), List.of());

        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetCompiler(ToolCatalogue.defaults()).compile(sources));

        assertThat(refused).isNotNull();
        RuleFileOracle.tableProblemsAreLocated(refused, TableFuzzTest.FILE, table.size());
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(cell);
        });
    }
}
