package org.inclusionscan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the end-to-end time of the demo scan goes: each stage alone (read, score, advise, JSON
 * report), and two floors that none of this project's code is in: Jackson only tokenizing the
 * scan's bytes, and Jackson only writing the finished report's JSON tree, indented as shipped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StagesBenchmark {

    private final JsonFactory factory = new JsonFactory();
    private final ReportOptions options = ReportOptions.defaults();
    private String json;
    private byte[] bytes;
    private ScanReader reader;
    private Questionnaire questionnaire;
    private Advisor advisor;
    private Scorer scorer;
    private Reporter reporter;
    private Scan scan;
    private ScoreCard card;
    private ScanResult result;
    private JsonNode reportTree;

    @Setup
    public void setUp() throws IOException {
        json = Inputs.demoJson();
        bytes = json.getBytes(StandardCharsets.UTF_8);
        reader = ScanReader.create();
        advisor = Advisor.defaults();
        scorer = Scorer.create(advisor.scoringSettings());
        reporter = Reporter.withTexts(advisor.texts());
        scan = reader.read(json, "demo");
        questionnaire = reader.questionnaires().find(scan.questionnaireId()).orElseThrow();
        card = scorer.score(scan, questionnaire);
        result = advisor.evaluate(scan, questionnaire);
        reportTree = Json.mapper().readTree(report());
    }

    @Benchmark
    public Scan read() {
        return reader.read(json, "demo");
    }

    @Benchmark
    public ScoreCard score() {
        return scorer.score(scan, questionnaire);
    }

    @Benchmark
    public Advice advise() {
        return advisor.advise(card, scan.organisation());
    }

    @Benchmark
    public String report() throws IOException {
        StringWriter out = new StringWriter(64 * 1024);
        reporter.render(result, ReportFormat.JSON, options, out);
        return out.toString();
    }

    /** The floor of reading: Jackson's tokenizer over the scan's bytes, building nothing. */
    @Benchmark
    public int floorTokenizeScan() throws IOException {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(bytes)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The floor of the report: Jackson writing the finished report's tree, indented, as the report is. */
    @Benchmark
    public String floorWriteReportTree() throws IOException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(reportTree);
    }
}
