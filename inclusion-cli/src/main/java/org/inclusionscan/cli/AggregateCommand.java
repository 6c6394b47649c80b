package org.inclusionscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.OrganisationResult;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The picture across organisations: scores every scan of a batch file (the input of {@code score --batch},
 * one scan per line), keeps each organisation's latest scan and writes the aggregate report. A line that
 * cannot be read or scored is reported with the file and line, and then no aggregate is written (exit 2):
 * an aggregate silently missing organisations would mislead.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class AggregateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateCommand.class);
    private static final int CHUNK_LINES = 64;
    /** At most this many refused lines are printed; the rest are counted. */
    static final int LINES_SHOWN = 10;

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", descriptionKey = "aggregate.file")
    Path file;

    @Option(names = "--minimum", paramLabel = "N", descriptionKey = "aggregate.minimum")
    int minimum = AggregateOptions.DEFAULT_MINIMUM;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "score.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ReportOptionsMixin report;

    AggregateCommand(Cli cli) {
        this.cli = cli;
    }

    /** One line's outcome: the organisation's result, or the problems that stopped it. */
    private record Outcome(long line, OrganisationResult result, List<Problem> problems) {
    }

    @Override
    public Integer call() throws IOException {
        cli.language(report.language);
        AggregateOptions options = options(minimum);
        if (threads < 1) {
            throw new UserException("threads", Map.of("threads", threads));
        }
        Path input = UserFiles.existing(file);
        Path out = Output.target(report.out, List.of(input));
        Engine engine = Engine.create(report.rules, report.dataOnly, report.allowFailingScenarios);
        LatestScans latest = new LatestScans();
        List<Outcome> failed = new ArrayList<>();
        long[] failedCount = {0};
        score(engine, input, outcome -> {
            if (outcome.result() != null) {
                latest.add(outcome.result());
            } else {
                failedCount[0]++;
                if (failed.size() < LINES_SHOWN) {
                    failed.add(outcome);
                }
            }
        });
        if (failedCount[0] > 0) {
            for (Outcome outcome : failed) {
                cli.printProblems(input + ":" + outcome.line(), outcome.problems());
            }
            if (failedCount[0] > failed.size()) {
                cli.line(cli.text("cli.aggregate.more-lines", Map.of("count", failedCount[0] - failed.size())));
            }
            cli.error("cli.error.aggregate-refused", Map.of("file", input, "failed", failedCount[0], "scans", latest.scans() + failedCount[0]));
            return ExitCode.USER_ERROR;
        }
        List<OrganisationResult> organisations = latest.organisations();
        Aggregation aggregation = Aggregation.of(organisations, options);
        Output.write(cli, out, writer -> engine.reporter().renderAggregate(aggregation, report.format(), report.options(), writer));
        cli.tell("cli.aggregate.read", Map.of("scans", latest.scans(), "organisations", organisations.size(),
                "earlier", latest.scans() - organisations.size()));
        if (!aggregation.isShown()) {
            cli.tell("cli.aggregate.withheld", Map.of("organisations", organisations.size(), "minimum", options.minimum()));
        }
        return ExitCode.OK;
    }

    /** The options with a checked minimum: below 3 is the user's mistake, said in their language. */
    static AggregateOptions options(int minimum) {
        if (minimum < AggregateOptions.LOWEST_MINIMUM) {
            throw new UserException("aggregate-minimum", Map.of("minimum", minimum, "lowest", AggregateOptions.LOWEST_MINIMUM,
                    "default", AggregateOptions.DEFAULT_MINIMUM));
        }
        return AggregateOptions.defaults().withMinimum(minimum);
    }

    /** Scores every line on the threads, in chunks, a bounded window in flight, and hands the outcomes over in input order. */
    private void score(Engine engine, Path input, java.util.function.Consumer<Outcome> sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "aggregate-scorer");
            thread.setDaemon(true);
            return thread;
        });
        try (InputStream in = Files.newInputStream(input)) {
            LineReader lines = new LineReader(in, InputLimits.DEFAULT.maxDocumentBytes());
            ArrayDeque<Future<List<Outcome>>> window = new ArrayDeque<>();
            List<LineReader.Line> chunk = new ArrayList<>(CHUNK_LINES);
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                chunk.add(line);
                if (chunk.size() == CHUNK_LINES) {
                    List<LineReader.Line> full = chunk;
                    window.add(pool.submit(() -> full.stream().map(l -> score(engine, l)).toList()));
                    chunk = new ArrayList<>(CHUNK_LINES);
                    if (window.size() >= threads * 4) {
                        drain(window.poll(), sink);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<LineReader.Line> last = chunk;
                window.add(pool.submit(() -> last.stream().map(l -> score(engine, l)).toList()));
            }
            while (!window.isEmpty()) {
                drain(window.poll(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(Future<List<Outcome>> pending, java.util.function.Consumer<Outcome> sink) throws IOException {
        try {
            pending.get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The aggregate was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Scoring a chunk of lines cannot fail; each line's failure is its own outcome.", e.getCause());
        }
    }

    private static Outcome score(Engine engine, LineReader.Line line) {
        String source = "line " + line.number();
        try {
            if (line.tooLong()) {
                throw new InvalidInputException(source, List.of(Problem.at("$", "limit.document", "actual", line.length(),
                        "max", InputLimits.DEFAULT.maxDocumentBytes())));
            }
            return new Outcome(line.number(), OrganisationResult.of(engine.evaluate(engine.reader().read(line.bytes(), source))), null);
        } catch (InvalidInputException e) {
            return new Outcome(line.number(), null, e.problems());
        } catch (RuntimeException e) {
            LOG.error("Line {} could not be scored", line.number(), e);
            return new Outcome(line.number(), null, List.of(Problem.at("$", "internal", "message", String.valueOf(e.getMessage()))));
        }
    }
}
