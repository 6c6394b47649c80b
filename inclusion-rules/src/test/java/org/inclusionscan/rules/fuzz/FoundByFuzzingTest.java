package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables that {@link TableFuzzTest} found. The first ones (issue #7) each passed the old decision
 * table checker and then failed inside Drools' spreadsheet compiler; the table is now data read by
 * our own parser, so each is either read as exactly its rows or refused at its cell. The 0x1C byte
 * (issue #12): inserted at offset 8, it reached Drools as an unlocated "no viable alternative" error.
 */
class FoundByFuzzingTest {

    private static List<String> legacy(UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(TableFuzzTest.LEGACY));
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] inserted(List<String> lines, int offset, int value) {
        byte[] original = bytes(lines);
        byte[] changed = new byte[original.length + 1];
        System.arraycopy(original, 0, changed, 0, offset);
        changed[offset] = (byte) value;
        System.arraycopy(original, offset, changed, offset + 1, original.length - offset);
        return changed;
    }

    /** The case, the file, its bytes, and where it is refused ("row:cell"), or empty when it is read as its rows. */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("no Import row: errors on lines of the generated DRL", TableFuzzTest.LEGACY_FILE, bytes(legacy(lines -> {
                    lines.remove(1);
                    return lines;
                })), Optional.of("2:1")),
                Arguments.of("no Variables row", TableFuzzTest.LEGACY_FILE, bytes(legacy(lines -> {
                    lines.remove(2);
                    return lines;
                })), Optional.of("5:1")),
                Arguments.of("a second RuleSet row (no longer read: harmless)", TableFuzzTest.LEGACY_FILE, bytes(legacy(lines -> {
                    lines.add(1, "RuleSet,org.inclusionscan.rules.other,,");
                    return lines;
                })), Optional.empty()),
                Arguments.of("a table that ends after its titles: Drools made a rule without conditions", TableFuzzTest.LEGACY_FILE,
                        bytes(legacy(lines -> {
                            lines.subList(10, lines.size()).clear();
                            return lines;
                        })), Optional.empty()),
                Arguments.of("a title right of the code columns: Drools threw DecisionTableParseException", TableFuzzTest.LEGACY_FILE,
                        bytes(legacy(lines -> {
                            lines.set(9, lines.get(9) + ",notes");
                            return lines;
                        })), Optional.of("10:5")),
                Arguments.of("a package with a Java keyword (no longer read: harmless)", TableFuzzTest.LEGACY_FILE,
                        bytes(legacy(lines -> {
                            lines.set(0, lines.get(0).replace("rules.defaults", "rules.default"));
                            return lines;
                        })), Optional.empty()),
                Arguments.of("issue 12: byte 0x1C at offset 8 of the old table", TableFuzzTest.LEGACY_FILE,
                        inserted(TableFuzzTest.LEGACY, 8, 0x1C), Optional.of("1:2")),
                Arguments.of("issue 12: byte 0x1C at offset 8 of the table", TableFuzzTest.FILE,
                        inserted(TableFuzzTest.BUNDLED, 8, 0x1C), Optional.of("1:2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void isReadAsItsRowsOrRefusedAtItsCell(String found, String file, byte[] table, Optional<String> refusedAt) {
        // WHEN it is read (TableFuzzTest.table checks an accepted table's rows and rule base, and that a refusal is located)
        String outcome = TableFuzzTest.table(file, table);

        // THEN
        if (refusedAt.isEmpty()) {
            assertThat(outcome).isEqualTo("accepted");
        } else {
            assertThat(outcome).isEqualTo("refused");
            RuleSetException error = TableFuzzTest.refusal(file, table);
            assertThat(error.problems()).extracting(problem -> problem.line() + ":" + problem.column()).contains(refusedAt.get());
            assertThat(error.problems()).allSatisfy(problem -> assertThat(problem.inCell() || problem.line() == 0).isTrue());
            assertThat(error.problems()).extracting(RuleProblem::file).containsOnly(file);
        }
    }
}
