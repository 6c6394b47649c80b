package org.inclusionscan.cli;

/** Escaping for the text formats the command line writes itself (forms and catalogue). */
final class Escape {

    private Escape() {
    }

    /** A CSV field (RFC 4180), safe against formula injection in spreadsheets. */
    static String csv(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * Text inside a Markdown paragraph or table cell: no emphasis, link, image, HTML or table
     * cell break survives; characters that only act at the start of a line are escaped there.
     */
    static String markdown(String value) {
        StringBuilder result = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> result.append('\\').append(c);
                case '<' -> result.append("&lt;");
                case '&' -> result.append("&amp;");
                case '\n', '\r' -> result.append(' ');
                case '#', '+', '-', '>', '=' -> {
                    if (i == 0) {
                        result.append('\\');
                    }
                    result.append(c);
                }
                default -> result.append(c);
            }
        }
        return result.toString();
    }
}
