package org.inclusionscan.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.report.ReportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * One run of the command line: parses, runs the command, and turns failures into a short message
 * and an exit code. A user's mistake is shown in a few lines without a stack trace.
 */
final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    /** At most this many problems of one input are printed; the rest are counted. */
    static final int PROBLEMS_SHOWN = 10;

    private final OutputStream out;
    private final PrintStream err;
    private final PrintStream rawErr;
    private final boolean terminal;
    private final Texts texts = Texts.defaults();
    private Language language = Language.NL;

    /**
     * @param err    standard error with control characters made visible
     * @param rawErr standard error as it is, for the batch progress line only
     */
    Cli(OutputStream out, PrintStream err, PrintStream rawErr, boolean terminal) {
        this.out = out;
        this.err = err;
        this.rawErr = rawErr;
        this.terminal = terminal;
    }

    /** Whether standard output is a terminal. */
    boolean terminal() {
        return terminal;
    }

    int execute(String[] args) {
        Factory factory = new Factory();
        CommandLine line = new CommandLine(new InclusionCommand(this), factory);
        // Only the subcommand the run names is built; the top command's help, a missing or an unknown
        // command get them all (for the list of commands and picocli's suggestions).
        Class<?> named = args.length > 0 ? InclusionCommand.SUBCOMMANDS.get(args[0]) : null;
        InclusionCommand.SUBCOMMANDS.forEach((name, type) -> {
            if (named == null || named == type) {
                line.addSubcommand(name, new CommandLine(type, factory));
            }
        });
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.registerConverter(Language.class, id -> convert(() -> Language.fromId(id)));
        line.registerConverter(ReportFormat.class, id -> convert(() -> ReportFormat.fromId(id)));
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> failed(exception));
        line.setParameterExceptionHandler((exception, parsed) -> {
            language(ParseErrors.languageOf(parsed));
            error("cli.error.usage", Map.of("message", ParseErrors.explain(exception, this),
                    "command", exception.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCode.USER_ERROR;
        });
        return line.execute(args);
    }

    /** Creates each command with this run's {@link Cli} when it has a constructor that takes one. */
    private final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(Cli.class);
                constructor.setAccessible(true);
                return constructor.newInstance(Cli.this);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    private static <T> T convert(java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (UnknownIdException e) {
            throw new CommandLine.TypeConversionException("'%s' (use one of %s)".formatted(e.id(), e.validIds()));
        }
    }

    OutputStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Standard error without the filter: only for text of the program's own (the progress line). */
    PrintStream rawErr() {
        return rawErr;
    }

    /** One line on standard error, with any control character in it made visible. */
    void line(String text) {
        err.println(TerminalText.visible(text));
    }

    Texts texts() {
        return texts;
    }

    Language language() {
        return language;
    }

    /** The language of messages from now on: the command's {@code --lang}. */
    void language(Language language) {
        this.language = language;
    }

    String text(String key, Map<String, ?> arguments) {
        return texts.get(language, key, arguments);
    }

    /** A message for the person at the terminal, on standard error. */
    void tell(String key, Map<String, ?> arguments) {
        line(text(key, arguments));
    }

    void error(String key, Map<String, ?> arguments) {
        line(text("cli.error.prefix", Map.of()) + " " + text(key, arguments));
    }

    int failed(Exception exception) {
        if (exception instanceof InvalidInputException invalid) {
            printProblems(invalid.source(), invalid.problems());
            return ExitCode.USER_ERROR;
        }
        if (exception instanceof UserException user) {
            error("cli.error." + user.code(), user.arguments());
            return ExitCode.USER_ERROR;
        }
        java.io.IOException io = EnvironmentErrors.ioFailure(exception);
        if (io != null) {
            EnvironmentErrors.print(this, io);
            return ExitCode.USER_ERROR;
        }
        for (UserErrors.Kind kind : UserErrors.kinds()) {
            if (kind.matches(exception)) {
                kind.print(this, exception);
                return ExitCode.USER_ERROR;
            }
        }
        LOG.error("Internal error", exception);
        error("cli.error.internal", Map.of("message", String.valueOf(exception.getMessage())));
        return ExitCode.INTERNAL_ERROR;
    }

    void printProblems(String source, List<Problem> problems) {
        error("cli.error.invalid-input", Map.of("source", source, "count", problems.size()));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> line("  " + problem.describe(language)));
        if (problems.size() > PROBLEMS_SHOWN) {
            line("  " + text("cli.error.more-problems", Map.of("count", problems.size() - PROBLEMS_SHOWN)));
        }
    }
}
