package org.inclusionscan.server.testing;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberedAnswersTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 6, 35, 1234, NumberedAnswers.CAPACITY - 1})
    void aNumberSurvivesTheWayThroughStoredCodes(int number) {
        // GIVEN the answers that carry the number, stored as the server stores them (0 = don't know)
        Map<String, Object> answers = NumberedAnswers.of(number);

        // WHEN decoded from those codes
        int decoded = NumberedAnswers.decode(item -> answers.get(item) instanceof Integer value ? value : 0);

        // THEN it is the number, and every item of the questionnaire is answered
        then(decoded).isEqualTo(number);
        then(answers).hasSize(NumberedAnswers.itemIds().size());
    }
}
