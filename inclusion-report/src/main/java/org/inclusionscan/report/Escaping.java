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
     * A CSV field (RFC 4180), with a leading apostrophe where a spreadsheet would see a formula.
     *
     * @param text a user's text
     * @return the field, quoted where needed
     */
    public static String csv(String text) {
        return CsvReport.field(text);
    }
}
