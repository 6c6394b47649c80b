package org.inclusionscan.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * End to end, what {@code inclusion score --format json} does per scan once started: JSON text in,
 * read and checked, scored, advised, JSON report out. One thread: 1/time is scans per second per
 * core. Respondents 6 is the demo scan itself; the other sizes are generated from it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndToEndBenchmark {

    @Param({"1", "6", "50", "500"})
    public int respondents;

    @Param({"drools", "plain-java"})
    public String advisor;

    private String json;
    private ScanReader reader;
    private Questionnaire questionnaire;
    private Advisor engine;
    private Reporter reporter;
    private final ReportOptions options = ReportOptions.defaults();

    @Setup
    public void setUp() {
        json = respondents == 6 ? Inputs.demoJson() : Inputs.scanJson(respondents, respondents);
        reader = ScanReader.create();
        engine = advisor.equals("drools") ? Advisor.defaults() : PlainJavaAdvisor.defaults();
        reporter = Reporter.withTexts(engine.texts());
        Scan scan = reader.read(json, "benchmark");
        questionnaire = reader.questionnaires().find(scan.questionnaireId()).orElseThrow();
    }

    @Benchmark
    public int scoreAdviseReport() throws IOException {
        Scan scan = reader.read(json, "benchmark");
        ScanResult result = engine.evaluate(scan, questionnaire);
        StringWriter out = new StringWriter(64 * 1024);
        reporter.render(result, ReportFormat.JSON, options, out);
        return out.getBuffer().length();
    }
}
