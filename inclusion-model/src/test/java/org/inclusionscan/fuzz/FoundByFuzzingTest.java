package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.questionnaire.QuestionnaireReader;
import org.inclusionscan.scan.ScanReader;
import org.junit.jupiter.api.Test;

/** The smallest reproductions of what the fuzz tests found (issue #7), kept as plain examples. */
class FoundByFuzzingTest {

    private final ScanReader scans = ScanReader.create();

    @Test
    void issue7BytesThatLookLikeUcs4AreAnEncodingProblemNotAnIoException() {
        // GIVEN the first four bytes of a document in an unsupported UCS-4 byte order (3412)
        byte[] bytes = ByteMutation.bytes(0x00, 0x00, 0x3c, 0x00, '{', '}');

        // WHEN it is read as a scan and as a questionnaire
        InvalidInputException scanError = catchThrowableOfType(InvalidInputException.class,
                () -> scans.read(new ByteArrayInputStream(bytes), "ucs4.json"));
        InvalidInputException questionnaireError = catchThrowableOfType(InvalidInputException.class,
                () -> QuestionnaireReader.create().read(new ByteArrayInputStream(bytes), "ucs4.json"));

        // THEN both are refused with one located, translated problem
        for (InvalidInputException error : new InvalidInputException[] {scanError, questionnaireError}) {
            assertThat(error).isNotNull();
            assertThat(error.problems()).extracting(Problem::location, Problem::code).containsExactly(tuple("$", "json.encoding"));
            assertThat(error.describe(Language.EN)).startsWith("$: the bytes are not text in UTF-8, UTF-16 or UTF-32: ");
            assertThat(error.describe(Language.NL)).startsWith("$: de bytes zijn geen tekst");
        }
    }

    @Test
    void issue7TheSchemaLinkMustBeAStringAsTheSchemaSays() {
        String scan = """
                {"$schema": {"deep": [1, 2, 3]},
                 "organisation": {"name": "De Linde", "region": "brussels", "sector": "youth-work"},
                 "questionnaire": "selfscan-1", "date": "2026-01-31",
                 "respondents": [{"id": "r1", "role": "staff", "answers": {"vision-1": 4}}]}
                """;

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> scans.read(scan, "scan.json"));

        assertThat(error.problems()).extracting(Problem::location, Problem::code).containsExactly(tuple("$schema", "json.type"));
        assertThat(scans.read(scan.replace("{\"deep\": [1, 2, 3]}", "\"../docs/scan.schema.json\""), "scan.json")
                .respondents()).hasSize(1);
    }

    @Test
    void issue7AStray0xFfAtTheEndOfAKeyIsAnEncodingProblemNotTheKeyWithoutIt() throws java.io.IOException {
        // GIVEN a scan whose key "region" is followed by the byte 0xFF, which UTF-8 never uses (Jackson matched it
        // to "region", found by BatchLinesPropertyTest)
        String scan = """
                {"organisation": {"name": "De Linde", "regionX": "brussels", "sector": "youth-work"},
                 "questionnaire": "selfscan-1", "date": "2026-01-31",
                 "respondents": [{"id": "r1", "role": "staff", "answers": {"vision-1": 4}}]}
                """;
        byte[] utf8 = scan.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int x = scan.indexOf("regionX") + "region".length();
        utf8[x] = (byte) 0xFF;

        // WHEN it is read
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> scans.read(new ByteArrayInputStream(utf8), "scan.json"));

        // THEN it is refused as bytes that are not UTF-8, at their place, and the same scan in UTF-16 with a 0xFF byte
        // in a name is read
        assertThat(error).isNotNull();
        assertThat(error.problems()).extracting(Problem::location, Problem::code)
                .containsExactly(tuple("line 1, column " + (x + 1), "json.syntax"));
        assertThat(error.describe(Language.EN)).contains("0xFF");
        byte[] utf16 = scan.replace("regionX", "region").replace("De Linde", "De Lind\u00ff")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThat(scans.read(new ByteArrayInputStream(utf16), "scan.json").organisation().name()).isEqualTo("De Lind\u00ff");
    }

    @Test
    void issue7BytesThatAreNotWellFormedUtf8AreRefusedEvenInsideStrings() throws java.io.IOException {
        // GIVEN a scan whose organisation name holds, in turn, an overlong form, an encoded surrogate, a code point
        // above U+10FFFF, a lone continuation byte and a cut sequence (Jackson decoded the first three)
        String scan = """
                {"organisation": {"name": "De Linde NAME", "region": "brussels", "sector": "youth-work"},
                 "questionnaire": "selfscan-1", "date": "2026-01-31",
                 "respondents": [{"id": "r1", "role": "staff", "answers": {"vision-1": 4}}]}
                """;
        int[][] malformed = {{0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x80}, {0xE2, 0x82}};
        for (int[] bad : malformed) {
            byte[] document = withBytesForName(scan, bad);

            // WHEN it is read
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> scans.read(new ByteArrayInputStream(document), "scan.json"));

            // THEN it is refused as bytes that are not UTF-8, on the line of the name
            assertThat(error).as("bytes %s", java.util.Arrays.toString(bad)).isNotNull();
            assertThat(error.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo("json.syntax");
                assertThat(problem.location()).startsWith("line 1, column ");
            });
        }
        // AND well-formed multi-byte characters of every length are read as they are
        byte[] good = withBytesForName(scan, new int[] {0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x99, 0x82});
        assertThat(scans.read(new ByteArrayInputStream(good), "scan.json").organisation().name()).isEqualTo("De Linde \u00e9\u20ac\ud83d\ude42");
    }

    private static byte[] withBytesForName(String scan, int[] bytes) {
        byte[] utf8 = scan.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = scan.indexOf("NAME");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(utf8, 0, at);
        for (int b : bytes) {
            out.write(b);
        }
        out.write(utf8, at + 4, utf8.length - at - 4);
        return out.toByteArray();
    }
}
