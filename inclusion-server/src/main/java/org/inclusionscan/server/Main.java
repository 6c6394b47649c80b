package org.inclusionscan.server;

import org.inclusionscan.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/inclusion serve} and {@code bin/inclusion users add}: the server's command line. */
@Command(name = "inclusion", subcommands = {ServeCommand.class, UsersCommand.class}, mixinStandardHelpOptions = true,
        description = "The Inclusietracker server.")
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        line.registerConverter(Language.class, Language::fromId);
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CommandFailure failure) {
                command.getErr().println(failure.getMessage());
                return 2;
            }
            throw e;
        });
        return line.execute(args);
    }

    /** A user's mistake on the command line: its message, exit code 2, no stack trace. */
    static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailure(String message) {
            super(message);
        }
    }
}
