package org.inclusionscan.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.inclusionscan.model.Language;

/**
 * A rule set that cannot be used: every problem found, each located by file, line and column.
 * This is a policy team's mistake, not a bug: show {@link #problems()}, not a stack trace. The
 * message is in English, for logs; {@link #describe(Language)} gives the problems in nl, fr or en.
 */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * A refused rule set.
     *
     * @param source   the rules directory or "bundled defaults"
     * @param problems every problem found, at least one
     */
    public RuleSetException(String source, List<RuleProblem> problems) {
        super("The rule set (%s) has %d problem%s:%n  %s".formatted(source, problems.size(), problems.size() == 1 ? "" : "s",
                problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator() + "  "))));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rule set exception has at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, sorted by file, line and column.
     *
     * @return the problems
     */
    public List<RuleProblem> problems() {
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
