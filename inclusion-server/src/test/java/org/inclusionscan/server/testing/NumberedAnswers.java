package org.inclusionscan.server.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;

/**
 * A full set of answers to the default questionnaire that carries a number: the first
 * {@value #DIGITS} items hold it in base 6 (0 is "don't know", 1-5 the values). Stored answers can so
 * be traced back to the submission that sent them without any note, role or link (a response holds
 * nothing else that could name it), and a database can be searched for each acknowledged number.
 */
public final class NumberedAnswers {

    public static final int DIGITS = 7;
    /** How many different numbers fit: 6^7. */
    public static final int CAPACITY = 279_936;
    private static final List<String> ITEMS = QuestionnaireRegistry.defaultQuestionnaire().items().stream().map(Item::id).toList();

    private NumberedAnswers() {
    }

    public static List<String> itemIds() {
        return ITEMS;
    }

    /** Answers to every item of the default questionnaire: {@code number} in the first items, 3 elsewhere. */
    public static Map<String, Object> of(int number) {
        if (number < 0 || number >= CAPACITY) {
            throw new IllegalArgumentException("The number (%d) must be between 0 and %d.".formatted(number, CAPACITY - 1));
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        int rest = number;
        for (int i = 0; i < ITEMS.size(); i++) {
            if (i < DIGITS) {
                int digit = rest % 6;
                rest /= 6;
                answers.put(ITEMS.get(i), digit == 0 ? "dont-know" : digit);
            } else {
                answers.put(ITEMS.get(i), 3);
            }
        }
        return answers;
    }

    /**
     * The number that stored answers carry; {@code storedCode} gives the stored code (0 for "don't know",
     * 1-5) of an item id, or -1 when that item has no answer.
     */
    public static int decode(java.util.function.ToIntFunction<String> storedCode) {
        int number = 0;
        for (int i = DIGITS - 1; i >= 0; i--) {
            int code = storedCode.applyAsInt(ITEMS.get(i));
            if (code < 0 || code > 5) {
                return -1;
            }
            number = number * 6 + code;
        }
        return number;
    }
}
