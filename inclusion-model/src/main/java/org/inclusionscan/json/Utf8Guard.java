package org.inclusionscan.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses the byte 0xFF in a UTF-8 document, where it can never occur. Jackson 2.18 pads the last
 * bytes of a field name with 0xFF when it looks names up, so a key with a stray 0xFF at its end
 * matched the key without it and the document was read as if the byte were not there (found by
 * BatchLinesPropertyTest). UTF-16 and UTF-32 documents, where 0xFF is an ordinary byte, are told
 * apart by their first bytes as JSON's encoding detection does (a zero byte among the first four,
 * or a UTF-16 byte order mark) and pass unchecked; Jackson checks the rest of UTF-8 itself.
 */
final class Utf8Guard extends FilterInputStream {

    private static final int UNDECIDED = -1;

    private final byte[] head = new byte[4];
    private int headLength;
    private int utf8 = UNDECIDED;
    private long offset;

    Utf8Guard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            check(new byte[] {(byte) value}, 0, 1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int read = super.read(buffer, from, length);
        if (read > 0) {
            check(buffer, from, read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unchecked; read them instead.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] buffer, int from, int length) throws CharConversionException {
        if (utf8 == 0) {
            return;
        }
        if (utf8 == 1) {
            int end = from + length;
            for (int i = from; i < end; i++) {
                if (buffer[i] == (byte) 0xFF) {
                    refuseFf(buffer[i], offset + i - from);
                }
            }
            offset += length;
            return;
        }
        for (int i = from; i < from + length; i++) {
            long at = offset + i - from;
            if (utf8 == UNDECIDED) {
                head[headLength++] = buffer[i];
                decide();
                if (utf8 == 1) {
                    for (int h = 0; h < headLength; h++) {
                        refuseFf(head[h], h);
                    }
                }
            } else if (utf8 == 1) {
                refuseFf(buffer[i], at);
            }
        }
        offset += length;
    }

    private static void refuseFf(byte value, long at) throws CharConversionException {
        if (value == (byte) 0xFF) {
            throw new CharConversionException("Invalid UTF-8 byte 0xFF at byte offset " + at);
        }
    }

    /**
     * UTF-8 unless the first bytes say UTF-16 or UTF-32 (a zero byte among the first four, or a
     * UTF-16 byte order mark); decided once four bytes are in. A shorter document holds no key.
     */
    private void decide() {
        for (int i = 0; i < headLength; i++) {
            if (head[i] == 0) {
                utf8 = 0;
                return;
            }
        }
        if (headLength >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            utf8 = 0;
            return;
        }
        if (headLength == head.length) {
            utf8 = 1;
        }
    }
}
