package org.inclusionscan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusionscan.model.ScanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Compares an earlier and a later scan of the same organisation. */
@Command(name = "compare", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "EARLIER.json", descriptionKey = "compare.earlier")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER.json", descriptionKey = "compare.later")
    Path later;

    @Mixin
    ReportOptionsMixin report;

    CompareCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        cli.language(report.language);
        Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
        ScanResult before = engine.evaluate(engine.reader().read(UserFiles.existing(earlier)));
        ScanResult after = engine.evaluate(engine.reader().read(UserFiles.existing(later)));
        engine.reporter().compare(before, after, report.options());
        Output.write(cli, report.out,
                writer -> engine.reporter().renderComparison(before, after, report.format(), report.options(), writer));
        return ExitCode.OK;
    }
}
