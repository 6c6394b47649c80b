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
import org.junit.jupiter.params.provider.ValueSource;

class DefaultQuestionnaireTest {

    private final Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();

    @Test
    void isVersionedAndOlderScansKeepTheirQuestionnaire() {
        assertThat(questionnaire.id()).isEqualTo("selfscan-3");
        assertThat(QuestionnaireRegistry.defaults().ids()).containsExactly("selfscan-1", "selfscan-2", "selfscan-3");
        assertThat(QuestionnaireRegistry.defaults().find("selfscan-1").orElseThrow().items()).hasSize(72);
        assertThat(QuestionnaireRegistry.defaults().find("selfscan-2").orElseThrow().items()).hasSize(75);
        assertThat(questionnaire.items()).hasSize(75);
    }

    @ParameterizedTest
    @ValueSource(strings = {"selfscan-1", "selfscan-2"})
    void anItemIdKeepsItsMeaning(String olderId) {
        // An id shared by two questionnaires names the same statement: same factor and direction, and the same
        // dimension, except that selfscan-3 gives none to a statement that describes the target group.
        Questionnaire older = QuestionnaireRegistry.defaults().find(olderId).orElseThrow();
        for (Item item : questionnaire.items()) {
            older.item(item.id()).ifPresent(old -> {
                assertThat(item.factor()).as(item.id()).isEqualTo(old.factor());
                assertThat(item.reversed()).as(item.id()).isEqualTo(old.reversed());
                if (item.dimension() != null) {
                    assertThat(item.dimension()).as(item.id()).isEqualTo(old.dimension());
                } else {
                    assertThat(item.factor().domain()).as(item.id()).isEqualTo(Domain.TARGET_PUBLIC);
                }
            });
        }
    }

    @Test
    void theFindingsOfIssue21GotNewIds() {
        // Items whose meaning changed in selfscan-3 left their old id behind (docs/content.md maps them).
        Questionnaire second = QuestionnaireRegistry.defaults().find("selfscan-2").orElseThrow();
        for (String changed : new String[] {"network-vitality-6", "public-benefits-6", "staff-approach-4", "image-6",
                "stakeholders-4", "local-environment-3", "vision-3", "information-6", "valued-roles-5", "valued-roles-6",
                "public-benefits-5", "history-2", "staff-benefits-1", "administration-2"}) {
            assertThat(second.item(changed)).as(changed).isPresent();
            assertThat(questionnaire.item(changed)).as(changed).isEmpty();
        }
        assertThat(questionnaire.item("leadership-1").orElseThrow().text(Language.NL)).doesNotContain("echt");
        assertThat(questionnaire.item("structure-4").orElseThrow().text(Language.NL)).contains("buurtgericht werken");
    }

    @Test
    void dimensionsDescribeTheOrganisationNotThePeople() {
        // Seed 000 does not split the working factors by dimension: a dimension is a view of the organisation's
        // own inclusion. Every statement about the organisation has one; a statement about the people has none.
        for (Item item : questionnaire.items()) {
            // In the target-public domain the organisation's own statements start with "We"; the rest describe the people.
            boolean aboutThePeople = item.factor().domain() == Domain.TARGET_PUBLIC && !item.text(Language.NL).startsWith("We ");
            assertThat(item.dimension() == null).as(item.id()).isEqualTo(aboutThePeople);
        }
        assertThat(questionnaire.item("valued-roles-8").orElseThrow().dimension()).as("the organisation's own support")
                .isEqualTo(Dimension.PRACTICE);
    }

    @Test
    void targetPublicStatementsDescribeThePeopleNotTheOrganisation() {
        // Seed 000 describes these factors as the public's own situation, so selfscan-2 and -3 ask the team's view of it.
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
    void everyOrganisationDomainDimensionCellHasItems() {
        // The target-public domain mostly describes the people, so only its organisation item has a dimension.
        for (Domain domain : Domain.values()) {
            for (Dimension dimension : Dimension.values()) {
                if (domain != Domain.TARGET_PUBLIC) {
                    assertThat(questionnaire.itemsOf(domain, dimension)).as("%s x %s", domain.id(), dimension.id()).isNotEmpty();
                }
            }
        }
        assertThat(questionnaire.itemsOf(Domain.TARGET_PUBLIC, Dimension.CULTURE)).isEmpty();
        assertThat(questionnaire.itemsOf(Domain.TARGET_PUBLIC, Dimension.POLICY)).isEmpty();
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
