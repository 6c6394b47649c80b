package org.inclusionscan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.scan.Scan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores one scan, or many in batch, and writes the report. */
@Command(name = "score", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class ScoreCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCAN.json", descriptionKey = "score.scan")
    Path scan;

    @Option(names = "--batch", paramLabel = "FILE.jsonl", descriptionKey = "score.batch")
    Path batch;

    @Option(names = "--summary", paramLabel = "FILE.json", descriptionKey = "score.summary")
    Path summary;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "score.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ReportOptionsMixin report;

    ScoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        cli.language(report.language);
        if ((scan == null) == (batch == null)) {
            throw new UserException("score-needs-one", Map.of());
        }
        if (batch != null) {
            if (report.format != null && report.format != ReportFormat.JSON) {
                throw new UserException("batch-format", Map.of("format", report.format.id()));
            }
            if (threads < 1) {
                throw new UserException("threads", Map.of("threads", threads));
            }
            Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
            return new BatchScorer(cli, engine, report.options(), threads).run(UserFiles.existing(batch), report.out, summary);
        }
        if (summary != null) {
            throw new UserException("summary-needs-batch", Map.of());
        }
        Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
        Scan read = engine.reader().read(UserFiles.existing(scan));
        ScanResult result = engine.evaluate(read);
        Output.write(cli, report.out, writer -> engine.reporter().render(result, report.format(), report.options(), writer));
        return ExitCode.OK;
    }
}
