package org.inclusionscan.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-column form of a response's answers (V11): every bundled questionnaire's answers go in and come back whole. */
class AnswerCodesTest {

    @Test
    void every_item_of_every_bundled_questionnaire_is_stored_and_read_back_with_each_answer() {
        QuestionnaireRegistry registry = QuestionnaireRegistry.defaults();
        for (String id : registry.ids()) {
            for (int code = 0; code <= 5; code++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (Item item : registry.find(id).orElseThrow().items()) {
                    answers.put(item.id(), AnswerCodes.answer((code + answers.size()) % 6));
                }

                Map<String, Answer> back = AnswerCodes.decode(AnswerCodes.encode(answers));

                assertThat(back).as(id).isEqualTo(answers);
            }
        }
    }

    @Test
    void the_text_lists_items_in_id_order_with_zero_for_dont_know() {
        assertThat(AnswerCodes.encode(Map.of("vision-2", Answer.DONT_KNOW, "legislation-1", Answer.of(4))))
                .isEqualTo("legislation-1:4,vision-2:0");
        assertThat(AnswerCodes.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"legislation-1", "legislation-1:", ":4", "legislation-1:6", "legislation-1:44", "a:1,,b:2",
            "a:1,", "a:x"})
    void a_stored_text_this_class_did_not_write_is_a_bug_named_as_such(String stored) {
        assertThatThrownBy(() -> AnswerCodes.decode(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an item id and a code");
    }

    @Test
    void an_item_id_that_would_break_the_text_is_never_written() {
        assertThatThrownBy(() -> AnswerCodes.encode(Map.of("a,b", Answer.of(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodes.encode(Map.of("a:b", Answer.of(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
