package org.inclusionscan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireReader;
import org.inclusionscan.scan.ScanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every default limit at its boundary: a document exactly at the limit passes it, one unit over
 * fails with the documented code, a location, and a text in nl, fr and en (docs/reliability.md).
 */
class DefaultInputLimitsTest {

    private static final InputLimits LIMITS = InputLimits.DEFAULT;

    /** A valid scan with one respondent; each upper-case word is a value a test may replace. */
    private static final String SCAN = """
            {"organisation": {"name": "NAME", "region": "brussels", "sector": "youth-work", "note": "ORGANISATION_NOTE"},
             "questionnaire": "selfscan-1", "date": "2026-01-31", "note": "SCAN_NOTE",
             "respondents": [{"id": "ID", "role": "staff", "answers": {"vision-1": ANSWER}, "note": "RESPONDENT_NOTE"}]}
            """;

    private final ScanReader scans = ScanReader.create();
    private final QuestionnaireReader questionnaires = QuestionnaireReader.create();

    /** The scan with one placeholder replaced and the others given plain values. */
    private static String scan(String placeholder, String value) {
        String json = placeholder.isEmpty() ? SCAN : SCAN.replace(placeholder, value);
        return json.replace("NAME", "De Linde").replace("ORGANISATION_NOTE", "o").replace("SCAN_NOTE", "n")
                .replace("\"ID\"", "\"r1\"").replace("ANSWER", "4").replace("RESPONDENT_NOTE", "r");
    }

    private static String scan() {
        return scan("", "");
    }

    private InvalidInputException scanError(String json) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> scans.read(json, "limits.json"));
        assertThat(error).as("the scan is refused").isNotNull();
        return error;
    }

    /** One problem, of the code, at a location matching the pattern, with the words, and a full text in every language. */
    private static void refusedWith(InvalidInputException error, String code, String locationPattern, String words) {
        assertThat(error).as("refused").isNotNull();
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.location()).matches(locationPattern);
        });
        assertThat(error.describe(Language.EN)).contains(words);
        for (Language language : Language.values()) {
            assertThat(error.describe(language)).as("text in %s", language).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(LIMITS).isEqualTo(new InputLimits(16L * 1024 * 1024, 32, 20_000, 32, 2_000, 200, 10_000, 1_000));
    }

    @Test
    void aDocumentOfExactly16MiBPassesAndOneByteMoreIsRefused() {
        String valid = scan();
        int size = (int) LIMITS.maxDocumentBytes();
        String atLimit = valid + " ".repeat(size - valid.getBytes(StandardCharsets.UTF_8).length);
        assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(size);
        assertThat(scans.read(atLimit, "exact.json").respondents()).hasSize(1);

        refusedWith(scanError(atLimit + " "), "limit.document", "line \\d+, column \\d+",
                "longer than the 16777216 bytes allowed");
    }

    @Test
    void nestingOf32LevelsPassesTheParserAnd33AreRefused() {
        // The answer sits at depth 4 (document, respondents, respondent, answers): 28 arrays make 32 levels.
        InvalidInputException atLimit = scanError(scan("ANSWER", "[".repeat(28) + "]".repeat(28)));
        assertThat(atLimit.problems()).extracting(Problem::location, Problem::code)
                .containsExactly(tuple("respondents[0].answers.vision-1", "scan.bad-answer"));

        refusedWith(scanError(scan("ANSWER", "[".repeat(29) + "]".repeat(29))), "limit.nesting", "line \\d+, column \\d+",
                "33 levels deep; at most 32 are allowed");
        refusedWith(scanError(scan("ANSWER", "{\"a\":".repeat(29) + "1" + "}".repeat(29))), "limit.nesting",
                "line \\d+, column \\d+", "33 levels deep; at most 32 are allowed");
    }

    @Test
    void aStringOf20000CharactersPassesTheParserAnd20001AreRefused() {
        InvalidInputException atLimit = scanError(scan("ANSWER", "\"" + "s".repeat(20_000) + "\""));
        assertThat(atLimit.problems()).extracting(Problem::code).containsExactly("scan.bad-answer");
        refusedWith(scanError(scan("ANSWER", "\"" + "s".repeat(20_001) + "\"")), "limit.string", "line 3, column \\d+",
                "a text or key of 20001 characters is longer than the 20000 allowed");

        // Non-ASCII text counts in characters, not bytes.
        InvalidInputException wide = scanError(scan("ANSWER", "\"" + "\u00e9".repeat(20_000) + "\""));
        assertThat(wide.problems()).extracting(Problem::code).containsExactly("scan.bad-answer");
    }

    @Test
    void aKeyOf20000CharactersPassesTheParserAnd20001AreRefused() {
        InvalidInputException atLimit = scanError(scan("\"vision-1\"", "\"" + "k".repeat(20_000) + "\""));
        assertThat(atLimit.problems()).extracting(Problem::code).containsExactly("scan.unknown-item");
        refusedWith(scanError(scan("\"vision-1\"", "\"" + "k".repeat(20_001) + "\"")), "limit.string",
                "line 3, column \\d+", "a text or key of 20001 characters is longer than the 20000 allowed");
    }

    /** Each row: a number of exactly 32 digits, the problem it gets past the parser; then one digit more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            integer,          10000000000000000000000000000000,   100000000000000000000000000000000,   scan.answer-out-of-range
            negative integer, -10000000000000000000000000000000,  -100000000000000000000000000000000,  scan.answer-out-of-range
            fraction,         0.0000000000000000000000000000001,  0.00000000000000000000000000000001,  scan.bad-answer
            """)
    void aNumberOf32DigitsPassesTheParserAnd33AreRefused(String kind, String atLimit, String over, String codeAtLimit) {
        assertThat(atLimit.replaceAll("[^0-9]", "")).hasSize(32);
        assertThat(over.replaceAll("[^0-9]", "")).hasSize(33);
        assertThat(scanError(scan("ANSWER", atLimit)).problems()).extracting(Problem::code).containsExactly(codeAtLimit);

        refusedWith(scanError(scan("ANSWER", over)), "limit.number", "line \\d+, column \\d+", "is longer than the 32 allowed");
    }

    @Test
    void twoThousandRespondentsPassAndOneMoreIsRefused() {
        assertThat(scans.read(respondents(2_000), "many.json").respondents()).hasSize(2_000);
        refusedWith(scanError(respondents(2_001)), "limit.respondents", "respondents",
                "2001 respondents are more than the 2000 allowed in one scan");
    }

    private static String respondents(int count) {
        StringJoiner all = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            all.add("{\"id\": \"r" + i + "\", \"role\": \"staff\", \"answers\": {\"vision-1\": " + (1 + i % 5) + "}}");
        }
        String json = scan();
        return json.substring(0, json.indexOf("[{\"id\"")) + all + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            NAME, organisation.name
            ID,   respondents\\[0]\\.id
            """)
    void aNameOf200CharactersPassesAnd201AreRefused(String placeholder, String location) {
        assertThat(scans.read(scan(placeholder, "n".repeat(200)), "name.json").respondents()).hasSize(1);
        refusedWith(scanError(scan(placeholder, "n".repeat(201))), "json.too-long", location,
                "is 201 characters long, at most 200 are allowed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            SCAN_NOTE,          note
            ORGANISATION_NOTE,  organisation.note
            RESPONDENT_NOTE,    respondents\\[0]\\.note
            """)
    void aNoteOf10000CharactersPassesAnd10001AreRefused(String placeholder, String location) {
        assertThat(scans.read(scan(placeholder, "t".repeat(10_000)), "note.json").respondents()).hasSize(1);
        refusedWith(scanError(scan(placeholder, "t".repeat(10_001))), "json.too-long", location,
                "is 10001 characters long, at most 10000 are allowed");
    }

    @Test
    void aQuestionnaireOf1000ItemsPassesAnd1001AreRefused() throws IOException {
        assertThat(readQuestionnaire(questionnaire(1_000, "t")).items()).hasSize(1_000);
        refusedWith(catchThrowableOfType(InvalidInputException.class, () -> readQuestionnaire(questionnaire(1_001, "t"))),
                "limit.items", "items", "1001 items are more than the 1000 allowed");
    }

    @Test
    void questionnaireIdsAndTextsHaveTheNameAndNoteLimits() throws IOException {
        String longest = questionnaire(1, "t".repeat(10_000)).replace("\"i0\"", "\"" + "i".repeat(200) + "\"");
        assertThat(readQuestionnaire(longest).items()).hasSize(1);
        refusedWith(catchThrowableOfType(InvalidInputException.class, () -> readQuestionnaire(questionnaire(1, "t".repeat(10_001)))),
                "json.too-long", "items\\[0]\\.text\\.en", "is 10001 characters long, at most 10000 are allowed");
        String longId = questionnaire(1, "t").replace("\"i0\"", "\"" + "i".repeat(201) + "\"");
        refusedWith(catchThrowableOfType(InvalidInputException.class, () -> readQuestionnaire(longId)),
                "json.too-long", "items\\[0]\\.id", "is 201 characters long, at most 200 are allowed");
    }

    private Questionnaire readQuestionnaire(String json) throws IOException {
        return questionnaires.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "questionnaire.json");
    }

    private static String questionnaire(int items, String text) {
        StringJoiner all = new StringJoiner(",", "[", "]");
        for (int i = 0; i < items; i++) {
            all.add("{\"id\": \"i" + i + "\", \"factor\": \"vision\", \"dimension\": \"policy\", \"text\": {\"en\": \"" + text + "\"}}");
        }
        return "{\"id\": \"big\", \"title\": {\"en\": \"Big\"}, \"items\": " + all + "}";
    }
}
