package org.inclusionscan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small questionnaire: vision has {@code v1} (policy) and {@code v2} (culture, reversed);
 * image has {@code i1} (practice). Answers are written per respondent as {@code v1,v2}, respondents
 * separated by {@code |}; {@code dk} is "don't know" and {@code -} a missing answer.
 */
class ScorerTest {

    private static final Questionnaire SMALL = new Questionnaire("small", Map.of(Language.EN, "small"), Map.of(), List.of(
            new Item("v1", Factor.VISION, Dimension.POLICY, false, Map.of(Language.EN, "one")),
            new Item("v2", Factor.VISION, Dimension.CULTURE, true, Map.of(Language.EN, "two")),
            new Item("i1", Factor.IMAGE, Dimension.PRACTICE, false, Map.of(Language.EN, "three"))));

    private static final Organisation ORGANISATION = new Organisation("Test", Region.FLANDERS, Sector.SOCIAL_WORK, List.of());

    private final Scorer scorer = Scorer.create();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
            3,3        ; 3.0   ; moderate ; 2 ; 0 ; 0
            5,1        ; 5.0   ; strong   ; 2 ; 0 ; 0
            1,5        ; 1.0   ; low      ; 2 ; 0 ; 0
            4,2        ; 4.0   ; strong   ; 2 ; 0 ; 0
            4,3        ; 3.5   ; good     ; 2 ; 0 ; 0
            3,4        ; 2.5   ; moderate ; 2 ; 0 ; 0
            2,4        ; 2.0   ; low      ; 2 ; 0 ; 0
            4,3|3,3    ; 3.25  ; good     ; 4 ; 0 ; 0
            4,2|5,dk   ; 4.3333; strong   ; 3 ; 1 ; 0
            3,4|4,3    ; 3.0   ; moderate ; 4 ; 0 ; 0
            dk,4|2,-   ; 2.0   ; low      ; 2 ; 1 ; 1
            dk,dk|2,-  ; none  ; absent   ; 1 ; 2 ; 1
            5,-|-,1    ; 5.0   ; strong   ; 2 ; 0 ; 2
            dk,dk|dk,- ; none  ; absent   ; 0 ; 3 ; 1
            2,-|-,-    ; none  ; absent   ; 1 ; 0 ; 3
            """)
    void factorScoreIsThePooledMeanOfItsFlippedAnswers(String answers, Double mean, String level, int answered, int dontKnow,
            int missing) {
        FactorScore vision = scorer.score(scan(answers), SMALL).factor(Factor.VISION);
        if (mean == null) {
            assertThat(vision.mean()).isNull();
            assertThat(vision.score().absentReason()).isEqualTo(AbsentReason.TOO_FEW_ANSWERS);
        } else {
            assertThat(vision.mean()).isCloseTo(mean, within(1e-4));
        }
        assertThat(vision.score().level().id()).isEqualTo(level);
        int respondents = answers.split("\\|").length;
        assertThat(vision.score().coverage()).isEqualTo(new Coverage(2 * respondents, answered, dontKnow, missing));
    }

    @Test
    void reversedItemsAreFlipped() {
        ScoreCard card = scorer.score(scan("1,1"), SMALL);
        assertThat(card.items()).extracting(ItemScore::item, ItemScore::mean)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", 1.0), org.assertj.core.groups.Tuple.tuple("v2", 5.0),
                        org.assertj.core.groups.Tuple.tuple("i1", null));
        assertThat(card.factor(Factor.VISION).mean()).isEqualTo(3.0);
    }

    @Test
    void domainsDimensionsAndCellsPoolTheirItems() {
        ScoreCard card = scorer.score(scan("4,2,5|2,dk,3"), SMALL);
        // vision answers as scored: 4, 4, 2; image: 5, 3
        assertThat(card.domain(Domain.ORGANISATION).mean()).isCloseTo(10.0 / 3, within(1e-9));
        assertThat(card.domain(Domain.TARGET_PUBLIC).mean()).isEqualTo(4.0);
        assertThat(card.domain(Domain.STAFF).absentReason()).isEqualTo(AbsentReason.NO_ITEMS);
        assertThat(card.dimension(Dimension.POLICY).mean()).isEqualTo(3.0);
        assertThat(card.dimension(Dimension.CULTURE).mean()).isEqualTo(4.0);
        assertThat(card.dimension(Dimension.CULTURE).coverage()).isEqualTo(new Coverage(2, 1, 1, 0));
        assertThat(card.dimension(Dimension.PRACTICE).mean()).isEqualTo(4.0);
        assertThat(card.cell(Domain.ORGANISATION, Dimension.POLICY).mean()).isEqualTo(3.0);
        assertThat(card.cell(Domain.TARGET_PUBLIC, Dimension.PRACTICE).mean()).isEqualTo(4.0);
        assertThat(card.cell(Domain.TARGET_PUBLIC, Dimension.POLICY).absentReason()).isEqualTo(AbsentReason.NO_ITEMS);
        assertThat(card.overall().mean()).isEqualTo(18.0 / 5);
        assertThat(card.overall().coverage()).isEqualTo(new Coverage(6, 5, 1, 0));
        assertThat(card.factor(Factor.LEADERSHIP).score().absentReason()).isEqualTo(AbsentReason.NO_ITEMS);
        assertThat(card.factor(Factor.LEADERSHIP).spread()).isNull();
        assertThat(card.cells()).hasSize(12);
        assertThat(card.respondents()).isEqualTo(2);
    }

    @Test
    void spreadComparesEachRespondentsOwnMean() {
        // own vision means: 2 (2,4 reversed -> 2,2), 3 (3,3), 4 (4,2 -> 4,4); the fourth answered nothing on vision
        ScoreCard card = scorer.score(scan("2,4|3,3|4,2|-,-,5"), SMALL);
        Spread spread = card.factor(Factor.VISION).spread();
        assertThat(spread.respondents()).isEqualTo(3);
        assertThat(spread.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(spread.lowest()).isEqualTo(2.0);
        assertThat(spread.highest()).isEqualTo(4.0);
        assertThat(spread.range()).isEqualTo(2.0);
        Spread image = card.factor(Factor.IMAGE).spread();
        assertThat(image.respondents()).isEqualTo(1);
        assertThat(image.standardDeviation()).isZero();
    }

    @Test
    void agreeingRespondentsHaveNoSpread() {
        Spread spread = scorer.score(scan("4,2|4,2|5,1|5,1"), SMALL).factor(Factor.VISION).spread();
        assertThat(spread.standardDeviation()).isCloseTo(0.5, within(1e-12));
        Spread same = scorer.score(scan("3,3|3,3"), SMALL).factor(Factor.VISION).spread();
        assertThat(same.standardDeviation()).isZero();
    }

    @Test
    void rolesGetTheirOwnMeans() {
        ScoreCard card = scorer.score(scan("5,1|1,5|3,3"), SMALL);
        // roles cycle board, staff, frontline
        assertThat(card.role(Role.BOARD).orElseThrow().factorMeans()).containsEntry(Factor.VISION, 5.0);
        assertThat(card.role(Role.STAFF).orElseThrow().factorMeans()).containsEntry(Factor.VISION, 1.0);
        assertThat(card.role(Role.FRONTLINE).orElseThrow().respondents()).isEqualTo(1);
        assertThat(card.role(Role.VOLUNTEER)).isEmpty();
    }

    @Test
    void levelBandsAndTheMinimumShareAreSettings() {
        Scorer strict = Scorer.create(new ScoringSettings(new LevelBands(2.0, 3.0, 4.5), 0.75));
        ScoreCard card = strict.score(scan("4,2|dk,2"), SMALL);
        assertThat(card.factor(Factor.VISION).mean()).isEqualTo(4.0);
        assertThat(card.factor(Factor.VISION).score().level()).isEqualTo(Level.GOOD);
        assertThat(strict.score(scan("4,2|dk,dk"), SMALL).factor(Factor.VISION).score().level()).isEqualTo(Level.ABSENT);
        assertThat(card.bands()).isEqualTo(new LevelBands(2.0, 3.0, 4.5));
    }

    @Test
    void theBundledQuestionnaireScoresEveryFactor() {
        Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();
        Map<String, Answer> answers = new LinkedHashMap<>();
        questionnaire.items().forEach(item -> answers.put(item.id(), Answer.of(item.reversed() ? 2 : 4)));
        Scan scan = new Scan(ORGANISATION, questionnaire.id(), LocalDate.of(2026, 1, 1),
                List.of(new Respondent("a", Role.STAFF, answers), new Respondent("b", Role.BOARD, answers)));
        ScoreCard card = scorer.score(scan, questionnaire);
        for (Factor factor : Factor.values()) {
            assertThat(card.factor(factor).mean()).as(factor.id()).isEqualTo(4.0);
            assertThat(card.factor(factor).spread().standardDeviation()).isZero();
        }
        // Every cell with items scores 4; target-public x culture and x policy have none (those items describe the people).
        card.cells().forEach(cell -> {
            if (questionnaire.itemsOf(cell.domain(), cell.dimension()).isEmpty()) {
                assertThat(cell.score().absentReason()).as("%s x %s", cell.domain(), cell.dimension()).isEqualTo(AbsentReason.NO_ITEMS);
            } else {
                assertThat(cell.score().mean()).isEqualTo(4.0);
            }
        });
        assertThat(card.cells()).filteredOn(cell -> cell.score().absentReason() == AbsentReason.NO_ITEMS).hasSize(2);
        assertThat(card.overall().coverage().expected()).isEqualTo(2 * questionnaire.items().size());
    }

    @Test
    void refusesAScanOfAnotherQuestionnaire() {
        Scan other = new Scan(ORGANISATION, "selfscan-1", LocalDate.of(2026, 1, 1), List.of());
        assertThatThrownBy(() -> scorer.score(other, SMALL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selfscan-1");
    }

    @Test
    void anItemWithoutDimensionCountsForItsFactorAndDomainButInNoDimension() {
        // GIVEN the small questionnaire, with i1 describing the target group (no dimension)
        Questionnaire withoutDimension = new Questionnaire("small", Map.of(Language.EN, "small"), Map.of(), List.of(
                SMALL.items().get(0), SMALL.items().get(1),
                new Item("i1", Factor.IMAGE, null, false, Map.of(Language.EN, "three"))));
        // WHEN one respondent answers v1=4, v2=2 (flipped to 4) and i1=1
        ScoreCard card = scorer.score(scan("4,2,1"), withoutDimension);
        // THEN i1 counts for image, the target-public domain and the overall mean ...
        assertThat(card.factor(Factor.IMAGE).mean()).isEqualTo(1.0);
        assertThat(card.domain(Domain.TARGET_PUBLIC).mean()).isEqualTo(1.0);
        assertThat(card.overall().mean()).isEqualTo(3.0);
        // ... but in no dimension and no cell: practice had only i1, so it has no items now
        assertThat(card.dimension(Dimension.PRACTICE).absentReason()).isEqualTo(AbsentReason.NO_ITEMS);
        assertThat(card.cell(Domain.TARGET_PUBLIC, Dimension.PRACTICE).absentReason()).isEqualTo(AbsentReason.NO_ITEMS);
        assertThat(card.dimension(Dimension.POLICY).mean()).isEqualTo(4.0);
        // and with the dimension the same answers do count for practice
        assertThat(scorer.score(scan("4,2,1"), SMALL).dimension(Dimension.PRACTICE).mean()).isEqualTo(1.0);
    }

    private static final Role[] ROLES = {Role.BOARD, Role.STAFF, Role.FRONTLINE};

    private static Scan scan(String answers) {
        List<Respondent> respondents = new ArrayList<>();
        String[] people = answers.split("\\|");
        String[] ids = {"v1", "v2", "i1"};
        for (int p = 0; p < people.length; p++) {
            Map<String, Answer> given = new LinkedHashMap<>();
            String[] values = people[p].split(",");
            for (int i = 0; i < values.length; i++) {
                String value = values[i].strip();
                if (value.equals("dk")) {
                    given.put(ids[i], Answer.DONT_KNOW);
                } else if (!value.equals("-")) {
                    given.put(ids[i], Answer.of(Integer.parseInt(value)));
                }
            }
            respondents.add(new Respondent("r" + p, ROLES[p % ROLES.length], given));
        }
        return new Scan(ORGANISATION, "small", LocalDate.of(2026, 11, 22), respondents);
    }
}
