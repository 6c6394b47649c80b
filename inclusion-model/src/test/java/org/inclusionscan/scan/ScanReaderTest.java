package org.inclusionscan.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanReaderTest {

    private static final String VALID = """
            {"organisation": {"name": "Buurtcentrum De Linde", "region": "brussels", "sector": "local-service-centre",
                              "targetGroups": ["older-people", "newcomers"], "note": "two sites"},
             "questionnaire": "selfscan-1", "date": "2026-11-22",
             "respondents": [
               {"id": "r1", "role": "board", "answers": {"vision-1": 4, "vision-2": "dont-know"}, "note": "filled in together"},
               {"id": "r2", "role": "volunteer", "answers": {}}
             ]}
            """;

    private final ScanReader reader = ScanReader.create();

    @Test
    void readsAValidScan() {
        Scan scan = reader.read(VALID, "scan.json");
        assertThat(scan.organisation().name()).isEqualTo("Buurtcentrum De Linde");
        assertThat(scan.organisation().region()).isEqualTo(Region.BRUSSELS);
        assertThat(scan.organisation().sector()).isEqualTo(Sector.LOCAL_SERVICE_CENTRE);
        assertThat(scan.organisation().targetGroups()).containsExactly(TargetGroup.OLDER_PEOPLE, TargetGroup.NEWCOMERS);
        assertThat(scan.organisation().note()).isEqualTo("two sites");
        assertThat(scan.questionnaireId()).isEqualTo("selfscan-1");
        assertThat(scan.date()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(scan.respondents()).hasSize(2);
        Respondent first = scan.respondents().get(0);
        assertThat(first.role()).isEqualTo(Role.BOARD);
        assertThat(first.note()).isEqualTo("filled in together");
        assertThat(first.answers()).containsEntry("vision-1", Answer.of(4)).containsEntry("vision-2", Answer.DONT_KNOW);
        assertThat(scan.respondents().get(1).answers()).isEmpty();
    }

    /** Each row: a change to the valid scan, the JSON path named, the problem code, words the message holds. */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "answers": {"vision-1": 4,                   | respondents[0].answers.ps-3           | scan.unknown-item           | not part of questionnaire selfscan-1
            "vision-1": 4                                 | respondents[0].answers.vision-1       | scan.answer-out-of-range    | 7 is outside 1-5
            "vision-1": 4                                 | respondents[0].answers.vision-1       | scan.bad-answer             | "four" is not an answer
            "vision-1": 4                                 | respondents[0].answers.vision-1       | scan.bad-answer             | 3.5 is not an answer
            "vision-1": 4                                 | respondents[0].answers.vision-1       | scan.answer-out-of-range    | 99999999999 is outside 1-5
            "region": "brussels"                          | organisation.region                   | json.unknown-id             | the region "bruxelles" is unknown
            "sector": "local-service-centre"              | organisation.sector                   | json.unknown-id             | the sector "library" is unknown
            ["older-people", "newcomers"]                 | organisation.targetGroups[1]          | scan.duplicate-target-group | "older-people" is listed twice
            ["older-people", "newcomers"]                 | organisation.targetGroups[1]          | json.unknown-id             | the target group "students" is unknown
            "role": "board"                               | respondents[0].role                   | json.unknown-id             | the role "chair" is unknown
            "id": "r2"                                    | respondents[1].id                     | scan.duplicate-respondent   | "r1" is used twice
            "date": "2026-11-22"                          | date                                  | scan.bad-date               | "22/11/2026" is not a date
            "questionnaire": "selfscan-1"                 | questionnaire                         | scan.unknown-questionnaire  | "selfscan-9" is unknown; known: selfscan-1
            "name": "Buurtcentrum De Linde"               | organisation.name                     | json.blank                  | must not be empty
            "name": "Buurtcentrum De Linde"               | organisation.name                     | json.type                   | expected string but found 42
            "note": "two sites"                           | organisation.colour                   | json.unknown-key            | the key "colour" is not allowed here
            "note": "filled in together"                  | respondents[0].answer                 | json.unknown-key            | the key "answer" is not allowed here
            "answers": {}                                 | respondents[1].answers                | json.type                   | expected object but found an array
            "answers": {}                                 | respondents[1].answers                | json.required               | "answers" is required
            "answers": {"vision-1": 4,                    | respondents[0].answers["odd key"]     | scan.unknown-item           | "odd key" is not part
            """)
    void namesThePlaceOfEveryMistake(String original, String path, String code, String words) {
        String changed = switch (path + " " + code) {
            case "respondents[0].answers.ps-3 scan.unknown-item" -> VALID.replace(original, "\"answers\": {\"ps-3\": 2, \"vision-1\": 4,");
            case "respondents[0].answers.vision-1 scan.answer-out-of-range" -> VALID.replace(original,
                    words.startsWith("7") ? "\"vision-1\": 7" : "\"vision-1\": 99999999999");
            case "respondents[0].answers.vision-1 scan.bad-answer" -> VALID.replace(original,
                    words.startsWith("\"four\"") ? "\"vision-1\": \"four\"" : "\"vision-1\": 3.5");
            case "organisation.region json.unknown-id" -> VALID.replace(original, "\"region\": \"bruxelles\"");
            case "organisation.sector json.unknown-id" -> VALID.replace(original, "\"sector\": \"library\"");
            case "organisation.targetGroups[1] scan.duplicate-target-group" -> VALID.replace(original, "[\"older-people\", \"older-people\"]");
            case "organisation.targetGroups[1] json.unknown-id" -> VALID.replace(original, "[\"older-people\", \"students\"]");
            case "respondents[0].role json.unknown-id" -> VALID.replace(original, "\"role\": \"chair\"");
            case "respondents[1].id scan.duplicate-respondent" -> VALID.replace(original, "\"id\": \"r1\"");
            case "date scan.bad-date" -> VALID.replace(original, "\"date\": \"22/11/2026\"");
            case "questionnaire scan.unknown-questionnaire" -> VALID.replace(original, "\"questionnaire\": \"selfscan-9\"");
            case "organisation.name json.blank" -> VALID.replace(original, "\"name\": \"  \"");
            case "organisation.name json.type" -> VALID.replace(original, "\"name\": 42");
            case "organisation.colour json.unknown-key" -> VALID.replace(original, original + ", \"colour\": \"green\"");
            case "respondents[0].answer json.unknown-key" -> VALID.replace(original, original + ", \"answer\": 3");
            case "respondents[1].answers json.type" -> VALID.replace(original, "\"answers\": []");
            case "respondents[1].answers json.required" -> VALID.replace(", \"answers\": {}", "");
            case "respondents[0].answers[\"odd key\"] scan.unknown-item" -> VALID.replace(original, "\"answers\": {\"odd key\": 2, \"vision-1\": 4,");
            default -> throw new IllegalArgumentException(path + " " + code);
        };
        assertThat(changed).isNotEqualTo(VALID);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(changed, "scan.json"));
        assertThat(error).as("the changed scan is refused").isNotNull();
        assertThat(error.problems()).extracting(Problem::location, Problem::code).containsExactly(tuple(path, code));
        assertThat(error.describe(Language.EN)).startsWith(path + ": ").contains(words);
    }

    @Test
    void theIssuesExampleMessageReadsAsPromised() {
        String scan = VALID.replace("\"answers\": {}", "\"answers\": {\"participation-3\": 7}");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(scan, "scan.json"));
        assertThat(error.describe(Language.EN)).isEqualTo("respondents[1].answers.participation-3: 7 is outside 1-5; answer 1 to 5 or \"dont-know\"");
        assertThat(error.describe(Language.NL)).startsWith("respondents[1].answers.participation-3: 7 ");
        assertThat(error.getMessage()).startsWith("The input (scan.json) has 1 problem:");
    }

    @Test
    void aNullDocumentIsRefusedWithAMessageThatSaysWhat() {
        NullPointerException error = catchThrowableOfType(NullPointerException.class, () -> reader.read((String) null, "request body"));
        assertThat(error).hasMessage("The JSON text of (request body) is null; pass the document's text.");
    }

    @Test
    void aMessageCountsProblemsInPlainWords() {
        String scan = VALID.replace("\"answers\": {}", "\"answers\": {\"participation-3\": 7, \"participation-4\": 0}");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(scan, "inline"));
        assertThat(error.getMessage()).startsWith("The input (inline) has 2 problems:");
    }

    @Test
    void reportsAllProblemsAtOnce() {
        String scan = """
                {"organisation": {"region": "mars", "sector": "youth-care"},
                 "questionnaire": "selfscan-1", "date": "yesterday", "extra": 1,
                 "respondents": [
                   {"id": "a", "role": "staff", "answers": {"vision-1": 0, "nope": 3}},
                   "not an object",
                   {"id": "a", "answers": {"vision-1": null}}
                 ]}
                """;
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(scan, "scan.json"));
        assertThat(error.problems()).extracting(Problem::location, Problem::code).containsExactlyInAnyOrder(
                tuple("extra", "json.unknown-key"),
                tuple("organisation.name", "json.required"),
                tuple("organisation.region", "json.unknown-id"),
                tuple("date", "scan.bad-date"),
                tuple("respondents[0].answers.vision-1", "scan.answer-out-of-range"),
                tuple("respondents[0].answers.nope", "scan.unknown-item"),
                tuple("respondents[1]", "json.type"),
                tuple("respondents[2].id", "scan.duplicate-respondent"),
                tuple("respondents[2].role", "json.required"),
                tuple("respondents[2].answers.vision-1", "scan.bad-answer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                     | $             | json.empty
            '[1, 2]'                               | $             | json.type
            '{"organisation": '                    | line 1        | json.syntax
            '{"date": "a", "date": "b"}'           | line 1        | json.syntax
            '{"respondents": []} trailing'         | line 1        | json.syntax
            '{"respondents": []}'                  | respondents   | scan.no-respondents
            """)
    void refusesDocumentsThatAreNotScans(String json, String location, String code) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> reader.read(json, "scan.json"));
        assertThat(error.problems()).extracting(Problem::code).contains(code);
        assertThat(error.problems()).filteredOn(problem -> problem.code().equals(code))
                .allSatisfy(problem -> assertThat(problem.location()).startsWith(location));
    }

    @Test
    void invalidUtf8IsASyntaxErrorWithAPlace() {
        byte[] bytes = "{\"organisation\": {\"name\": \"Caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(new java.io.ByteArrayInputStream(bytes), "latin1.json"));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("json.syntax");
            assertThat(problem.location()).startsWith("line 1, column");
        });
    }

    @Test
    void enforcesSizeLimitsWhileParsing() {
        InputLimits small = new InputLimits(4_000, 8, 300, 8, 2, 20, 100, 10);
        ScanReader strict = ScanReader.create(QuestionnaireRegistry.defaults(), small);

        String deep = "{\"note\": " + "[".repeat(20) + "]".repeat(20) + "}";
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(deep, "deep.json")).describe(Language.EN))
                .startsWith("line 1, column").contains("9 levels deep; at most 8 are allowed");

        String big = "{\"note\": [" + "\"xx\",".repeat(1_000) + "1]}";
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(big, "big.json")).problems())
                .extracting(Problem::code).containsExactly("limit.document");

        String longName = VALID.replace("Buurtcentrum De Linde", "n".repeat(21));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(longName, "name.json")).problems())
                .extracting(Problem::location, Problem::code).contains(tuple("organisation.name", "json.too-long"));

        String three = VALID.replace("{\"id\": \"r2\", \"role\": \"volunteer\", \"answers\": {}}",
                "{\"id\": \"r2\", \"role\": \"volunteer\", \"answers\": {}}, {\"id\": \"r3\", \"role\": \"staff\", \"answers\": {}}");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(three, "many.json")).problems())
                .extracting(Problem::location, Problem::code).contains(tuple("respondents", "limit.respondents"));

        String hugeNumber = VALID.replace("\"vision-1\": 4", "\"vision-1\": 1" + "0".repeat(40));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(hugeNumber, "number.json")).problems())
                .extracting(Problem::code).containsExactly("limit.number");

        String longText = VALID.replace("two sites", "t".repeat(400));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.read(longText, "text.json")).describe(Language.EN))
                .startsWith("line 2, column").contains("a text or key of 400 characters is longer than the 300 allowed");
    }
}
