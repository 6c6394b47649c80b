package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.fuzz.ProblemOracle;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.Organisations;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleInfo;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.rules.table.TableFile;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Fuzzes the factor table: the bundled {@code factor-weak.csv} (and the old {@code factor-weak.drl.csv}
 * form) changed cell by cell, row by row and byte by byte, with code, Drools keywords, quotes,
 * other separators, control characters, huge numbers and unknown ids. Each table is read with the
 * bundled thresholds in data-only mode, the way a policy team's directory is. The oracle: either it
 * is refused with problems located in the table (a row, and a cell where one is to blame), or it is
 * accepted, and then the rule base is exactly the bundled one (no rule came from the table), and
 * with every factor weak the table's recommendations are exactly the rows read, with catalogue
 * tools, and nothing else ran.
 *
 * <p>Each property runs {@code rules.fuzz.tries} times (300 by default).
 */
class TableFuzzTest {

    static final String FILE = "rules/factor-weak.csv";
    static final String LEGACY_FILE = "rules/factor-weak.drl.csv";
    static final String PWNED = "inclusionscan.pwned";
    static final List<String> BUNDLED = RuleSetSources.readBundled("factor-weak.csv").lines().toList();
    /** The old decision table as the bundled rules shipped it before the table became data. */
    static final List<String> LEGACY = legacy();
    private static final RuleSetSources DATA_ONLY = dataOnly();
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ToolCatalogue.defaults());
    private static final Set<String> BUNDLED_RULE_NAMES = ruleNames(DroolsAdvisor.defaults().compiled());

    /** Cell values: right and nearly right data, huge numbers, code, Drools keywords, quotes and separators. */
    static final List<String> CELLS = List.of("factor.x.weak", "factor.network-vitality.weak", "Factor.X", "x y", "a..b",
            "network-vitality", "vision", "Vision", "no-such-factor", "55", "0", "100", "101", "-1", "55.5", " 55 ", "55.0",
            "99999999999999999999999999", "1e309", "NaN", "inclusieweb", "no-such-tool", "inclusieweb,, de-stek",
            "inclusieweb; de-stek", "INCLUSIEWEB", "System.exit(1)", "java.lang.Runtime.getRuntime().exec(\"x\")",
            "\"); System.exit(1); (\"", "eval(true)", "$param", "${x}", "@{x}", "RuleTable x", " ruletable y", "\u0001RuleTable x",
            "RuleSet", "Import", "Variables", "Functions", "Queries", "Declare", "Notes", "Sequential", "CONDITION", "ACTION", "NAME",
            "PRIORITY", "SALIENCE", "NO-LOOP", "rule", "factor", "priority", "tools", "regel", "priorité", "@", "\"", "\"\"", ",",
            ";", "", " ", "\t", "é", "\u0000", "\u001c", "\u007f", "\u00a0", "\uFEFF", "\u2028", "\u202e", "=cmd|' /C calc'!A0",
            "<script>", "a".repeat(300));

    @AfterProperty
    void nothingRan() {
        assertThat(System.getProperty(PWNED)).as("a table ran code").isNull();
    }

    @Property
    void aTableChangedByRowsAndCellsIsReadAsItsRowsOrIsRefusedAtItsCells(@ForAll("tableMutations") List<TableMutation> mutations,
            @ForAll("lineBreaks") String lineBreak, @ForAll boolean legacy, @ForAll boolean semicolons) {
        List<String> lines = new ArrayList<>(legacy ? LEGACY : BUNDLED);
        if (semicolons && !legacy) {
            lines.replaceAll(line -> TableMutation.split(line).stream().map(cell -> cell.replace(", ", " ")).reduce((x, y) -> x + ";" + y)
                    .orElse(""));
        }
        for (TableMutation mutation : mutations) {
            lines = mutation.apply(lines, semicolons && !legacy ? ";" : ",");
        }
        String content = String.join(lineBreak, lines) + lineBreak;
        String outcome = table(legacy ? LEGACY_FILE : FILE, content.getBytes(StandardCharsets.UTF_8));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
        });
    }

    @Property
    void aTableChangedAsBytesIsReadAsItsRowsOrIsRefusedAtItsCells(@ForAll("byteMutations") List<Mutations.Bytes> mutations,
            @ForAll boolean legacy) {
        byte[] bytes = (String.join("\n", legacy ? LEGACY : BUNDLED) + "\n").getBytes(StandardCharsets.UTF_8);
        for (Mutations.Bytes mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        String outcome = table(legacy ? LEGACY_FILE : FILE, bytes);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
        });
    }

    /** Reads the table (data only, bundled thresholds) and checks the outcome: {@code accepted} or {@code refused}. */
    static String table(String display, byte[] bytes) {
        String name = display.substring(display.lastIndexOf('/') + 1);
        RuleSetSources sources = DATA_ONLY.withTable(Optional.of(new TableFile(name, display, bytes)));
        CompiledRuleSet rules;
        try {
            rules = COMPILER.compile(sources);
        } catch (RuleSetException e) {
            RuleFileOracle.tableProblemsAreLocated(e, display, ProblemOracle.lines(bytes));
            return "refused";
        }
        assertThat(ruleNames(rules)).as("the rule base is exactly the bundled one").isEqualTo(BUNDLED_RULE_NAMES);
        Set<String> rows = rules.tableRows().stream().map(FactorRuleRow::getId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules.rules()).extracting(RuleInfo::id).containsAll(rows);
        Map<Factor, Double> allWeak = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            allWeak.put(factor, 1.0);
        }
        Advice advice = rules.advise(ScoreCards.fromFactorMeans(allWeak), Organisations.FLEMISH_SERVICE_CENTRE,
                rows::contains);
        assertThat(advice.recommendations()).extracting(Recommendation::id).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(advice.recommendations()).allSatisfy(recommendation -> {
            assertThat(recommendation.priority()).isBetween(0, 100);
            assertThat(recommendation.tools()).allSatisfy(tool -> assertThat(ToolCatalogue.defaults().find(tool)).isPresent());
            assertThat(recommendation.explanation().matchedFacts()).anySatisfy(fact -> assertThat(fact).contains(name));
        });
        assertThat(System.getProperty(PWNED)).as("a table ran code").isNull();
        return "accepted";
    }

    /** The refusal of a table that {@link #table} refuses. */
    static RuleSetException refusal(String display, byte[] bytes) {
        String name = display.substring(display.lastIndexOf('/') + 1);
        try {
            COMPILER.compile(DATA_ONLY.withTable(Optional.of(new TableFile(name, display, bytes))));
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError("the table was accepted");
    }

    static Set<String> ruleNames(CompiledRuleSet rules) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            kiePackage.getRules().stream().map(Rule::getName).forEach(names::add);
        }
        return names;
    }

    private static RuleSetSources dataOnly() {
        RuleSetSources bundled = RuleSetSources.bundled();
        return new RuleSetSources("fuzz", "fuzz", bundled.rules(), bundled.thresholds(), List.of(), List.of(), bundled.table(),
                true, List.of());
    }

    private static List<String> legacy() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = TableFuzzTest.class.getResourceAsStream("/org/inclusionscan/rules/table/legacy-decision-table-head.csv")) {
            lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.addAll(BUNDLED);
        return List.copyOf(lines);
    }

    @Provide
    Arbitrary<String> lineBreaks() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Provide
    Arbitrary<List<TableMutation>> tableMutations() {
        return TableMutation.any().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Mutations.Bytes>> byteMutations() {
        return Mutations.bytes(List.of("\"", ",", ";", "\n", "\r", "\r\n", ",,,", "\"\"", "RuleTable x,", "Functions,",
                "System.exit(1)", "99999999999999999999", "\u001c", "\u0001RuleTable x", "\uFEFF", "\u0000"))
                .list().ofMinSize(1).ofMaxSize(3);
    }

    /** One change to a table's lines; rows and positions are taken modulo the table's size. */
    record TableMutation(Kind kind, int row, int column, String value, boolean quoted) {

        enum Kind { SET_CELL, INSERT_ROW, DELETE_ROW, DUPLICATE_ROW, SWAP_ROWS, SEPARATOR, INSERT_QUOTE, DELETE_QUOTE, TRUNCATE }

        static Arbitrary<TableMutation> any() {
            return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 200),
                    Arbitraries.integers().between(0, 6), Arbitraries.oneOf(Arbitraries.of(CELLS), Arbitraries.strings().ofMaxLength(8)),
                    Arbitraries.of(true, false)).as(TableMutation::new);
        }

        List<String> apply(List<String> lines, String separator) {
            List<String> result = new ArrayList<>(lines);
            if (result.isEmpty()) {
                result.add("");
            }
            int at = row % result.size();
            String line = result.get(at);
            switch (kind) {
                case SET_CELL -> {
                    List<String> cells = new ArrayList<>(split(line));
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, cell(value));
                    result.set(at, String.join(separator, cells));
                }
                case INSERT_ROW -> result.add(at, cell(value) + separator + cell(CELLS.get((row + column) % CELLS.size()))
                        + separator + cell(CELLS.get((row * 7 + column) % CELLS.size())) + separator);
                case DELETE_ROW -> result.remove(at);
                case DUPLICATE_ROW -> result.add((at + column) % result.size(), line);
                case SWAP_ROWS -> {
                    int other = (at + column + 1) % result.size();
                    result.set(at, result.get(other));
                    result.set(other, line);
                }
                case SEPARATOR -> result.set(at, line.replace(separator, quoted ? (separator.equals(",") ? ";" : ",") : "\t"));
                case INSERT_QUOTE -> {
                    int position = line.isEmpty() ? 0 : (column * 13 + value.length()) % line.length();
                    result.set(at, line.substring(0, position) + "\"" + line.substring(position));
                }
                case DELETE_QUOTE -> {
                    int quote = line.indexOf('"', line.isEmpty() ? 0 : (column * 13) % line.length());
                    if (quote >= 0) {
                        result.set(at, line.substring(0, quote) + line.substring(quote + 1));
                    }
                }
                case TRUNCATE -> {
                    result.set(at, line.substring(0, line.isEmpty() ? 0 : (column * 17 + value.length()) % line.length()));
                    result.subList(at + 1, result.size()).clear();
                }
            }
            return result;
        }

        /** A value as a CSV cell: quoted (quotes doubled), or as it is when {@code quoted} is false. */
        private String cell(String text) {
            return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }

        /** The cells of a line as written, quotes kept; a comma inside quotes does not split. */
        static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean inQuotes = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
                if ((c == ',' || c == ';') && !inQuotes) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }

        @Override
        public String toString() {
            return "%s(row %d, column %d, %s%s)".formatted(kind, row, column, quoted ? "quoted " : "", Mutations.shorten(value));
        }
    }
}
