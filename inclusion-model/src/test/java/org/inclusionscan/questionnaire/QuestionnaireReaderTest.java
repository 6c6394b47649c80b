package org.inclusionscan.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireReaderTest {

    private final QuestionnaireReader reader = QuestionnaireReader.create();

    private Questionnaire read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)), "own.json");
    }

    @Test
    void readsAnOrganisationsOwnQuestionnaireFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("own.json");
        Files.writeString(file, """
                {"id": "own-2", "title": {"nl": "Eigen scan"},
                 "items": [
                   {"id": "a", "factor": "vision", "dimension": "policy", "text": {"nl": "Onze visie staat op papier.", "en": "Our vision is written down."}},
                   {"id": "b", "factor": "image", "dimension": "culture", "reversed": true, "text": {"fr": "On parle peu du public."}}
                 ]}
                """);
        Questionnaire questionnaire = reader.read(file);
        assertThat(questionnaire.id()).isEqualTo("own-2");
        assertThat(questionnaire.items()).extracting(Item::id).containsExactly("a", "b");
        Item b = questionnaire.item("b").orElseThrow();
        assertThat(b.factor()).isEqualTo(Factor.IMAGE);
        assertThat(b.dimension()).isEqualTo(Dimension.CULTURE);
        assertThat(b.reversed()).isTrue();
        assertThat(b.scored(1)).isEqualTo(5);
        assertThat(b.text(Language.NL)).as("falls back to a language that exists").isEqualTo("On parle peu du public.");
        assertThat(questionnaire.title(Language.EN)).isEqualTo("Eigen scan");
        assertThat(QuestionnaireRegistry.defaults().with(questionnaire).find("own-2")).contains(questionnaire);
    }

    @Test
    void anItemWithAnExplicitNullDimensionDescribesTheTargetGroupAndHasNoDimension() throws IOException {
        // GIVEN an item about the people the organisation works with, marked with "dimension": null
        Questionnaire questionnaire = read("""
                {'id': 'own-3', 'title': {'nl': 'Eigen scan'},
                 'items': [
                   {'id': 'a', 'factor': 'network-vitality', 'dimension': null, 'text': {'nl': 'De mensen hebben iemand om op terug te vallen.'}},
                   {'id': 'b', 'factor': 'vision', 'dimension': 'policy', 'text': {'nl': 'Onze visie staat op papier.'}}
                 ]}
                """);
        // THEN it reads without a dimension, while the other item keeps its own
        assertThat(questionnaire.item("a").orElseThrow().dimension()).isNull();
        assertThat(questionnaire.item("a").orElseThrow().optionalDimension()).isEmpty();
        assertThat(questionnaire.item("b").orElseThrow().optionalDimension()).contains(Dimension.POLICY);
    }

    @Test
    void refusesAnItemThatLeavesOutTheDimensionKey() {
        // A forgotten key is a mistake, not "no dimension": only an explicit null says that.
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> read("""
                {'id': 'own-4', 'title': {'nl': 'x'},
                 'items': [{'id': 'a', 'factor': 'vision', 'text': {'nl': 'een'}}]}
                """));
        assertThat(error.problems()).extracting(Problem::location, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].dimension", "json.required"));
    }

    @Test
    void refusesAnInvalidQuestionnaireListingEveryProblem() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> read("""
                {'id': 'Bad Id', 'title': {'nl': 'x'}, 'colour': 'red',
                 'items': [
                   {'id': 'a', 'factor': 'visions', 'dimension': 'policy', 'text': {'nl': 'een'}},
                   {'id': 'a', 'factor': 'vision', 'dimension': 'politics', 'text': {'nl': 'twee'}},
                   {'id': 'c', 'factor': 'vision', 'dimension': 'policy', 'text': {'nl': '  '}},
                   {'id': 'd', 'factor': 'vision', 'dimension': 'policy', 'text': {}},
                   {'id': 'e', 'factor': 'vision', 'dimension': 'policy', 'reversed': 'yes', 'text': {'de': 'x'}},
                   {'factor': 'vision', 'dimension': 'policy'}
                 ]}
                """));
        assertThat(error.source()).isEqualTo("own.json");
        assertThat(error.problems()).extracting(Problem::location, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("colour", "json.unknown-key"),
                org.assertj.core.groups.Tuple.tuple("id", "questionnaire.bad-id"),
                org.assertj.core.groups.Tuple.tuple("items[0].factor", "json.unknown-id"),
                org.assertj.core.groups.Tuple.tuple("items[1].id", "questionnaire.duplicate-item"),
                org.assertj.core.groups.Tuple.tuple("items[1].dimension", "json.unknown-id"),
                org.assertj.core.groups.Tuple.tuple("items[2].text.nl", "json.blank"),
                org.assertj.core.groups.Tuple.tuple("items[3].text", "questionnaire.no-text"),
                org.assertj.core.groups.Tuple.tuple("items[4].reversed", "json.type"),
                org.assertj.core.groups.Tuple.tuple("items[4].text.de", "json.unknown-id"),
                org.assertj.core.groups.Tuple.tuple("items[5].id", "json.required"),
                org.assertj.core.groups.Tuple.tuple("items[5].text", "json.required"));
        assertThat(error.describe(Language.EN)).contains("items[0].factor: the factor \"visions\" is unknown; use one of");
    }

    @Test
    void refusesAQuestionnaireWithoutItems() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> read("{'id': 'x', 'title': {'en': 'x'}, 'items': []}"));
        assertThat(error.problems()).extracting(Problem::location, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("items", "questionnaire.no-items"));
    }
}
