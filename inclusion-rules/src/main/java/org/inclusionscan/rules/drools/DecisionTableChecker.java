package org.inclusionscan.rules.drools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
                problems.add(new RuleProblem(file.display(), lineNumber, 0, e.getMessage()));
                i++;
                continue;
            }
            String first = cell(row, 0);
            if (isBlank(row)) {
                i++;
            } else if (first.equals("RuleSet")) {
                once(file, lineNumber, first, keywordLines, problems);
                if (!PACKAGE.matcher(cell(row, 1)).matches()) {
                    problems.add(new RuleProblem(file.display(), lineNumber, 2,
                            "the package (%s) must be lower-case words separated by dots".formatted(cell(row, 1))));
                }
                onlyCells(file, lineNumber, row, 2, problems);
                i++;
            } else if (first.equals("Import") || first.equals("Variables")) {
                once(file, lineNumber, first, keywordLines, problems);
                if (!cell(row, 1).equals(cell(templateRow(first), 1))) {
                    problems.add(new RuleProblem(file.display(), lineNumber, 2,
                            "the %s row must read (%s) as in the bundled %s; a table holds data, not code"
                                    .formatted(first, cell(templateRow(first), 1), TEMPLATE)));
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
                problems.add(new RuleProblem(file.display(), lineNumber, 1,
                        "(%s) is not allowed here: a table has only RuleSet, Import, Variables, Notes and RuleTable rows"
                                .formatted(shorten(first))));
                i++;
            }
        }
        if (!keywordLines.containsKey("RuleSet")) {
            problems.add(new RuleProblem(file.display(), 1, 1, "the RuleSet row (the package) is missing"));
        }
        // Without them the generated rules do not compile, and Drools' errors point at generated lines (found by fuzzing).
        for (String keyword : List.of("Import", "Variables")) {
            if (!keywordLines.containsKey(keyword)) {
                problems.add(new RuleProblem(file.display(), 1, 1, "the %s row is missing; copy it from the bundled %s"
                        .formatted(keyword, TEMPLATE)));
            }
        }
        if (tables == 0) {
            problems.add(RuleProblem.inFile(file.display(), "has no RuleTable"));
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
                problems.add(new RuleProblem(file.display(), lineNumber - 1, 1, "the table ends inside its header rows"));
                return i;
            }
            List<String> row = parseOrEmpty(file, lines.get(i), lineNumber, problems);
            List<String> expected = header.get(h);
            for (int c = 0; c < Math.max(row.size(), expected.size()); c++) {
                if (!cell(row, c).equals(cell(expected, c))) {
                    problems.add(new RuleProblem(file.display(), lineNumber, c + 1,
                            "this header cell must read (%s) as in the bundled %s; a table holds data, not code"
                                    .formatted(cell(expected, c), TEMPLATE)));
                }
            }
        }
        if (i < lines.size()) { // the column titles: free text for people, never compiled, but never a table's start
            List<String> titles = parseOrEmpty(file, lines.get(i), i + 1, problems);
            if (!titles.isEmpty() && titles.get(0).strip().startsWith(RULE_TABLE)) {
                problems.add(new RuleProblem(file.display(), i + 1, 1,
                        "(%s) would start another table; the row after the code rows holds the column titles"
                                .formatted(shorten(titles.get(0).strip()))));
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
            problems.add(new RuleProblem(file.display(), start + 1, 1,
                    "this table has no rule rows below its column titles; add a row or remove the table"));
        }
        return i < lines.size() ? i + 1 : i;
    }

    private void dataRow(RuleSource file, int lineNumber, List<String> row, Set<String> toolIds,
            Map<String, Integer> ruleLines, List<RuleInfo> rules, List<RuleProblem> problems) {
        String id = cell(row, 0);
        boolean valid = true;
        if (!RULE_ID.matcher(id).matches()) {
            problems.add(new RuleProblem(file.display(), lineNumber, 1,
                    "the rule id (%s) may hold only lower-case letters, digits, '-' and '.'".formatted(shorten(id))));
            valid = false;
        } else {
            Integer earlier = ruleLines.putIfAbsent(id, lineNumber);
            if (earlier != null) {
                problems.add(new RuleProblem(file.display(), lineNumber, 1,
                        "the rule id (%s) is already used on line %d".formatted(id, earlier)));
            }
        }
        String factor = cell(row, 1);
        try {
            Factor.fromId(factor);
        } catch (UnknownIdException e) {
            problems.add(new RuleProblem(file.display(), lineNumber, 2,
                    "the factor id (%s) is unknown; use one of %s".formatted(shorten(factor), HasId.validIds(Factor.class))));
        }
        String priority = cell(row, 2);
        if (!priority.matches("\\d{1,3}") || Integer.parseInt(priority) > 100) {
            problems.add(new RuleProblem(file.display(), lineNumber, 3,
                    "the priority (%s) must be a whole number from 0 to 100".formatted(shorten(priority))));
        }
        List<String> tools = AdviceCollector.splitIds(cell(row, 3));
        for (String tool : tools) {
            if (!TOOL_ID.matcher(tool).matches()) {
                problems.add(new RuleProblem(file.display(), lineNumber, 4,
                        "(%s) is not a tool id; list tool ids separated by commas".formatted(shorten(tool))));
            } else if (!toolIds.contains(tool)) {
                problems.add(new RuleProblem(file.display(), lineNumber, 4,
                        "the tool id (%s) is not in the tool catalogue".formatted(tool)));
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
            problems.add(new RuleProblem(file.display(), lineNumber, 1,
                    "a second %s row; a table has one, on line %d".formatted(keyword, earlier)));
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
                    problems.add(new RuleProblem(file.display(), i + 1, c + 1,
                            "(%s) would start a table hidden in this cell; only the first cell of a row may begin with %s"
                                    .formatted(shorten(value), RULE_TABLE)));
                }
            }
        }
    }

    private static void onlyCells(RuleSource file, int lineNumber, List<String> row, int allowed, List<RuleProblem> problems) {
        for (int c = allowed; c < row.size(); c++) {
            if (!row.get(c).isBlank()) {
                problems.add(new RuleProblem(file.display(), lineNumber, c + 1,
                        "this cell must be empty, found (%s)".formatted(shorten(row.get(c).strip()))));
            }
        }
    }

    private static List<String> parseOrEmpty(RuleSource file, String line, int lineNumber, List<RuleProblem> problems) {
        try {
            return Csv.parseLine(line);
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(file.display(), lineNumber, 0, e.getMessage()));
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
            if (quoted) {
                throw new IllegalArgumentException("a quote is not closed on this line (a cell may not span lines)");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
