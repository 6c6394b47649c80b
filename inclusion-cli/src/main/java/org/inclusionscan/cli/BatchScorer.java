package org.inclusionscan.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.OrganisationResult;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Problem;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores many scans, one JSON document per line, on all cores with constant memory: one thread
 * reads lines and writes results in input order, the scoring threads take chunks of lines, and a
 * bounded window of chunks is in flight. Every input line gets exactly one output line, a short
 * line (scores, recommendation ids, tool ids; {@link CompactLine}) or the full JSON report, or the
 * problems that stopped it; a bad line never stops the batch. At the end an aggregate summary says
 * how many organisations are weak on each factor.
 */
final class BatchScorer {

    private static final Logger LOG = LoggerFactory.getLogger(BatchScorer.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    private static final int CHUNK_LINES = 64;
    private static final long CHUNK_BYTES = 1 << 20;
    private static final Factor[] FACTORS = Factor.values();
    /** The summary's weak factors by the id of their rule ({@code factor.<id>.weak}), made once, not per line. */
    private static final Map<String, Factor> WEAK_FACTORS = Arrays.stream(FACTORS)
            .collect(Collectors.toUnmodifiableMap(factor -> "factor." + factor.id() + ".weak", factor -> factor));

    private final Cli cli;
    private final Engine engine;
    private final ReportOptions options;
    private final int threads;
    private final boolean fullReport;
    private final AggregateOptions aggregateOptions;
    private final ObjectWriter compact = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param fullReport each good line holds the whole JSON report (as before), not the compact scores and ids
     * @param aggregateOptions the anonymity minimum of the summary's aggregate
     */
    BatchScorer(Cli cli, Engine engine, ReportOptions options, int threads, boolean fullReport, AggregateOptions aggregateOptions) {
        this.cli = cli;
        this.engine = engine;
        this.options = options;
        this.threads = threads;
        this.fullReport = fullReport;
        this.aggregateOptions = aggregateOptions;
    }

    /** The outcome of one line: the line to write and what the summary counts (result: what its aggregate keeps). */
    private record Outcome(String json, boolean ok, List<Factor> weakFactors, Map<Factor, Double> means, OrganisationResult result) {
    }

    /**
     * @param out         the checked file for the result lines, or null for standard output
     * @param summary     whether to write a summary
     * @param summaryFile the checked file for it, or null for standard output (after the lines)
     */
    int run(Path input, Path out, boolean summary, Path summaryFile) throws IOException {
        Summary counts = new Summary(summary);
        Output.Body body = writer -> process(input, writer, counts);
        if (out == null) {
            Output.toStandardOutput(cli, body);
        } else {
            Output.writeAtomically(out, body);
        }
        if (summary) {
            Output.Body summaryBody = writer -> {
                Json.mapper().writeValue(new NonClosingWriter(writer), counts.toJson(aggregate(counts)));
                writer.write(System.lineSeparator());
            };
            if (summaryFile == null) {
                Output.toStandardOutput(cli, summaryBody);
            } else {
                Output.writeAtomically(summaryFile, summaryBody);
            }
        }
        counts.print(cli);
        if (out != null) {
            cli.tell("cli.wrote", Map.of("file", out));
        }
        if (summaryFile != null) {
            cli.tell("cli.wrote", Map.of("file", summaryFile));
        }
        return counts.failed == 0 ? ExitCode.OK : ExitCode.USER_ERROR;
    }

    private void process(Path input, Writer writer, Summary summary) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "batch-scorer");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = new Progress(cli);
        try (InputStream in = Files.newInputStream(input)) {
            LineReader lines = new LineReader(in, InputLimits.DEFAULT.maxDocumentBytes());
            // Lines go to the scoring threads in chunks, so that handing work over costs little per line; a bounded
            // window of chunks is in flight (constant memory), and chunks are written in input order.
            ArrayDeque<Future<List<Outcome>>> window = new ArrayDeque<>();
            int windowSize = threads * 4;
            List<LineReader.Line> chunk = new ArrayList<>(CHUNK_LINES);
            long chunkBytes = 0;
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                chunk.add(line);
                chunkBytes += line.bytes().length;
                if (chunk.size() == CHUNK_LINES || chunkBytes >= CHUNK_BYTES) {
                    List<LineReader.Line> full = chunk;
                    window.add(pool.submit(() -> scoreAll(full)));
                    chunk = new ArrayList<>(CHUNK_LINES);
                    chunkBytes = 0;
                    if (window.size() >= windowSize) {
                        write(window.poll(), writer, summary);
                        progress.update(summary);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<LineReader.Line> last = chunk;
                window.add(pool.submit(() -> scoreAll(last)));
            }
            while (!window.isEmpty()) {
                write(window.poll(), writer, summary);
                progress.update(summary);
            }
            progress.done(summary);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Outcome> scoreAll(List<LineReader.Line> chunk) {
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        for (LineReader.Line line : chunk) {
            Outcome outcome;
            try {
                outcome = score(line);
            } catch (Throwable e) { // NOPMD: even an Error (say, a StackOverflowError) costs one line, not the batch.
                LOG.error("Line {} could not be scored", line.number(), e);
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("line", line.number());
                outcome = failure(node, List.of(Problem.at("$", "internal", "message", String.valueOf(e))));
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private void write(Future<List<Outcome>> pending, Writer writer, Summary summary) throws IOException {
        List<Outcome> outcomes;
        try {
            outcomes = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The batch was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Scoring a chunk of lines cannot fail; each line's failure is its own outcome.", e.getCause());
        }
        for (Outcome outcome : outcomes) {
            writer.write(outcome.json());
            writer.write('\n');
            summary.add(outcome);
        }
    }

    private Outcome score(LineReader.Line line) {
        // Only an exception's message names the source, and batch lines show their problems, not that message.
        String source = "line " + line.number();
        try {
            if (line.tooLong()) {
                throw new InvalidInputException(source, List.of(Problem.at("$", "limit.document", "actual", line.length(),
                        "max", InputLimits.DEFAULT.maxDocumentBytes())));
            }
            ScanResult result = engine.evaluate(engine.reader().read(line.bytes(), source));
            boolean[] weakByOrdinal = new boolean[FACTORS.length];
            for (Recommendation recommendation : result.advice().recommendations()) {
                Factor factor = WEAK_FACTORS.get(recommendation.id());
                if (factor != null) {
                    weakByOrdinal[factor.ordinal()] = true;
                }
            }
            List<Factor> weak = new ArrayList<>();
            Map<Factor, Double> means = new EnumMap<>(Factor.class);
            for (Factor factor : FACTORS) {
                if (weakByOrdinal[factor.ordinal()]) {
                    weak.add(factor);
                }
                Double mean = result.scores().factor(factor).mean();
                if (mean != null) {
                    means.put(factor, mean);
                }
            }
            String json = fullReport ? fullLine(line.number(), result) : CompactLine.write(line.number(), result);
            return new Outcome(json, true, weak, means, OrganisationResult.of(result));
        } catch (InvalidInputException e) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("line", line.number());
            return failure(node, e.problems());
        } catch (IOException | RuntimeException e) {
            LOG.error("Line {} could not be scored", line.number(), e);
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("line", line.number());
            return failure(node, List.of(Problem.at("$", "internal", "message", String.valueOf(e.getMessage()))));
        }
    }

    /** The line as before compact lines: {@code {"line": n, "ok": true, "report": {the JSON report}}}. */
    private String fullLine(long number, ScanResult result) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("line", number);
        node.put("ok", true);
        node.set("report", Json.mapper().readTree(engine.reporter().render(result, ReportFormat.JSON, options)));
        return compact.writeValueAsString(node);
    }

    private Outcome failure(ObjectNode node, List<Problem> problems) {
        node.put("ok", false);
        ArrayNode array = node.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode item = array.addObject();
            item.put("location", problem.location());
            item.put("code", problem.code());
            item.put("message", problem.message(cli.language()));
        }
        try {
            return new Outcome(compact.writeValueAsString(node), false, List.of(), Map.of(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory cannot fail.", e);
        }
    }

    /**
     * The summary's aggregate (docs/aggregate.schema.json, the same as {@code bin/inclusion aggregate} in JSON):
     * each organisation's latest scan among the scored lines, in the language of --lang.
     */
    private com.fasterxml.jackson.databind.JsonNode aggregate(Summary summary) throws IOException {
        Aggregation aggregation = Aggregation.of(summary.latest.organisations(), aggregateOptions);
        return Json.mapper().readTree(engine.reporter().renderAggregate(aggregation, ReportFormat.JSON, options));
    }

    /** Counts over all lines; only touched by the writing thread. */
    private static final class Summary {
        /** Each organisation's latest scan, kept only when a summary is written. */
        final LatestScans latest = new LatestScans();
        final boolean keep;
        long scored;
        long failed;
        final Map<Factor, Long> weak = new EnumMap<>(Factor.class);
        final Map<Factor, double[]> sums = new EnumMap<>(Factor.class);

        Summary(boolean keep) {
            this.keep = keep;
        }

        void add(Outcome outcome) {
            if (!outcome.ok()) {
                failed++;
                return;
            }
            scored++;
            if (keep) {
                latest.add(outcome.result());
            }
            outcome.weakFactors().forEach(factor -> weak.merge(factor, 1L, Long::sum));
            outcome.means().forEach((factor, mean) -> {
                double[] sum = sums.computeIfAbsent(factor, f -> new double[2]);
                sum[0] += mean;
                sum[1]++;
            });
        }

        ObjectNode toJson(com.fasterxml.jackson.databind.JsonNode aggregate) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("lines", scored + failed);
            root.put("scored", scored);
            root.put("failed", failed);
            ObjectNode factors = root.putObject("factors");
            for (Factor factor : Factor.values()) {
                ObjectNode node = factors.putObject(factor.id());
                node.put("weak", weak.getOrDefault(factor, 0L));
                double[] sum = sums.get(factor);
                if (sum != null) {
                    node.put("averageMean", Math.round(sum[0] / sum[1] * 100) / 100.0);
                    node.put("scored", (long) sum[1]);
                }
            }
            root.set("aggregate", aggregate);
            return root;
        }

        void print(Cli cli) {
            cli.tell("cli.batch.summary", Map.of("lines", scored + failed, "scored", scored, "failed", failed));
            if (scored == 0) {
                return;
            }
            cli.tell("cli.batch.weak-heading", Map.of());
            weak.entrySet().stream()
                    .sorted(Map.Entry.<Factor, Long>comparingByValue().reversed())
                    .forEach(entry -> cli.err().printf(Locale.ROOT, "  %5d  %5.1f%%  %s%n", entry.getValue(),
                            100.0 * entry.getValue() / scored, cli.texts().label(cli.language(), "factor", entry.getKey())));
        }
    }

    /** A progress line on standard error, only when it is a terminal. */
    private static final class Progress {
        private final Cli cli;
        private final boolean enabled;
        private final long started = System.nanoTime();
        private long last = started;

        Progress(Cli cli) {
            this.cli = cli;
            this.enabled = System.console() != null && cli.rawErr() == Main.PROCESS_ERR;
        }

        void update(Summary summary) {
            long now = System.nanoTime();
            if (!enabled || now - last < PROGRESS_EVERY_NANOS) {
                return;
            }
            last = now;
            show(summary, now);
        }

        void done(Summary summary) {
            if (enabled) {
                show(summary, System.nanoTime());
                cli.rawErr().println();
            }
        }

        private void show(Summary summary, long now) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            long lines = summary.scored + summary.failed;
            cli.rawErr().print("\r" + cli.text("cli.batch.progress", Map.of("lines", lines, "failed", summary.failed,
                    "rate", String.format(Locale.ROOT, "%.0f", lines / seconds))));
            cli.rawErr().flush();
        }
    }
}
