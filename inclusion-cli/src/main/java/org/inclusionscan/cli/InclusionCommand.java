package org.inclusionscan.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: a self-scan on social inclusion, scored, advised and reported. */
@Command(name = "inclusion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.inclusionscan.cli.Help", sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {ScoreCommand.class, CompareCommand.class, QuestionnaireCommand.class, CatalogueCommand.class,
                InitRulesCommand.class, CheckCommand.class})
final class InclusionCommand implements Runnable {

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
