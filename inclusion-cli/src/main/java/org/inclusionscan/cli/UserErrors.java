package org.inclusionscan.cli;

import java.util.List;

/**
 * Failures from other modules that are a user's mistake (a broken rule file, say) and how to
 * print them. Kept in one list so that {@link Cli} maps every kind the same way.
 */
final class UserErrors {

    /** A kind of user error: recognises its exception and prints it in a few lines. */
    interface Kind {
        boolean matches(Exception exception);

        void print(Cli cli, Exception exception);
    }

    private UserErrors() {
    }

    static List<Kind> kinds() {
        return List.of();
    }
}
