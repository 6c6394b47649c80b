package org.inclusionscan.report.impl;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import java.util.regex.Pattern;
import org.inclusionscan.i18n.ControlCharacters;

/**
 * Makes a string inert in Markdown (CommonMark and GitHub's dialect): characters that start
 * links, images, emphasis, code, raw HTML, entities or table cells get a backslash; line breaks
 * become spaces so a value cannot open a heading, list or quote; a leading block marker
 * ({@code # }, {@code - }, {@code + }, {@code = }, {@code 1. }) is escaped. Numbers such as
 * {@code +0.25} or {@code 2.5} stay as they are. Other control characters (ESC, C1, bidi
 * overrides: {@link ControlCharacters}) are made visible as <code>&#92;u001b</code>, since Markdown is often
 * read in a terminal. So an organisation named {@code [x](javascript:alert(1))} or {@code <script>} stays text.
 */
public final class MarkdownEscaping implements EscapingStrategy {

    private static final String ACTIVE = "\\`*_[]<>|&~!{}";
    private static final Pattern LEADING_ORDERED_LIST = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");
    private static final Pattern LEADING_BLOCK_MARKER = Pattern.compile("^([#+=-])(?=\\s|$|\\1)");

    @Override
    public String escape(String input) {
        if (input == null || input.isEmpty()) {
            return input;
        }
        String flat = input.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder result = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (ControlCharacters.isControl(c)) {
                result.append(ControlCharacters.visible(String.valueOf(c)));
                continue;
            }
            if (ACTIVE.indexOf(c) >= 0) {
                result.append('\\');
            }
            result.append(c);
        }
        String escaped = LEADING_BLOCK_MARKER.matcher(result.toString()).replaceFirst("\\\\$1");
        return LEADING_ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
