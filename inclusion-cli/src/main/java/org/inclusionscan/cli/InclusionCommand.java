package org.inclusionscan.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command: a self-scan on social inclusion, scored, advised and reported. Its subcommands are
 * {@link #SUBCOMMANDS}, added by {@link Cli} rather than listed in {@code @Command}: picocli builds the
 * model of every listed subcommand at start (reflection over each class and its help bundle), and a
 * run needs only the one it names.
 */
@Command(name = "inclusion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.inclusionscan.cli.Help", sortOptions = false, usageHelpAutoWidth = true)
final class InclusionCommand implements Runnable {

    /** Every subcommand by name, in the order the help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (Class<?> type : new Class<?>[] {ScoreCommand.class, AggregateCommand.class, CompareCommand.class, QuestionnaireCommand.class,
                CatalogueCommand.class, InitRulesCommand.class, CheckCommand.class}) {
            commands.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(commands);
    }

    private final Cli cli;

    @Spec
    private CommandSpec spec;

    InclusionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), cli.text("cli.error.no-command", Map.of()));
    }
}
