package org.inclusionscan.server.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.inclusionscan.scan.Answer;

/**
 * How an answer is stored: 1-5 as given, 0 for "don't know". A response's answers are kept together in
 * one text, {@code item:code} pairs in the order of their item ids, separated by commas
 * ({@code legislation-1:4,vision-2:0}); item ids are the questionnaire's kebab-case ids, which hold
 * neither separator.
 */
public final class AnswerCodes {

    /** The longest text of a response's answers: far above 72 items of 40 characters. */
    public static final int MAX_ENCODED = 20_000;

    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private AnswerCodes() {
    }

    static int code(Answer answer) {
        return answer.isDontKnow() ? 0 : answer.value();
    }

    static Answer answer(int code) {
        return code == 0 ? Answer.DONT_KNOW : Answer.of(code);
    }

    /** A response's answers as one text. */
    static String encode(Map<String, Answer> answers) {
        Map<String, Integer> codes = new TreeMap<>();
        answers.forEach((item, answer) -> codes.put(item, code(answer)));
        return encodeCodes(codes);
    }

    /**
     * Item ids and their codes as one text, in the order of the item ids.
     *
     * @throws IllegalArgumentException for an item id that is not a questionnaire's id, a code outside 0..5, or a text
     *                                  longer than {@link #MAX_ENCODED}: answers are checked before they are stored
     */
    public static String encodeCodes(Map<String, Integer> codes) {
        StringBuilder text = new StringBuilder(codes.size() * 24);
        for (Map.Entry<String, Integer> entry : new TreeMap<>(codes).entrySet()) {
            if (!ITEM_ID.matcher(entry.getKey()).matches() || entry.getValue() < 0 || entry.getValue() > 5) {
                throw new IllegalArgumentException("The answer (%s: %s) cannot be stored: item ids are kebab-case, codes 0 to 5."
                        .formatted(entry.getKey(), entry.getValue()));
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(entry.getKey()).append(':').append(entry.getValue());
        }
        if (text.length() > MAX_ENCODED) {
            throw new IllegalArgumentException("The answers (%d characters) are longer than %d.".formatted(text.length(), MAX_ENCODED));
        }
        return text.toString();
    }

    /**
     * The answers of a stored text, in the order of their item ids.
     *
     * @throws IllegalStateException when the stored text is not one this class wrote
     */
    static Map<String, Answer> decode(String text) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return answers;
        }
        for (String pair : text.split(",", -1)) {
            int colon = pair.indexOf(':');
            if (colon < 1 || colon != pair.length() - 2 || pair.charAt(colon + 1) < '0' || pair.charAt(colon + 1) > '5') {
                throw new IllegalStateException("A stored answer (%s) is not an item id and a code.".formatted(pair));
            }
            answers.put(pair.substring(0, colon), answer(pair.charAt(colon + 1) - '0'));
        }
        return answers;
    }
}
