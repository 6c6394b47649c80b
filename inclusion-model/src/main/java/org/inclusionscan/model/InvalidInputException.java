package org.inclusionscan.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user's input (a scan, a questionnaire, a rule scenario) that cannot be used, with every
 * problem found in it. This is a user's mistake, not a bug: show {@link #problems()}, not a
 * stack trace.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int PROBLEMS_IN_MESSAGE = 20;

    /**
     * What was read.
     */
    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source   what was read: a file name, or a description such as {@code scan}
     * @param problems every problem found, at least one
     */
    public InvalidInputException(String source, List<Problem> problems) {
        super(summary(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one problem.");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String summary(String source, List<Problem> problems) {
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator() + "  ", System.lineSeparator() + "  ", ""));
        String more = problems.size() > PROBLEMS_IN_MESSAGE
                ? System.lineSeparator() + "  (and %d more)".formatted(problems.size() - PROBLEMS_IN_MESSAGE) : "";
        return "The input (%s) has %d %s:%s%s".formatted(source, problems.size(),
                problems.size() == 1 ? "problem" : "problems", listed, more);
    }

    /**
     * What was read.
     *
     * @return a file name or a description
     */
    public String source() {
        return source;
    }

    /**
     * Every problem, each with its location (a JSON path, or a line and column for a syntax error).
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Every problem, one a line, in the language.
     *
     * @param language nl, fr or en
     * @return the lines
     */
    public String describe(Language language) {
        return problems.stream().map(problem -> problem.describe(language)).collect(Collectors.joining(System.lineSeparator()));
    }
}
