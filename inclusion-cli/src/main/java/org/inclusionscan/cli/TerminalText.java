package org.inclusionscan.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.inclusionscan.i18n.ControlCharacters;

/**
 * Text for a terminal: the {@link ControlCharacters} in it are made visible as <code>&#92;u001b</code>, so
 * text a user wrote is shown, never obeyed.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** One line: every such character is made visible, line breaks and tabs too. */
    static String visible(String text) {
        return ControlCharacters.visible(text, false);
    }

    /**
     * @param keepLayout keep line feeds and tabs (for many lines at once, such as a log with a stack trace)
     */
    static String visible(String text, boolean keepLayout) {
        return ControlCharacters.visible(text, keepLayout);
    }

    /** Whether a terminal could act on this character instead of showing it. */
    static boolean isControl(char c) {
        return ControlCharacters.isControl(c);
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
    /**
     * The same filter as a plain stream, which passes write failures on (for results shown on a
     * terminal: a report on standard output).
     */
    static OutputStream filter(OutputStream out) {
        return new LineFilter(out);
    }

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
