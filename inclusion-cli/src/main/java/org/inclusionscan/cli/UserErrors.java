package org.inclusionscan.cli;

import java.util.List;
import java.util.Map;
import org.inclusionscan.report.IncomparableScansException;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;

/**
 * Failures from other modules that are a user's mistake (a broken rule file, two scans that
 * cannot be compared) and how to print them. Kept in one list so that {@link Cli} maps every kind
 * the same way.
 */
final class UserErrors {

    /** A kind of user error: recognises its exception and prints it in a few lines. */
    interface Kind {
        boolean matches(Exception exception);

        void print(Cli cli, Exception exception);
    }

    private static final Kind RULE_SET = new Kind() {
        @Override
        public boolean matches(Exception exception) {
            return exception instanceof RuleSetException;
        }

        @Override
        public void print(Cli cli, Exception exception) {
            List<RuleProblem> problems = ((RuleSetException) exception).problems();
            cli.error("cli.error.rule-set", Map.of("count", problems.size()));
            problems.stream().limit(Cli.PROBLEMS_SHOWN).forEach(problem -> cli.line("  " + problem.describe(cli.language())));
            if (problems.size() > Cli.PROBLEMS_SHOWN) {
                cli.line("  " + cli.text("cli.error.more-problems", Map.of("count", problems.size() - Cli.PROBLEMS_SHOWN)));
            }
        }
    };

    private static final Kind INCOMPARABLE = new Kind() {
        @Override
        public boolean matches(Exception exception) {
            return exception instanceof IncomparableScansException;
        }

        @Override
        public void print(Cli cli, Exception exception) {
            cli.error("cli.error.incomparable", Map.of("detail", exception.getMessage()));
        }
    };

    private UserErrors() {
    }

    static List<Kind> kinds() {
        return List.of(RULE_SET, INCOMPARABLE);
    }
}
