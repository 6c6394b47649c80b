package org.inclusionscan.report;

import org.inclusionscan.report.impl.CsvReport;
import org.inclusionscan.report.impl.MarkdownEscaping;

/**
 * The escaping the reports use, for other writers of Markdown and CSV (the command line's forms
 * and catalogue): user text stays text, never markup, links or spreadsheet formulas.
 */
public final class Escaping {

    private static final MarkdownEscaping MARKDOWN = new MarkdownEscaping();

    private Escaping() {
    }

    /**
     * Text for a Markdown paragraph or table cell: no emphasis, link, HTML or cell break survives.
     *
     * @param text a user's text
     * @return the text, safe in Markdown
     */
    public static String markdown(String text) {
        return MARKDOWN.escape(text);
    }

    /**
     * A CSV text cell (RFC 4180): always quoted, with an apostrophe before a formula start at the
     * beginning and after any separator or line break, so it stays text with {@code ,} and with
     * {@code ;} as list separator (docs/report.md, "CSV"). Numbers are written bare, not through this.
     *
     * @param text a user's text
     * @return the quoted cell
     */
    public static String csv(String text) {
        return CsvReport.field(text);
    }
}
