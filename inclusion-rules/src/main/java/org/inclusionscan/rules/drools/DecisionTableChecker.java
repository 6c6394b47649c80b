package org.inclusionscan.rules.drools;

import static org.inclusionscan.rules.RuleMessageCode.TABLE_BAD_PACKAGE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_BAD_PRIORITY;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_BAD_RULE_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_CELL_NOT_EMPTY;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_CODE_ROW;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_DUPLICATE_RULE_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_HEADER_CELL;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_HEADER_ENDS;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_HIDDEN_TABLE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_MISSING_ROW;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NOT_ALLOWED;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NOT_A_TOOL_ID;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NO_ROWS;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NO_RULESET_ROW;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_NO_RULE_TABLE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_SECOND_KEYWORD_ROW;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_TITLES_START_TABLE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_UNCLOSED_QUOTE;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_UNKNOWN_FACTOR;
import static org.inclusionscan.rules.RuleMessageCode.TOOL_UNKNOWN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.facts.AdviceCollector;

/**
 * Checks a CSV decision table before Drools sees it, so that a table stays data only: its
 * keyword and header rows must be exactly those of the bundled {@code factor-weak.drl.csv}
 * (the code lives there, not in a policy team's cells), and its rows may hold only a rule id, a
 * factor id, a priority (0-100) and tool ids from the catalogue. Every problem is located by line
 * and cell (A = 1).
 */
final class DecisionTableChecker {

    /** The bundled table whose code rows every table must repeat. */
    static final String TEMPLATE = "factor-weak.drl.csv";

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern TOOL_ID = Pattern.compile("[a-z0-9-]+");
    private static final int HEADER_ROWS = 3;
    private static final String RULE_TABLE = "RuleTable";

    private final List<List<String>> templateRows;

    private DecisionTableChecker(List<List<String>> templateRows) {
        this.templateRows = templateRows;
    }

    static DecisionTableChecker fromBundledTemplate() {
        return new DecisionTableChecker(Csv.rows(RuleSetSources.readBundled(TEMPLATE)));
    }

    private List<String> templateRow(String keyword) {
        return templateRows.stream().filter(row -> !row.isEmpty() && row.get(0).strip().startsWith(keyword)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The template table has no " + keyword + " row."));
    }

    private List<List<String>> templateHeader() {
        for (int i = 0; i < templateRows.size(); i++) {
            if (!templateRows.get(i).isEmpty() && templateRows.get(i).get(0).strip().startsWith("RuleTable")) {
                return templateRows.subList(i + 1, i + 1 + HEADER_ROWS);
            }
        }
        throw new IllegalStateException("The template table has no RuleTable row.");
    }

    List<RuleInfo> check(RuleSource file, Set<String> toolIds, List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        List<String> lines = file.content().lines().toList();
        Map<String, Integer> ruleLines = new HashMap<>();
        Map<String, Integer> keywordLines = new HashMap<>();
        int tables = 0;
        int i = 0;
        hiddenTables(file, lines, problems);
        while (i < lines.size()) {
            int lineNumber = i + 1;
            List<String> row;
            try {
                row = Csv.parseLine(lines.get(i));
            } catch (IllegalArgumentException e) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 0, TABLE_UNCLOSED_QUOTE));
                i++;
                continue;
            }
            String first = cell(row, 0);
            if (isBlank(row)) {
                i++;
            } else if (first.equals("RuleSet")) {
                once(file, lineNumber, first, keywordLines, problems);
                // A segment that is a Java keyword ("default") passes the pattern but not Drools' Java compiler.
                if (!PACKAGE.matcher(cell(row, 1)).matches() || !SourceVersion.isName(cell(row, 1))) {
                    problems.add(RuleProblem.at(file.display(), lineNumber, 2, TABLE_BAD_PACKAGE, "package", cell(row, 1)));
                }
                onlyCells(file, lineNumber, row, 2, problems);
                i++;
            } else if (first.equals("Import") || first.equals("Variables")) {
                once(file, lineNumber, first, keywordLines, problems);
                if (!cell(row, 1).equals(cell(templateRow(first), 1))) {
                    problems.add(RuleProblem.at(file.display(), lineNumber, 2, TABLE_CODE_ROW,
                            "keyword", first, "expected", cell(templateRow(first), 1), "template", TEMPLATE));
                }
                onlyCells(file, lineNumber, row, 2, problems);
                i++;
            } else if (first.equals("Notes")) {
                // Only cell B: Drools reads every cell, and a second text could be taken for a keyword.
                onlyCells(file, lineNumber, row, 2, problems);
                i++;
            } else if (first.startsWith(RULE_TABLE)) {
                tables++;
                i = table(file, lines, i, toolIds, ruleLines, rules, problems);
            } else {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, TABLE_NOT_ALLOWED, "cell", shorten(first)));
                i++;
            }
        }
        if (!keywordLines.containsKey("RuleSet")) {
            problems.add(RuleProblem.at(file.display(), 1, 1, TABLE_NO_RULESET_ROW));
        }
        // Without them the generated rules do not compile, and Drools' errors point at generated lines (found by fuzzing).
        for (String keyword : List.of("Import", "Variables")) {
            if (!keywordLines.containsKey(keyword)) {
                problems.add(RuleProblem.at(file.display(), 1, 1, TABLE_MISSING_ROW, "keyword", keyword, "template", TEMPLATE));
            }
        }
        if (tables == 0) {
            problems.add(RuleProblem.inFile(file.display(), TABLE_NO_RULE_TABLE));
        }
        return rules;
    }

    /** Checks one table from its RuleTable row; returns the index of the line after it. */
    private int table(RuleSource file, List<String> lines, int start, Set<String> toolIds, Map<String, Integer> ruleLines,
            List<RuleInfo> rules, List<RuleProblem> problems) {
        List<List<String>> header = templateHeader();
        int i = start + 1;
        for (int h = 0; h < HEADER_ROWS; h++, i++) {
            int lineNumber = i + 1;
            if (i >= lines.size()) {
                problems.add(RuleProblem.at(file.display(), lineNumber - 1, 1, TABLE_HEADER_ENDS));
                return i;
            }
            List<String> row = parseOrEmpty(file, lines.get(i), lineNumber, problems);
            List<String> expected = header.get(h);
            for (int c = 0; c < Math.max(row.size(), expected.size()); c++) {
                if (!cell(row, c).equals(cell(expected, c))) {
                    problems.add(RuleProblem.at(file.display(), lineNumber, c + 1, TABLE_HEADER_CELL,
                            "expected", cell(expected, c), "template", TEMPLATE));
                }
            }
        }
        if (i < lines.size()) { // the column titles: free text for people, never compiled, but never a table's start
            List<String> titles = parseOrEmpty(file, lines.get(i), i + 1, problems);
            if (!titles.isEmpty() && titles.get(0).strip().startsWith(RULE_TABLE)) {
                problems.add(RuleProblem.at(file.display(), i + 1, 1, TABLE_TITLES_START_TABLE, "cell", shorten(titles.get(0).strip())));
            }
            // Drools reads a title right of the code columns as a code description and fails (found by fuzzing).
            onlyCells(file, i + 1, titles, header.get(0).size(), problems);
        }
        i++;
        int rows = 0;
        for (; i < lines.size(); i++) {
            int lineNumber = i + 1;
            List<String> row = parseOrEmpty(file, lines.get(i), lineNumber, problems);
            if (isBlank(row)) {
                break;
            }
            dataRow(file, lineNumber, row, toolIds, ruleLines, rules, problems);
            rows++;
        }
        if (rows == 0) {
            // Drools makes a rule without conditions or actions of a table without rows (found by fuzzing).
            problems.add(RuleProblem.at(file.display(), start + 1, 1, TABLE_NO_ROWS));
        }
        return i < lines.size() ? i + 1 : i;
    }

    private void dataRow(RuleSource file, int lineNumber, List<String> row, Set<String> toolIds,
            Map<String, Integer> ruleLines, List<RuleInfo> rules, List<RuleProblem> problems) {
        String id = cell(row, 0);
        boolean valid = true;
        if (!RULE_ID.matcher(id).matches()) {
            problems.add(RuleProblem.at(file.display(), lineNumber, 1, TABLE_BAD_RULE_ID, "id", shorten(id)));
            valid = false;
        } else {
            Integer earlier = ruleLines.putIfAbsent(id, lineNumber);
            if (earlier != null) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, TABLE_DUPLICATE_RULE_ID, "id", id, "earlier", earlier));
            }
        }
        String factor = cell(row, 1);
        try {
            Factor.fromId(factor);
        } catch (UnknownIdException e) {
            problems.add(RuleProblem.at(file.display(), lineNumber, 2, TABLE_UNKNOWN_FACTOR,
                    "factor", shorten(factor), "valid", HasId.validIds(Factor.class)));
        }
        String priority = cell(row, 2);
        if (!priority.matches("\\d{1,3}") || Integer.parseInt(priority) > 100) {
            problems.add(RuleProblem.at(file.display(), lineNumber, 3, TABLE_BAD_PRIORITY, "priority", shorten(priority)));
        }
        List<String> tools = AdviceCollector.splitIds(cell(row, 3));
        for (String tool : tools) {
            if (!TOOL_ID.matcher(tool).matches()) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 4, TABLE_NOT_A_TOOL_ID, "tool", shorten(tool)));
            } else if (!toolIds.contains(tool)) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 4, TOOL_UNKNOWN, "tool", tool));
            }
        }
        onlyCells(file, lineNumber, row, 4, problems);
        if (valid) {
            rules.add(new RuleInfo(id, file.name(), lineNumber,
                    "Factor %s is below {factor.weak.below}.".formatted(factor), tools));
        }
    }

    private static void once(RuleSource file, int lineNumber, String keyword, Map<String, Integer> keywordLines,
            List<RuleProblem> problems) {
        Integer earlier = keywordLines.putIfAbsent(keyword, lineNumber);
        if (earlier != null) {
            problems.add(RuleProblem.at(file.display(), lineNumber, 1, TABLE_SECOND_KEYWORD_ROW, "keyword", keyword, "earlier", earlier));
        }
    }

    /**
     * Drools starts a table at any cell, in any column, that begins with {@code RuleTable} in any
     * case, even inside a note or the column titles, and takes the cells below it as that table's
     * code rows (issue #7: a note {@code RuleTable x} followed by notes holding an ACTION and Java
     * code ran that code). So only the first cell of a row that this checker reads as a RuleTable
     * row may begin so.
     */
    private static void hiddenTables(RuleSource file, List<String> lines, List<RuleProblem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> row;
            try {
                row = Csv.parseLine(lines.get(i));
            } catch (IllegalArgumentException e) {
                continue; // reported where the row is read
            }
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c).strip();
                boolean tableRow = c == 0 && value.startsWith(RULE_TABLE);
                if (!tableRow && value.toLowerCase(Locale.ROOT).startsWith(RULE_TABLE.toLowerCase(Locale.ROOT))) {
                    problems.add(RuleProblem.at(file.display(), i + 1, c + 1, TABLE_HIDDEN_TABLE,
                            "cell", shorten(value), "keyword", RULE_TABLE));
                }
            }
        }
    }

    private static void onlyCells(RuleSource file, int lineNumber, List<String> row, int allowed, List<RuleProblem> problems) {
        for (int c = allowed; c < row.size(); c++) {
            if (!row.get(c).isBlank()) {
                problems.add(RuleProblem.at(file.display(), lineNumber, c + 1, TABLE_CELL_NOT_EMPTY, "cell", shorten(row.get(c).strip())));
            }
        }
    }

    private static List<String> parseOrEmpty(RuleSource file, String line, int lineNumber, List<RuleProblem> problems) {
        try {
            return Csv.parseLine(line);
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.at(file.display(), lineNumber, 0, TABLE_UNCLOSED_QUOTE));
            return List.of();
        }
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A minimal CSV reader: comma-separated cells, double quotes around cells, {@code ""} for a quote. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> rows(String content) {
            return content.lines().map(Csv::parseLine).toList();
        }

        static List<String> parseLine(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) { // the only line it refuses: reported as TABLE_UNCLOSED_QUOTE
                throw new IllegalArgumentException("a quote is not closed on this line (a cell may not span lines)");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
