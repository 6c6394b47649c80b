package org.inclusionscan.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Refuses, while the parser reads it, a document whose bytes are not well-formed text in the
 * encoding its first bytes announce: UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no sequence cut short), UTF-16 (surrogates only in pairs) or UTF-32.
 *
 * <p>Jackson checks much of this itself, but not all: it pads the last bytes of a field name with
 * 0xFF when it looks names up, so a key with a stray 0xFF at its end matched the key without it and
 * the document was read as if the byte were not there (found by BatchLinesPropertyTest); it
 * decodes overlong forms and surrogates inside UTF-8 strings, and it reads UTF-16 through a
 * decoder that replaces an unpaired surrogate with U+FFFD (found by QuestionnaireFuzzTest once its
 * oracle asked for well-formed text). Nothing a user gave may be silently changed.
 */
final class EncodingGuard extends FilterInputStream {

    private static final int UNDECIDED = -1;
    private static final int UTF8 = 1;
    private static final int UTF16BE = 2;
    private static final int UTF16LE = 3;
    private static final int UTF32BE = 4;
    private static final int UTF32LE = 5;

    private final byte[] head = new byte[4];
    private int headLength;
    private int encoding = UNDECIDED;
    private long offset;
    /** Continuation bytes still owed by the sequence being read. */
    private int pending;
    /** The range the next continuation byte must fall in (narrower right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;
    /** UTF-16 and UTF-32: the bytes of the code unit being read, and a high surrogate waiting for its low one. */
    private int unit;
    private int unitBytes;
    private boolean highSurrogate;
    /** For the location of a bad byte: the line it is on and where that line starts. */
    private int line = 1;
    private long lineStart;

    /** Eight bytes at a time, for the ASCII fast path of {@link #isWellFormedUtf8}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    EncodingGuard(InputStream in) {
        super(in);
    }

    /**
     * Whether a whole document in memory passes the guard as UTF-8: what reading it through a guard
     * would accept, decided the same way (the first four bytes, then every byte).
     */
    static boolean isWellFormedUtf8(byte[] bytes, int from, int length) {
        EncodingGuard guard = new EncodingGuard(InputStream.nullInputStream());
        int end = from + length;
        try {
            if (length < 4) {
                guard.check(bytes, from, length);
                guard.atEnd();
                return guard.encoding == UTF8;
            }
            guard.check(bytes, from, 4);
            if (guard.encoding != UTF8) {
                return false;
            }
            // ASCII bytes never fail the UTF-8 check (they only count lines, for a location this answer does not
            // give), so between characters they are skipped eight at a time; other bytes are checked one by one.
            int at = from + 4;
            while (at < end) {
                if (guard.pending == 0) {
                    while (at + 8 <= end && ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0) {
                        at += 8;
                    }
                }
                int stop = Math.min(end, at + 8);
                guard.validateUtf8(bytes, at, stop, at - from);
                at = stop;
            }
            guard.atEnd();
        } catch (CharConversionException e) {
            return false;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            check(new byte[] {(byte) value}, 0, 1);
        } else {
            atEnd();
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int read = super.read(buffer, from, length);
        if (read > 0) {
            check(buffer, from, read);
        } else if (read < 0) {
            atEnd();
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unchecked; read them instead.
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] buffer, int from, int length) throws CharConversionException {
        int start = from;
        int end = from + length;
        if (encoding == UNDECIDED) {
            while (start < end && headLength < head.length) {
                head[headLength++] = buffer[start++];
            }
            if (headLength == head.length) {
                decide();
                validate(head, 0, headLength, 0);
            }
            offset += start - from;
            if (encoding == UNDECIDED) {
                return;
            }
        }
        validate(buffer, start, end, offset);
        offset += end - start;
    }

    /**
     * The encoding the first bytes announce, as JSON's (and Jackson's) detection reads them: a byte
     * order mark, else where the zero bytes of the first ASCII character fall; UTF-8 otherwise.
     */
    private void decide() {
        int b0 = headLength > 0 ? head[0] & 0xFF : -1;
        int b1 = headLength > 1 ? head[1] & 0xFF : -1;
        int b2 = headLength > 2 ? head[2] & 0xFF : -1;
        int b3 = headLength > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            encoding = UTF32BE;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            encoding = UTF32LE;
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            encoding = UTF16BE;
        } else if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            encoding = UTF16LE;
        } else {
            encoding = UTF8;
        }
    }

    /** A document shorter than four bytes is decided at its end; a character cut short is refused. */
    private void atEnd() throws CharConversionException {
        if (encoding == UNDECIDED) {
            decide();
            validate(head, 0, headLength, 0);
        }
        if (encoding == UTF8 && pending > 0) {
            throw new Malformed("Invalid UTF-8: the document ends inside a character", line, offset - lineStart + 1);
        }
        if (encoding != UTF8 && (unitBytes > 0 || highSurrogate)) {
            throw new CharConversionException("The document ends inside a character (" + name() + ")");
        }
    }

    private void validate(byte[] bytes, int from, int to, long base) throws CharConversionException {
        if (encoding == UTF8) {
            validateUtf8(bytes, from, to, base);
        } else {
            validateUnits(bytes, from, to, base);
        }
    }

    /** UTF-16 and UTF-32: surrogates only in high-low pairs (UTF-16) or never (UTF-32), nothing above U+10FFFF. */
    private void validateUnits(byte[] bytes, int from, int to, long base) throws CharConversionException {
        int size = encoding == UTF16BE || encoding == UTF16LE ? 2 : 4;
        boolean bigEndian = encoding == UTF16BE || encoding == UTF32BE;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            unit = bigEndian ? (unit << 8) | b : unit | (b << (8 * unitBytes));
            if (++unitBytes < size) {
                continue;
            }
            int value = unit;
            unit = 0;
            unitBytes = 0;
            long at = base + i - from + 1 - size;
            boolean high = value >= 0xD800 && value <= 0xDBFF;
            boolean low = value >= 0xDC00 && value <= 0xDFFF;
            if (size == 4 && (high || low || value < 0 || value > 0x10FFFF)) {
                throw new CharConversionException("Invalid %s character 0x%X at byte offset %d".formatted(name(), value, at));
            }
            if (size == 2 && (highSurrogate != low)) {
                throw new CharConversionException("Unpaired %s surrogate at byte offset %d".formatted(name(), at));
            }
            highSurrogate = size == 2 && high;
        }
    }

    private String name() {
        return switch (encoding) {
            case UTF16BE -> "UTF-16BE";
            case UTF16LE -> "UTF-16LE";
            case UTF32BE -> "UTF-32BE";
            case UTF32LE -> "UTF-32LE";
            default -> "UTF-8";
        };
    }

    private void validateUtf8(byte[] bytes, int from, int to, long base) throws Malformed {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < low || b > high) {
                    throw invalid(b, base + i - from);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                lead(b, base + i - from);
            } else if (b == '\n') {
                line++;
                lineStart = base + i - from + 1;
            }
        }
    }

    private void lead(int b, long at) throws Malformed {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            high = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            high = 0x8F;
        } else {
            throw invalid(b, at);
        }
    }

    private Malformed invalid(int b, long at) {
        return new Malformed("Invalid UTF-8 byte 0x%02X".formatted(b), line, at - lineStart + 1);
    }

    /** Bytes that are not UTF-8, at a line and column (in bytes, from 1) of the document. */
    static final class Malformed extends CharConversionException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final long column;

        Malformed(String message, int line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        long column() {
            return column;
        }
    }
}
