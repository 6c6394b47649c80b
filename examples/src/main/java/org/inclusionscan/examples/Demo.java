package org.inclusionscan.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;

/**
 * The demo: scores the bundled example organisations, advises on them and writes every report
 * (Markdown, HTML, JSON, CSV in Dutch, French and English) into a folder, plus the comparison of
 * the two scans of Het Anker a year apart. Prints what it wrote and where.
 */
public final class Demo {

    private static final Language SPOKEN = Language.NL;

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "demo-reports");
        run(folder, System.out);
    }

    /** Writes every report into the folder and returns the files written. */
    static List<Path> run(Path folder, PrintStream out) throws IOException {
        Texts texts = Texts.defaults();
        Files.createDirectories(folder);
        Advisor advisor = Advisor.defaults();
        Reporter reporter = Reporter.withTexts(advisor.texts());
        List<Path> written = new ArrayList<>();
        out.println(texts.get(SPOKEN, "cli.demo.start", Map.of("ruleSet", advisor.ruleSet().name() + " " + advisor.ruleSet().version())));
        for (ExampleScan example : ExampleScan.values()) {
            ScanResult result = advisor.evaluate(example.read());
            out.println();
            out.println(texts.get(SPOKEN, "cli.demo.organisation", Map.of("name", result.scan().organisation().name(),
                    "date", result.scan().date(), "respondents", result.scan().respondents().size())));
            for (Recommendation recommendation : result.advice().recommendations().stream().limit(3).toList()) {
                out.println("  - " + advisor.texts().get(SPOKEN, "advice." + recommendation.id() + ".title"));
            }
            for (Language language : Language.values()) {
                for (ReportFormat format : ReportFormat.values()) {
                    Path file = folder.resolve(example.id() + "." + language.id() + "." + format.extension());
                    write(file, writer -> reporter.render(result, format, ReportOptions.in(language), writer));
                    written.add(file);
                }
            }
            out.println("  " + texts.get(SPOKEN, "cli.demo.files", Map.of("pattern", folder.resolve(example.id() + ".{nl,fr,en}.{md,html,json,csv}"))));
        }
        ScanResult earlier = advisor.evaluate(ExampleScan.HET_ANKER_2025.read());
        ScanResult later = advisor.evaluate(ExampleScan.HET_ANKER_2026.read());
        for (Language language : Language.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                Path file = folder.resolve("het-anker-comparison." + language.id() + "." + format.extension());
                write(file, writer -> reporter.renderComparison(earlier, later, format, ReportOptions.in(language), writer));
                written.add(file);
            }
        }
        out.println();
        out.println(texts.get(SPOKEN, "cli.demo.comparison", Map.of("pattern", folder.resolve("het-anker-comparison.{nl,fr,en}.{md,html,json,csv}"))));
        out.println(texts.get(SPOKEN, "cli.demo.done", Map.of("count", written.size(), "folder", folder.toAbsolutePath(),
                "open", folder.toAbsolutePath().resolve(ExampleScan.HET_ANKER_2025.id() + ".nl.html"))));
        return written;
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.writeTo(writer);
        }
    }
}
