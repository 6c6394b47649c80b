package org.inclusionscan.i18n;

/**
 * Characters a terminal (or a text viewer) may act on instead of showing: they can move the
 * cursor, recolour or rewrite a line, set the window title or the clipboard (ESC and OSC
 * sequences, a bare carriage return), or reorder what is shown (bidi overrides). Text people
 * wrote is shown with them made visible as <code>&#92;u001b</code>: C0 (U+0000 to U+001F), DEL, C1 (U+0080
 * to U+009F), the bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to
 * U+202E, U+2066 to U+2069) and the line and paragraph separators U+2028 and U+2029.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Whether a terminal could act on this character instead of showing it.
     *
     * @param c the character
     * @return true for a control, bidi or line separator character listed above
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    /**
     * The text with every such character, line breaks and tabs too, written as <code>&#92;uXXXX</code>.
     *
     * @param text the text to show, may be null
     * @return the text made safe to show, or {@code "null"} for null
     */
    public static String visible(String text) {
        return visible(text, false);
    }

    /**
     * The text with every such character written as <code>&#92;uXXXX</code>, optionally keeping its layout.
     *
     * @param text       the text to show, may be null
     * @param keepLayout keep line feeds, a carriage return right before a line feed, and tabs (for
     *                   many lines at once, such as a log with a stack trace or a CSV file)
     * @return the text made safe to show, or {@code "null"} for null
     */
    public static String visible(String text, boolean keepLayout) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\t' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            boolean hidden = isControl(c) && !(keepLayout && layout);
            if (hidden && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                shown.append("\\u").append(String.format("%04x", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }
}
