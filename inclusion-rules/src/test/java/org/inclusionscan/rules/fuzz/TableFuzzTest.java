package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.inclusionscan.rules.drools.RuleInfo;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.RuleSource;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Fuzzes decision tables: the bundled {@code factor-weak.drl.csv} changed cell by cell, row by row
 * and byte by byte, with code, keywords, quotes, other separators, huge numbers and unknown ids.
 * Each table is compiled in memory alone (with the bundled thresholds), the way a rules directory's
 * table is. The oracle: either it is refused with problems located in the table (a line, and a
 * cell where one is to blame) before Drools compiles it, or it is accepted, and then the compiled
 * rules are exactly the rows the checker read (no rule hidden from the checker), and with every
 * factor weak they recommend exactly those rows with catalogue tools, and run nothing else.
 *
 * <p>Each property runs {@code rules.fuzz.tries} times (300 by default).
 */
class TableFuzzTest {

    static final String FILE = "rules/factor-weak.drl.csv";
    static final String PWNED = "inclusionscan.pwned";
    static final List<String> BUNDLED = RuleSetSources.readBundled("factor-weak.drl.csv").lines().toList();
    private static final List<RuleSource> THRESHOLDS = RuleSetSources.bundled().thresholds();
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(ToolCatalogue.defaults());

    /** Cell values: right and nearly right data, huge numbers, code, Drools keywords, quotes and separators. */
    static final List<String> CELLS = List.of("factor.x.weak", "factor.network-vitality.weak", "Factor.X", "x y", "a..b",
            "network-vitality", "vision", "Vision", "no-such-factor", "55", "0", "100", "101", "-1", "55.5", " 55 ",
            "99999999999999999999999999", "1e309", "NaN", "inclusieweb", "no-such-tool", "inclusieweb,, de-stek",
            "inclusieweb; de-stek", "INCLUSIEWEB", "System.exit(1)", "java.lang.Runtime.getRuntime().exec(\"x\")",
            "\"); System.exit(1); (\"", "eval(true)", "$param", "${x}", "@{x}", "RuleTable x", " ruletable y", "RuleSet",
            "Import", "Variables", "Functions", "Queries", "Declare", "Notes", "Sequential", "CONDITION", "ACTION", "NAME",
            "PRIORITY", "SALIENCE", "NO-LOOP", "@", "\"", "\"\"", ",", "", " ", "\t", "é", "\u0000", "\uFEFF", "\u2028",
            "<script>", "a".repeat(300));

    @AfterProperty
    void nothingRan() {
        assertThat(System.getProperty(PWNED)).as("a table ran code").isNull();
    }

    @Property
    void aTableChangedByRowsAndCellsCompilesToItsRowsOrIsRefusedAtItsLines(@ForAll("tableMutations") List<TableMutation> mutations,
            @ForAll("lineBreaks") String lineBreak) {
        List<String> lines = new ArrayList<>(BUNDLED);
        for (TableMutation mutation : mutations) {
            lines = mutation.apply(lines);
        }
        String content = String.join(lineBreak, lines) + lineBreak;
        String outcome = table(content);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
        });
    }

    @Property
    void aTableChangedAsBytesCompilesToItsRowsOrIsRefusedAtItsLines(@ForAll("byteMutations") List<Mutations.Bytes> mutations) {
        byte[] bytes = (String.join("\n", BUNDLED) + "\n").getBytes(StandardCharsets.UTF_8);
        for (Mutations.Bytes mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        String outcome;
        try {
            outcome = table(RuleSetSources.decode(bytes, FILE));
        } catch (RuleSetException e) {
            RuleFileOracle.tableProblemsAreLocated(e, FILE, ProblemOracle.lines(bytes));
            assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.line()).isPositive());
            outcome = "not-utf-8";
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
            coverage.check("not-utf-8").count(count -> count > 0);
        });
    }

    /** Compiles the table alone and checks the outcome: {@code accepted} or {@code refused}. */
    static String table(String content) {
        RuleSource table = new RuleSource("factor-weak.drl.csv", FILE, content);
        RuleSetSources sources = new RuleSetSources("fuzz", "fuzz", List.of(table), THRESHOLDS, Optional.empty(), List.of());
        CompiledRuleSet rules;
        try {
            rules = COMPILER.compile(sources);
        } catch (RuleSetException e) {
            RuleFileOracle.tableProblemsAreLocated(e, FILE, (int) content.lines().count());
            return "refused";
        }
        Set<String> checked = rules.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> compiled = new TreeSet<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            kiePackage.getRules().stream().map(Rule::getName).forEach(compiled::add);
        }
        assertThat(compiled).as("the rules Drools compiled are the rows the checker read").isEqualTo(checked);
        Map<Factor, Double> allWeak = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            allWeak.put(factor, 1.0);
        }
        Advice advice = rules.advise(ScoreCards.fromFactorMeans(allWeak), Organisations.FLEMISH_SERVICE_CENTRE);
        assertThat(advice.recommendations()).extracting(Recommendation::id).containsExactlyInAnyOrderElementsOf(checked);
        assertThat(advice.recommendations()).allSatisfy(recommendation -> {
            assertThat(recommendation.priority()).isBetween(0, 200);
            assertThat(recommendation.tools()).allSatisfy(tool -> assertThat(ToolCatalogue.defaults().find(tool)).isPresent());
        });
        assertThat(System.getProperty(PWNED)).as("a table ran code").isNull();
        return "accepted";
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
                "System.exit(1)", "99999999999999999999")).list().ofMinSize(1).ofMaxSize(3);
    }

    /** One change to a table's lines; rows and positions are taken modulo the table's size. */
    record TableMutation(Kind kind, int row, int column, String value, boolean quoted) {

        enum Kind { SET_CELL, INSERT_ROW, DELETE_ROW, DUPLICATE_ROW, SWAP_ROWS, SEPARATOR, INSERT_QUOTE, DELETE_QUOTE, TRUNCATE }

        static Arbitrary<TableMutation> any() {
            return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 200),
                    Arbitraries.integers().between(0, 6), Arbitraries.oneOf(Arbitraries.of(CELLS), Arbitraries.strings().ofMaxLength(8)),
                    Arbitraries.of(true, false)).as(TableMutation::new);
        }

        List<String> apply(List<String> lines) {
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
                    result.set(at, String.join(",", cells));
                }
                case INSERT_ROW -> result.add(at, cell(value) + "," + cell(CELLS.get((row + column) % CELLS.size()))
                        + "," + cell(CELLS.get((row * 7 + column) % CELLS.size())) + ",");
                case DELETE_ROW -> result.remove(at);
                case DUPLICATE_ROW -> result.add((at + column) % result.size(), line);
                case SWAP_ROWS -> {
                    int other = (at + column + 1) % result.size();
                    result.set(at, result.get(other));
                    result.set(other, line);
                }
                case SEPARATOR -> result.set(at, line.replace(",", quoted ? ";" : "\t"));
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
        private static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean inQuotes = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
                if (c == ',' && !inQuotes) {
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
