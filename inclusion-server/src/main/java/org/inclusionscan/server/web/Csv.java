package org.inclusionscan.server.web;

import java.util.List;

/**
 * CSV for spreadsheets and mail merge (RFC 4180): a cell with a comma, semicolon, quote or line break
 * is quoted, and a cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
 * a carriage return) gets a leading apostrophe, so an opened file never computes anything.
 */
final class Csv {

    private Csv() {
    }

    /** One line of cells, ended with CRLF. */
    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r')) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
