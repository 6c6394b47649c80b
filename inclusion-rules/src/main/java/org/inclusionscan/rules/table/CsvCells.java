package org.inclusionscan.rules.table;

import static org.inclusionscan.rules.RuleMessageCode.TABLE_UNCLOSED_QUOTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.drools.RuleSetSources;

/**
 * Reads a CSV table as spreadsheets save it: UTF-8 with or without a byte order mark, lines ending
 * in CRLF, LF or CR, cells separated by commas, semicolons (Excel in Dutch and Belgian settings)
 * or tabs, detected from the first row, and quoted or not ({@code ""} for a quote inside quotes).
 * A cell may not run onto the next line. Nothing is evaluated: a cell is its text.
 */
final class CsvCells {

    private CsvCells() {
    }

    static Optional<Cells> read(TableFile file, List<RuleProblem> problems) {
        String text;
        try {
            text = RuleSetSources.decode(file.bytes(), file.display());
        } catch (RuleSetException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = lines(text);
        char separator = ',';
        for (String line : lines) {
            if (!line.isBlank()) {
                separator = separator(line);
                break;
            }
        }
        List<Cells.Row> rows = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = parse(lines.get(i), separator);
            if (cells == null) {
                problems.add(RuleProblem.atCell(file.display(), i + 1, 0, TABLE_UNCLOSED_QUOTE));
            } else {
                rows.add(new Cells.Row(i + 1, cells));
            }
        }
        String format = switch (separator) {
            case ';' -> "@rule-words.table.format.semicolon";
            case '\t' -> "@rule-words.table.format.tab";
            default -> "@rule-words.table.format.comma";
        };
        return problems.size() > before ? Optional.empty() : Optional.of(new Cells(rows, format));
    }

    /** The lines of a text, split at CRLF, LF or CR (a spreadsheet saves one of them). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The separator of a row: whichever of ';', ',' and tab occurs most outside quotes (',' on a tie). */
    static char separator(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /**
     * The cells of one line; null when a quoted cell is not closed. A cell that starts with a quote
     * (after spaces) runs to the closing quote; text after it up to the separator is kept.
     */
    static List<String> parse(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            int start = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    cell.append(c);
                    i++;
                }
                if (!closed) {
                    return null;
                }
            } else {
                i = start;
            }
            while (i < line.length() && line.charAt(i) != separator) {
                cell.append(line.charAt(i));
                i++;
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (i >= line.length()) {
                return cells;
            }
            i++; // the separator
        }
    }
}
