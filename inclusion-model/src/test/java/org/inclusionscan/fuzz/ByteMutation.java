package org.inclusionscan.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to the bytes of a document: flips, truncations, insertions (of random bytes, invalid
 * UTF-8, control characters), deletions, duplicated lines (duplicate keys) and other encodings.
 * {@code where} is taken modulo the document's length.
 */
record ByteMutation(Kind kind, int where, int length, byte[] bytes) {

    enum Kind {
        FLIP_BIT, SET_BYTE, INSERT_BYTES, INSERT_INVALID_UTF8, INSERT_IN_STRING, DELETE, TRUNCATE, DUPLICATE_RANGE,
        DUPLICATE_LINE, REENCODE
    }

    /** Byte sequences that are not UTF-8: lone continuation, overlong, truncated, encoded surrogate, too high, BOMs. */
    static final List<byte[]> INVALID_UTF8 = List.of(bytes(0x80), bytes(0xbf), bytes(0xc0, 0xaf), bytes(0xc1, 0xbf),
            bytes(0xc3, 0x28), bytes(0xe2, 0x82), bytes(0xe0, 0x80, 0xaf), bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xbf, 0xbf),
            bytes(0xf0, 0x9f, 0x98), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf8, 0x88, 0x80, 0x80, 0x80), bytes(0xfe),
            bytes(0xff), bytes(0xfe, 0xff), bytes(0xef, 0xbb, 0xbf), bytes(0x00), bytes(0x00, 0x00, 0x00));

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"), StandardCharsets.UTF_8);

    /** One to three mutations, applied in turn: what the fuzz tests feed a reader. */
    static Arbitrary<java.util.List<ByteMutation>> few() {
        return any().list().ofMinSize(1).ofMaxSize(3);
    }

    static Arbitrary<ByteMutation> any() {
        Arbitrary<byte[]> payloads = Arbitraries.oneOf(
                Arbitraries.of(INVALID_UTF8),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8),
                Arbitraries.integers().between(0, 0x1f).map(control -> bytes(control)),
                Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\"x\":1,", "-", "1e999", "null")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(1, 64), payloads).as(ByteMutation::new);
    }

    byte[] apply(byte[] document) {
        if (document.length == 0) {
            return kind == Kind.INSERT_BYTES || kind == Kind.INSERT_INVALID_UTF8 ? bytes.clone() : document;
        }
        int at = where % document.length;
        return switch (kind) {
            case FLIP_BIT -> {
                byte[] copy = document.clone();
                copy[at] ^= (byte) (1 << (length % 8));
                yield copy;
            }
            case SET_BYTE -> {
                byte[] copy = document.clone();
                copy[at] = bytes[0];
                yield copy;
            }
            case INSERT_BYTES -> insert(document, at, bytes);
            case INSERT_INVALID_UTF8 -> insert(document, at, INVALID_UTF8.get(length % INVALID_UTF8.size()));
            case INSERT_IN_STRING -> {
                // Right after an opening or closing quote: inside a key or a text value.
                int quote = nth(document, (byte) '"', where);
                yield quote < 0 ? insert(document, at, bytes) : insert(document, quote + 1, bytes);
            }
            case DELETE -> {
                int end = Math.min(document.length, at + length);
                yield concat(Arrays.copyOfRange(document, 0, at), Arrays.copyOfRange(document, end, document.length));
            }
            case TRUNCATE -> Arrays.copyOf(document, at);
            case DUPLICATE_RANGE -> {
                int end = Math.min(document.length, at + length);
                yield insert(document, end, Arrays.copyOfRange(document, at, end));
            }
            case DUPLICATE_LINE -> duplicateLine(document);
            case REENCODE -> {
                Charset charset = ENCODINGS.get(length % ENCODINGS.size());
                byte[] encoded = new String(document, StandardCharsets.UTF_8).getBytes(charset);
                yield where % 2 == 0 || charset == StandardCharsets.UTF_16 ? encoded : concat(bom(charset), encoded);
            }
        };
    }

    /** Gives one {@code "key": value} line twice; the first copy ends with a comma, so the key is duplicated. */
    private byte[] duplicateLine(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<Integer> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("\"") && line.contains("\" : ") && !line.endsWith("{") && !line.endsWith("[")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return document;
        }
        int chosen = candidates.get(where % candidates.size());
        String line = lines[chosen];
        String first = line.endsWith(",") ? line : line + ",";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == chosen) {
                out.append(first).append('\n');
            }
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(Charset charset) {
        return switch (charset.name()) {
            case "UTF-16BE" -> bytes(0xfe, 0xff);
            case "UTF-16LE" -> bytes(0xff, 0xfe);
            case "UTF-32BE" -> bytes(0, 0, 0xfe, 0xff);
            case "UTF-32LE" -> bytes(0xff, 0xfe, 0, 0);
            default -> bytes(0xef, 0xbb, 0xbf);
        };
    }

    private static int nth(byte[] document, byte wanted, int n) {
        int count = 0;
        for (byte b : document) {
            if (b == wanted) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int target = n % count;
        for (int i = 0; i < document.length; i++) {
            if (document[i] == wanted && target-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] document, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOfRange(document, 0, at), inserted), Arrays.copyOfRange(document, at, document.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append("%02x".formatted(b));
        }
        return kind + "@" + where + "[length=" + length + ", bytes=" + hex + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByteMutation mutation && mutation.kind == kind && mutation.where == where
                && mutation.length == length && Arrays.equals(mutation.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * kind.hashCode() + where) + length) + Arrays.hashCode(bytes);
    }
}
