package org.inclusionscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file line by line as raw bytes, so that a line with invalid UTF-8 is reported by the
 * JSON parser for that line only, and a line longer than the limit is skipped (and reported)
 * without holding it in memory. Not thread-safe.
 */
final class LineReader {

    /** One line: its bytes, or {@code tooLong} when it passed the limit and was skipped. */
    record Line(long number, byte[] bytes, boolean tooLong, long length) {
    }

    private final InputStream in;
    private final long maxLength;
    private byte[] buffer = new byte[8192];
    private long number;

    LineReader(InputStream in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its line break, or null at the end of the input. */
    Line next() throws IOException {
        int size = 0;
        long length = 0;
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            length++;
            if (length > maxLength) {
                tooLong = true;
                continue;
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(Integer.MAX_VALUE - 8, buffer.length * 2));
            }
            buffer[size++] = (byte) b;
        }
        if (!any) {
            return null;
        }
        if (!tooLong && size > 0 && buffer[size - 1] == '\r') {
            size--;
        }
        number++;
        byte[] bytes = tooLong ? new byte[0] : Arrays.copyOf(buffer, size);
        if (buffer.length > 1 << 20) {
            buffer = new byte[8192];
        }
        return new Line(number, bytes, tooLong, length);
    }
}
