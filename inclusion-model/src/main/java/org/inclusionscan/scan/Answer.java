package org.inclusionscan.scan;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An answer to one item: agreement from 1 (totally disagree) to 5 (totally agree), or
 * "don't know". In JSON a number or the string {@code "dont-know"}.
 */
public final class Answer {

    /**
     * The JSON value of a "don't know" answer.
     */
    public static final String DONT_KNOW_ID = "dont-know";

    /** The "don't know" answer: counted, but left out of every mean. */
    public static final Answer DONT_KNOW = new Answer(0);

    private static final Answer[] AGREEMENT = {new Answer(1), new Answer(2), new Answer(3), new Answer(4), new Answer(5)};

    private final int value;

    private Answer(int value) {
        this.value = value;
    }

    /**
     * An answer on the scale.
     *
     * @param value 1 (totally disagree) to 5 (totally agree)
     * @return the answer
     * @throws IllegalArgumentException when the value is outside 1 to 5
     */
    public static Answer of(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("The answer (%d) must be between 1 and 5, or don't know.".formatted(value));
        }
        return AGREEMENT[value - 1];
    }

    /**
     * Whether this is a "don't know".
     *
     * @return true for "don't know"
     */
    public boolean isDontKnow() {
        return value == 0;
    }

    /**
     * @throws IllegalStateException for "don't know"
     *
     * The value on the scale.
     *
     * @return 1 to 5
     */
    public int value() {
        if (isDontKnow()) {
            throw new IllegalStateException("A don't-know answer has no value.");
        }
        return value;
    }

    @JsonValue
    Object json() {
        return isDontKnow() ? DONT_KNOW_ID : Integer.valueOf(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer answer && answer.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return isDontKnow() ? DONT_KNOW_ID : Integer.toString(value);
    }
}
