package org.inclusionscan.rules;

import java.util.Objects;

/**
 * One thing wrong with a rule set, at one place.
 *
 * @param file    the file as the user knows it, e.g. {@code rules/extra.drl}
 * @param line    the line, from 1; 0 when the problem concerns the whole file
 * @param column  for DRL the character position reported by the parser (from 0), for a CSV
 *                decision table the cell number (from 1, A = 1); 0 when unknown
 * @param message what is wrong, in English
 */
public record RuleProblem(String file, int line, int column, String message) {

    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static RuleProblem inFile(String file, String message) {
        return new RuleProblem(file, 0, 0, message);
    }

    /** {@code file:line:column: message}, or {@code file: message} when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? "%s:%d:%d: %s".formatted(file, line, column, message) : "%s: %s".formatted(file, message);
    }
}
