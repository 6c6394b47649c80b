package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireReader;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.Coverage;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.ItemScore;
import org.inclusionscan.scoring.RoleScores;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;

/**
 * What every input must get, good or bad (docs/reliability.md, "What is guaranteed for bad input"):
 * either it reads, and then scores with means within 1..5 and coverage that adds up, or it is
 * refused with an {@link InvalidInputException} whose every problem is located and has a text in
 * nl, fr and en with every placeholder filled. Any other exception fails the property.
 */
final class InputOracle {

    static final String READ = "read";

    private static final ScanReader SCANS = ScanReader.create();
    private static final QuestionnaireReader QUESTIONNAIRES = QuestionnaireReader.create();
    private static final Scorer SCORER = Scorer.create();

    private InputOracle() {
    }

    /** Reads the bytes as a scan and checks the outcome; returns {@link #READ} or the first problem's code. */
    static String scan(byte[] document) {
        Scan scan;
        try {
            scan = SCANS.read(new ByteArrayInputStream(document), "fuzz.json");
        } catch (InvalidInputException e) {
            return refused(e, document);
        } catch (IOException e) {
            throw new AssertionError("Reading a scan from memory threw an I/O exception instead of a located problem.", e);
        }
        isWellFormedText(document);
        scoresSanely(scan, Documents.QUESTIONNAIRE);
        return READ;
    }

    /** Reads the bytes as a questionnaire and checks the outcome like {@link #scan(byte[])}. */
    static String questionnaire(byte[] document) {
        Questionnaire questionnaire;
        try {
            questionnaire = QUESTIONNAIRES.read(new ByteArrayInputStream(document), "fuzz.json");
        } catch (InvalidInputException e) {
            return refused(e, document);
        } catch (IOException e) {
            throw new AssertionError("Reading a questionnaire from memory threw an I/O exception instead of a located problem.", e);
        }
        isWellFormedText(document);
        isUsable(questionnaire);
        return READ;
    }

    /**
     * A document that was read must be well-formed text in the encoding its first bytes announce (as
     * JSON's encoding detection reads them): bytes that are not were read as something they do not
     * say (the 0xFF key bug, docs/reliability.md).
     */
    static void isWellFormedText(byte[] document) {
        java.nio.charset.Charset charset = announcedEncoding(document);
        try {
            charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(document));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError("A document that is not well-formed " + charset + " was read: " + e);
        }
    }

    private static java.nio.charset.Charset announcedEncoding(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        int b2 = n > 2 ? b[2] & 0xFF : -1;
        int b3 = n > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    // ---- refused input ---------------------------------------------------------------------

    private static String refused(InvalidInputException error, byte[] document) {
        assertThat(error.problems()).as("problems of %s", error.getMessage()).isNotEmpty();
        ProblemOracle.areLocated(error.problems(), document);
        return error.problems().get(0).code();
    }

    // ---- accepted input --------------------------------------------------------------------

    /** Scores the scan and checks every score: means within 1..5, absent scores with a reason, coverage adding up. */
    static ScoreCard scoresSanely(Scan scan, Questionnaire questionnaire) {
        ScoreCard card = SCORER.score(scan, questionnaire);
        int respondents = scan.respondents().size();
        assertThat(card.respondents()).isEqualTo(respondents);
        List<Item> items = questionnaire.items();
        isSane(card.overall(), items.size() * respondents, "overall");
        assertThat(card.overall().mean()).as("overall mean, counted by hand").isEqualTo(overallMean(scan, questionnaire));
        for (Factor factor : Factor.values()) {
            FactorScore score = card.factor(factor);
            int count = questionnaire.itemsOf(factor).size();
            isSane(score.score(), count * respondents, factor.id());
            if (score.spread() != null) {
                assertThat(score.spread().lowest()).isBetween(1.0, 5.0);
                assertThat(score.spread().highest()).isBetween(score.spread().lowest(), 5.0);
                assertThat(score.spread().standardDeviation()).isBetween(0.0, 2.0);
            }
        }
        for (Domain domain : Domain.values()) {
            long count = items.stream().filter(item -> item.factor().domain() == domain).count();
            isSane(card.domain(domain), (int) count * respondents, domain.id());
        }
        for (Dimension dimension : Dimension.values()) {
            long count = items.stream().filter(item -> item.dimension() == dimension).count();
            isSane(card.dimension(dimension), (int) count * respondents, dimension.id());
            for (Domain domain : Domain.values()) {
                isSane(card.cell(domain, dimension), questionnaire.itemsOf(domain, dimension).size() * respondents,
                        domain.id() + " x " + dimension.id());
            }
        }
        assertThat(card.items()).hasSize(items.size());
        for (ItemScore item : card.items()) {
            Coverage coverage = item.coverage();
            assertThat(coverage.expected()).isEqualTo(respondents);
            assertThat(coverage.answered() + coverage.dontKnow() + coverage.missing()).isEqualTo(respondents);
            assertThat(item.mean() == null).isEqualTo(coverage.answered() == 0);
            if (item.mean() != null) {
                assertThat(item.mean()).isBetween(1.0, 5.0);
            }
        }
        assertThat(card.roles().stream().mapToInt(RoleScores::respondents).sum()).isEqualTo(respondents);
        card.roles().forEach(role -> role.factorMeans().values().forEach(mean -> assertThat(mean).isBetween(1.0, 5.0)));
        return card;
    }

    private static void isSane(Score score, int expected, String what) {
        Coverage coverage = score.coverage();
        assertThat(coverage.expected()).as("expected answers of %s", what).isEqualTo(expected);
        assertThat(coverage.answered() + coverage.dontKnow() + coverage.missing()).as("coverage of %s", what).isEqualTo(expected);
        if (score.isPresent()) {
            assertThat(score.mean()).as("mean of %s", what).isBetween(1.0, 5.0);
            assertThat(score.absentReason()).isNull();
            assertThat(coverage.answeredShare()).as("share of %s", what)
                    .isGreaterThanOrEqualTo(SCORER.settings().minimumAnswerShare());
        } else {
            assertThat(score.absentReason()).as("reason %s is absent", what).isNotNull();
        }
    }

    private static Double overallMean(Scan scan, Questionnaire questionnaire) {
        long sum = 0;
        int count = 0;
        int expected = 0;
        Map<String, Item> items = questionnaire.itemsById();
        for (Respondent respondent : scan.respondents()) {
            expected += items.size();
            for (Map.Entry<String, Answer> answer : respondent.answers().entrySet()) {
                Item item = items.get(answer.getKey());
                if (item != null && !answer.getValue().isDontKnow()) {
                    sum += item.scored(answer.getValue().value());
                    count++;
                }
            }
        }
        boolean enough = count > 0 && (double) count / expected >= SCORER.settings().minimumAnswerShare();
        return enough ? (double) sum / count : null;
    }

    /** A questionnaire that was read has items with unique plain ids and texts, and scores a full scan. */
    static void isUsable(Questionnaire questionnaire) {
        assertThat(questionnaire.items()).isNotEmpty();
        assertThat(questionnaire.items()).extracting(Item::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9][a-z0-9._-]*"));
        assertThat(questionnaire.items()).allSatisfy(item -> assertThat(item.text(Language.EN)).isNotBlank());
        assertThat(questionnaire.title(Language.FR)).isNotBlank();
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Map<String, Answer> answers = new java.util.LinkedHashMap<>();
            for (int i = 0; i < questionnaire.items().size(); i++) {
                int code = (i + r) % 6;
                answers.put(questionnaire.items().get(i).id(), code == 0 ? Answer.DONT_KNOW : Answer.of(code));
            }
            respondents.add(new Respondent("r" + r, org.inclusionscan.model.Role.values()[r], answers));
        }
        Scan scan = new Scan(new org.inclusionscan.model.Organisation("o", org.inclusionscan.model.Region.FLANDERS,
                org.inclusionscan.model.Sector.values()[0], List.of()), questionnaire.id(), java.time.LocalDate.of(2026, 1, 1),
                respondents);
        scoresSanely(scan, questionnaire);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
