package org.inclusionscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file line by line as raw bytes, so that a line with invalid UTF-8 is reported by the
 * JSON parser for that line only, and a line longer than the limit is skipped (and reported)
 * without holding it in memory. Reads the stream in blocks of 64 kB and searches each block for
 * line breaks, so the thread that reads stays far ahead of the threads that score. Not thread-safe.
 */
final class LineReader {

    /** One line: its bytes, or {@code tooLong} when it passed the limit and was skipped. */
    record Line(long number, byte[] bytes, boolean tooLong, long length) {
    }

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final long maxLength;
    private final byte[] block = new byte[BLOCK];
    private int position;
    private int limit;
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
        boolean any = false;
        while (position < limit || fill()) {
            any = true;
            int end = indexOfLineBreak();
            int count = (end < 0 ? limit : end) - position;
            length += count;
            if (!tooLong && length > maxLength) {
                tooLong = true;
            }
            if (!tooLong) {
                if (size + count > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buffer.length * 2L, size + (long) count)));
                }
                System.arraycopy(block, position, buffer, size, count);
                size += count;
            }
            if (end >= 0) {
                position = end + 1;
                break;
            }
            position = limit;
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

    private int indexOfLineBreak() {
        for (int i = position; i < limit; i++) {
            if (block[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(block, 0, BLOCK);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
