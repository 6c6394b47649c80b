package org.inclusionscan.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Text for a terminal: control characters that could move the cursor, recolour or rewrite a line,
 * set the window title or the clipboard (ESC and OSC sequences, a bare carriage return), or reorder
 * what is shown (bidi overrides) are made visible as {@code \u001b}, so text a user wrote is shown,
 * never obeyed. Made visible: C0 (U+0000 to U+001F), DEL, C1 (U+0080 to U+009F), the bidi marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069)
 * and the line and paragraph separators U+2028 and U+2029.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** One line: every such character is made visible, line breaks and tabs too. */
    static String visible(String text) {
        return visible(text, false);
    }

    /**
     * @param keepLayout keep line feeds and tabs (for many lines at once, such as a log with a stack trace)
     */
    static String visible(String text, boolean keepLayout) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = isControl(c) && !(keepLayout && (c == '\n' || c == '\t'));
            if (hidden && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                shown.append(String.format("\\u%04x", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** Whether a terminal could act on this character instead of showing it. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    /** A writer for lines of text: what each {@code print} gets is made visible ({@link #visible(String)}). */
    static PrintWriter lines(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            @Override
            public void print(String text) {
                super.print(visible(text));
            }
        };
    }

    /**
     * A stream for messages whose every line is made visible ({@link #visible(String, boolean)}
     * keeping line feeds and tabs) before it reaches the stream below: the safety net under
     * everything written to standard error, log lines and stack traces included.
     */
    static PrintStream safe(OutputStream out) {
        return out instanceof SafeStream ? (PrintStream) out : new SafeStream(new LineFilter(out));
    }

    private static final class SafeStream extends PrintStream {
        SafeStream(LineFilter filter) {
            super(filter, true, StandardCharsets.UTF_8);
        }
    }

    /** Collects bytes up to a line feed (or a flush), then writes them decoded, made visible and encoded again. */
    private static final class LineFilter extends FilterOutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(OutputStream out) {
            super(out);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            emit();
            out.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            flush();
            out.close();
        }

        private void emit() throws IOException {
            if (line.size() == 0) {
                return;
            }
            byte[] bytes = line.toByteArray();
            int complete = completeUtf8(bytes);
            String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
            out.write(visible(text, true).getBytes(StandardCharsets.UTF_8));
            line.reset();
            line.write(bytes, complete, bytes.length - complete);
        }

        /** The length of the bytes without an unfinished UTF-8 sequence at the end (kept for the next write). */
        private static int completeUtf8(byte[] bytes) {
            int end = bytes.length;
            for (int back = 1; back <= 3 && end - back >= 0; back++) {
                int b = bytes[end - back] & 0xff;
                if (b < 0x80) {
                    return end;
                }
                if (b >= 0xc0) {
                    int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                    return back < needed ? end - back : end;
                }
            }
            return end;
        }
    }
}
