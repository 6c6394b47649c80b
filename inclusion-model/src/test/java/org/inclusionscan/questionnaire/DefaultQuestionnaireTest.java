package org.inclusionscan.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultQuestionnaireTest {

    private final Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();

    @Test
    void isVersionedAndOlderScansKeepTheirQuestionnaire() {
        assertThat(questionnaire.id()).isEqualTo("selfscan-2");
        assertThat(QuestionnaireRegistry.defaults().ids()).containsExactly("selfscan-1", "selfscan-2");
        assertThat(QuestionnaireRegistry.defaults().find("selfscan-1").orElseThrow().items()).hasSize(72);
    }

    @Test
    void anItemIdKeepsItsMeaning() {
        // An id shared by both questionnaires names the same statement: same factor, dimension and direction.
        Questionnaire first = QuestionnaireRegistry.defaults().find("selfscan-1").orElseThrow();
        for (Item item : questionnaire.items()) {
            first.item(item.id()).ifPresent(old -> {
                assertThat(item.factor()).as(item.id()).isEqualTo(old.factor());
                assertThat(item.dimension()).as(item.id()).isEqualTo(old.dimension());
                assertThat(item.reversed()).as(item.id()).isEqualTo(old.reversed());
            });
        }
    }

    @Test
    void targetPublicStatementsDescribeThePeopleNotTheOrganisation() {
        // Seed 000 describes these factors as the public's own situation, so selfscan-2 asks the team's view of it.
        for (Item item : questionnaire.items()) {
            if (item.factor().domain() == Domain.TARGET_PUBLIC) {
                assertThat(item.text(Language.NL)).as(item.id()).containsIgnoringCase("mensen met wie we werken");
                assertThat(item.text(Language.EN)).as(item.id()).containsIgnoringCase("people we work with");
                assertThat(item.text(Language.FR)).as(item.id()).containsIgnoringCase("personnes que nous accompagnons");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Factor.class)
    void everyFactorHasAtLeastTwoItems(Factor factor) {
        assertThat(questionnaire.itemsOf(factor)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(questionnaire.factorsWithoutItems()).isEmpty();
    }

    @Test
    void everyDomainDimensionCellHasItems() {
        for (Domain domain : Domain.values()) {
            for (Dimension dimension : Dimension.values()) {
                assertThat(questionnaire.itemsOf(domain, dimension)).as("%s x %s", domain.id(), dimension.id()).isNotEmpty();
            }
        }
    }

    @Test
    void itemIdsAreUniqueAndSomeItemsAreReversed() {
        Set<String> ids = new HashSet<>();
        questionnaire.items().forEach(item -> assertThat(ids.add(item.id())).as(item.id()).isTrue());
        long reversed = questionnaire.items().stream().filter(Item::reversed).count();
        assertThat(reversed).isBetween(4L, (long) questionnaire.items().size() / 2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyItemAndTheTitleHaveTextInEveryLanguage(Language language) {
        assertThat(questionnaire.title()).containsKey(language);
        assertThat(questionnaire.description()).containsKey(language);
        for (Item item : questionnaire.items()) {
            assertThat(item.text().get(language)).as(item.id()).isNotBlank();
        }
    }

    @Test
    void translationsDiffer() {
        for (Item item : questionnaire.items()) {
            assertThat(item.text(Language.NL)).as(item.id()).isNotEqualTo(item.text(Language.EN)).isNotEqualTo(item.text(Language.FR));
        }
    }
}
