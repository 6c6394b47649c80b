package org.inclusionscan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The in-memory check of the streaming scan reader says yes exactly where reading through the guard succeeds as UTF-8. */
class WellFormedUtf8Test {

    @Property(tries = 3000)
    void agreesWithReadingThroughTheGuard(@ForAll("documents") byte[] document) throws IOException {
        boolean guarded;
        try (EncodingGuard guard = new EncodingGuard(new ByteArrayInputStream(document))) {
            byte[] buffer = new byte[7];
            while (guard.read(buffer, 0, buffer.length) >= 0) {
                // read everything
            }
            guarded = isUtf8(document);
        } catch (CharConversionException e) {
            guarded = false;
        }
        assertThat(Json.isWellFormedUtf8(document, 0, document.length)).isEqualTo(guarded);
        byte[] padded = new byte[document.length + 6];
        System.arraycopy(document, 0, padded, 3, document.length);
        assertThat(Json.isWellFormedUtf8(padded, 3, document.length)).as("an offset into a larger array").isEqualTo(guarded);
    }

    /** What the guard decided from the first bytes, seen from outside: not UTF-16 or UTF-32 by its rules. */
    private static boolean isUtf8(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        int b2 = n > 2 ? b[2] & 0xFF : -1;
        int b3 = n > 3 ? b[3] & 0xFF : -1;
        boolean utf32 = b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0
                || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0;
        boolean utf16 = b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0 || b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0;
        return !utf32 && !utf16;
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(60).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(60).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> changed = Combinators.combine(Arbitraries.oneOf(text, ascii), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 255)).as((bytes, at, value) -> {
                    byte[] copy = bytes.clone();
                    if (copy.length > 0) {
                        copy[at % copy.length] = (byte) (int) value;
                    }
                    return copy;
                });
        return Arbitraries.oneOf(text, ascii, changed, Arbitraries.bytes().array(byte[].class).ofMaxSize(40));
    }
}
