package org.inclusionscan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    @Option(names = "--full-report", descriptionKey = "score.full-report")
    boolean fullReport;

    @Option(names = "--minimum", paramLabel = "N", descriptionKey = "score.minimum")
    Integer minimum;

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
            if (minimum != null && summary == null) {
                throw new UserException("minimum-needs-summary", Map.of());
            }
            var aggregateOptions = AggregateCommand.options(minimum == null ? org.inclusionscan.aggregate.AggregateOptions.DEFAULT_MINIMUM
                    : minimum);
            if (threads < 1) {
                throw new UserException("threads", Map.of("threads", threads));
            }
            Path input = UserFiles.existing(batch);
            Path out = Output.target(report.out, List.of(input));
            Path summaryFile = summary == null ? null : Output.target(summary, Arrays.asList(input, out));
            Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
            return new BatchScorer(cli, engine, report.options(), threads, fullReport, aggregateOptions).run(input, out, summary != null, summaryFile);
        }
        if (summary != null) {
            throw new UserException("summary-needs-batch", Map.of());
        }
        if (minimum != null) {
            throw new UserException("minimum-needs-summary", Map.of());
        }
        if (fullReport) {
            throw new UserException("full-report-needs-batch", Map.of());
        }
        Path input = UserFiles.existing(scan);
        Path out = Output.target(report.out, List.of(input));
        Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
        Scan read = engine.reader().read(input);
        ScanResult result = engine.evaluate(read);
        Output.write(cli, out, writer -> engine.reporter().render(result, report.format(), report.options(), writer));
        return ExitCode.OK;
    }
}
