package org.inclusionscan.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;

/** The README's embedding example: load, score, advise, render. */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), report(Path.of(args[0])));
    }

    static String report(Path scanFile) throws IOException {
        Scan scan = ScanReader.create().read(scanFile);             // InvalidInputException lists every problem with its JSON path
        Advisor advisor = Advisor.defaults();                       // build once, share between threads
        ScanResult result = advisor.evaluate(scan);                 // scores + advice (recommendations, tools, explanations)
        return Reporter.withTexts(advisor.texts())                  // also thread-safe; md, html, json or csv
                .render(result, ReportFormat.HTML, ReportOptions.in(Language.NL));
    }
}
