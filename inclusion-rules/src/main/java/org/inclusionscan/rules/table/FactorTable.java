package org.inclusionscan.rules.table;

import static org.inclusionscan.rules.RuleMessageCode.TABLE_BAD_PRIORITY;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_BAD_RULE_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_CELL_NOT_EMPTY;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_CONTROL_CHARACTER;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_DUPLICATE_RULE_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_LEGACY;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_LEGACY_CHANGED;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NOT_A_TOOL_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NO_TITLES;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_READ_AS;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_TITLE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_UNKNOWN_FACTOR;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_UNKNOWN_TOOL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.rules.DidYouMean;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.drools.RuleInfo;
import org.inclusionscan.rules.facts.FactorRuleRow;

/**
 * A rule set's factor table, read by our own strict parser into plain rows: one row per
 * recommendation, with its id, factor, priority (0-100) and tools. Nothing in it is ever handed to
 * a compiler; the bundled rule {@code factor-table.weak} matches the rows as facts.
 *
 * <p>The first row that holds anything names the columns (rule, factor, priority, tools, in nl, fr
 * or en); each later row that holds anything is a rule. Every problem is located by its cell
 * ({@code factor-weak.xlsx: D11}). The old {@code factor-weak.drl.csv} is read too when its rows
 * above the column titles are those of the bundled decision table (they were code, and are no
 * longer used); otherwise it is refused with what to do.
 *
 * @param file  the table as the user knows it
 * @param rows  the rules, in row order
 * @param rules what each row is, for the rules table and consistency checks
 */
public record FactorTable(String file, List<FactorRuleRow> rows, List<RuleInfo> rules) {

    /** What a rule id looks like: lower-case words with '-' and '.' between them. */
    static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Pattern TOOL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PRIORITY = Pattern.compile("\\d{1,3}(\\.0+)?");
    private static final int MAX_ID_LENGTH = 100;
    /** The column titles' text keys, in column order. */
    private static final List<String> TITLES = List.of("rule", "factor", "priority", "tools");
    private static final String LEGACY_HEAD = "legacy-decision-table-head.csv";

    /**
     * Keeps unmodifiable copies of the rows and the rule descriptions.
     *
     * @param file  the table as the user knows it
     * @param rows  the rules, in row order
     * @param rules what each row is
     */
    public FactorTable {
        rows = List.copyOf(rows);
        rules = List.copyOf(rules);
    }

    /**
     * Reads a table file.
     *
     * @param file     the table file as read from disk
     * @param toolIds  the catalogue's tool ids
     * @param problems where problems are added (the table is then empty)
     * @param notices  where notes for the policy team are added: how the file was read, old forms
     * @return the table, or empty when it has problems
     */
    public static Optional<FactorTable> read(TableFile file, Set<String> toolIds, List<RuleProblem> problems,
            List<RuleProblem> notices) {
        int before = problems.size();
        Optional<Cells> cells = file.isXlsx() ? XlsxCells.read(file, problems, notices) : CsvCells.read(file, problems);
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        List<Cells.Row> rows = cells.get().rows().stream().filter(row -> !row.isBlank()).toList();
        for (Cells.Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                Optional<String> code = invisible(row.cells().get(c));
                if (code.isPresent()) {
                    problems.add(RuleProblem.atCell(file.display(), row.number(), c + 1, TABLE_CONTROL_CHARACTER, "code", code.get()));
                }
            }
        }
        // A cell already found wrong (a formula, a control character) is not reported again as a bad value.
        Set<String> reported = new HashSet<>();
        problems.subList(before, problems.size()).forEach(problem -> reported.add(problem.line() + ":" + problem.column()));
        List<RuleProblem> found = new ArrayList<>();
        int titles = 0;
        if (file.isLegacy()) {
            titles = legacyTitles(file, rows, problems);
            if (titles < 0) {
                return Optional.empty();
            }
            notices.add(RuleProblem.inFile(file.display(), TABLE_LEGACY));
        }
        notices.add(RuleProblem.inFile(file.display(), TABLE_READ_AS, "format", cells.get().format()));
        if (rows.size() <= titles) {
            problems.add(RuleProblem.inFile(file.display(), TABLE_NO_TITLES));
            return Optional.empty();
        }
        checkTitles(file, rows.get(titles), found);
        List<FactorRuleRow> read = new ArrayList<>();
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        for (Cells.Row row : rows.subList(titles + 1, rows.size())) {
            row(file, row, toolIds, rowOfId, found).ifPresent(factorRow -> {
                read.add(factorRow);
                infos.add(new RuleInfo(factorRow.getId(), file.name(), row.number(),
                        "Factor %s is below {factor.weak.below}.".formatted(factorRow.getFactor().id()), factorRow.getTools()));
            });
        }
        found.stream().filter(problem -> !reported.contains(problem.line() + ":" + problem.column())).forEach(problems::add);
        return problems.size() > before ? Optional.empty() : Optional.of(new FactorTable(file.display(), read, infos));
    }

    private static Optional<FactorRuleRow> row(TableFile file, Cells.Row row, Set<String> toolIds, Map<String, Integer> rowOfId,
            List<RuleProblem> problems) {
        int before = problems.size();
        String display = file.display();
        String id = tidy(row.cell(0));
        if (id.length() > MAX_ID_LENGTH || !RULE_ID.matcher(id).matches()) {
            problems.add(RuleProblem.atCell(display, row.number(), 1, TABLE_BAD_RULE_ID, "id", shorten(id)));
        } else {
            Integer earlier = rowOfId.putIfAbsent(id, row.number());
            if (earlier != null) {
                problems.add(RuleProblem.atCell(display, row.number(), 1, TABLE_DUPLICATE_RULE_ID, "id", id, "earlier", earlier));
            }
        }
        String factorId = tidy(row.cell(1));
        Factor factor = Arrays.stream(Factor.values()).filter(f -> f.id().equals(factorId)).findFirst().orElse(null);
        if (factor == null) {
            problems.add(RuleProblem.atCell(display, row.number(), 2, TABLE_UNKNOWN_FACTOR, DidYouMean.withHint(
                    factorId.toLowerCase(Locale.ROOT), Arrays.stream(Factor.values()).map(Factor::id).toList(), "factor", shorten(factorId))));
        }
        String priorityText = tidy(row.cell(2));
        int priority = -1;
        if (PRIORITY.matcher(priorityText).matches()) {
            priority = Integer.parseInt(priorityText.replaceFirst("\\..*", ""));
        }
        if (priority < 0 || priority > 100) {
            problems.add(RuleProblem.atCell(display, row.number(), 3, TABLE_BAD_PRIORITY, "priority", shorten(priorityText)));
        }
        List<String> tools = new ArrayList<>(new LinkedHashSet<>(splitIds(tidy(row.cell(3)))));
        for (String tool : tools) {
            if (!TOOL_ID.matcher(tool).matches() || tool.length() > MAX_ID_LENGTH) {
                problems.add(RuleProblem.atCell(display, row.number(), 4, TABLE_NOT_A_TOOL_ID, "tool", shorten(tool)));
            } else if (!toolIds.contains(tool)) {
                problems.add(RuleProblem.atCell(display, row.number(), 4, TABLE_UNKNOWN_TOOL,
                        DidYouMean.withHint(tool, toolIds, "tool", tool)));
            }
        }
        for (int c = TITLES.size(); c < row.cells().size(); c++) {
            if (!tidy(row.cells().get(c)).isEmpty()) {
                problems.add(RuleProblem.atCell(display, row.number(), c + 1, TABLE_CELL_NOT_EMPTY,
                        "cell", shorten(tidy(row.cells().get(c)))));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String source = "row " + row.number() + " of " + file.name();
        return Optional.of(new FactorRuleRow(id, factor, priority, tools, source));
    }

    private static void checkTitles(TableFile file, Cells.Row row, List<RuleProblem> problems) {
        for (int c = 0; c < Math.max(TITLES.size(), row.cells().size()); c++) {
            String found = tidy(row.cell(c));
            if (c >= TITLES.size()) {
                if (!found.isEmpty()) {
                    problems.add(RuleProblem.atCell(file.display(), row.number(), c + 1, TABLE_CELL_NOT_EMPTY, "cell", shorten(found)));
                }
            } else if (!isTitle(TITLES.get(c), found.toLowerCase(Locale.ROOT))) {
                problems.add(RuleProblem.atCell(file.display(), row.number(), c + 1, TABLE_TITLE,
                        "expected", "@rule-words.title." + TITLES.get(c), "found", shorten(found)));
            }
        }
    }

    /**
     * Whether {@code found} (lower case) names the column: its English id (what the bundled table uses,
     * checked without reading the other languages' texts at every start), or its title in a language.
     */
    private static boolean isTitle(String column, String found) {
        return column.equals(found) || titles(column).contains(found);
    }

    /** A column's title in every language (lower case), and its English id. */
    private static Set<String> titles(String column) {
        Set<String> titles = new LinkedHashSet<>();
        titles.add(column);
        for (Language language : Language.values()) {
            Texts.defaults().find(language, "rule-words.title." + column).ifPresent(title -> titles.add(title.toLowerCase(Locale.ROOT)));
        }
        return titles;
    }

    /**
     * The old decision table: its rows above the column titles must be the bundled table's (a
     * {@code Notes} row and the package of the {@code RuleSet} row may differ); returns the index
     * of the titles row, or -1 after adding a problem.
     */
    private static int legacyTitles(TableFile file, List<Cells.Row> rows, List<RuleProblem> problems) {
        List<List<String>> head = legacyHead();
        int index = 0;
        for (int i = 0; i < rows.size(); i++) {
            Cells.Row row = rows.get(i);
            String first = tidy(row.cell(0));
            if (first.equals("Notes") || first.equals("RuleSet")) {
                continue;
            }
            if (index == head.size()) {
                return i;
            }
            List<String> expected = head.get(index);
            List<String> found = trimmed(row.cells());
            if (!found.equals(expected)) {
                int column = 0;
                while (column < Math.min(found.size(), expected.size()) && found.get(column).equals(expected.get(column))) {
                    column++;
                }
                problems.add(RuleProblem.atCell(file.display(), row.number(), column + 1, TABLE_LEGACY_CHANGED,
                        "expected", shorten(column < expected.size() ? expected.get(column) : "")));
                return -1;
            }
            index++;
        }
        problems.add(RuleProblem.inFile(file.display(), TABLE_NO_TITLES));
        return -1;
    }

    /** The bundled decision table's rows above its column titles, without Notes and RuleSet rows. */
    private static List<List<String>> legacyHead() {
        try (InputStream in = FactorTable.class.getResourceAsStream(LEGACY_HEAD)) {
            if (in == null) {
                throw new IllegalStateException("The resource (" + LEGACY_HEAD + ") is missing from the jar.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            for (String line : CsvCells.lines(text)) {
                List<String> cells = trimmed(CsvCells.parse(line, ','));
                if (!cells.isEmpty() && !cells.get(0).equals("Notes") && !cells.get(0).equals("RuleSet")) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> result = new ArrayList<>(cells.stream().map(FactorTable::tidy).toList());
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    /**
     * A cell without the spaces around it: plain spaces, tabs and no-break spaces only. Control
     * characters are never removed quietly (Java's {@code trim()} removes U+0000 to U+001F, which
     * let a hidden table through an older checker); they are refused where they are.
     */
    static String tidy(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** The first invisible or control character of a cell, as {@code U+001C}; tabs and spaces are allowed. */
    static Optional<String> invisible(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F)
                    || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < cell.length()
                            && Character.isLowSurrogate(cell.charAt(i + 1)));
            if (control) {
                return Optional.of("U+%04X".formatted((int) c));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** Tool ids as written in a cell: separated by commas, semicolons or spaces. */
    static List<String> splitIds(String cell) {
        List<String> ids = new ArrayList<>();
        for (String part : cell.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                ids.add(part);
            }
        }
        return ids;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
