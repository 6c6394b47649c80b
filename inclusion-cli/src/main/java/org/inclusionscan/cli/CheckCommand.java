package org.inclusionscan.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusionscan.model.Language;
import org.inclusionscan.rules.CheckReport;
import org.inclusionscan.rules.RuleChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Compiles a rules directory and runs its scenarios. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "check.dir")
    Path directory;

    @Option(names = "--data-only", descriptionKey = "data-only")
    boolean dataOnly;

    @Option(names = "--lang", paramLabel = "nl|fr|en", descriptionKey = "lang")
    Language language = Language.NL;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.language(language);
        CheckReport report = RuleChecker.create().dataOnly(dataOnly).check(UserFiles.existingDirectory(directory));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8));
        report.problems().forEach(problem -> out.println(cli.text("cli.check.error", Map.of("problem", problem.describe(language)))));
        for (CheckReport.ScenarioResult scenario : report.scenarios()) {
            String key = scenario.passed() ? "cli.check.pass" : "cli.check.fail";
            out.println(cli.text(key, Map.of("name", scenario.name(), "file", scenario.file())));
            scenario.failures().forEach(failure -> out.println("      " + failure.text(language)));
        }
        report.warnings().forEach(warning -> out.println(cli.text("cli.check.warning", Map.of("warning", warning.describe(language)))));
        report.notes().forEach(note -> out.println(cli.text("cli.check.note", Map.of("note", note.describe(language)))));
        long passed = report.scenarios().stream().filter(CheckReport.ScenarioResult::passed).count();
        String ruleSet = report.ruleSet().map(info -> info.name() + " " + info.version())
                .orElse(cli.text("cli.check.not-compiled", Map.of()));
        out.println(cli.text(report.passed() ? "cli.check.summary-passed" : "cli.check.summary-failed",
                Map.of("directory", directory, "ruleSet", ruleSet, "problems", report.problems().size(),
                        "passed", passed, "scenarios", report.scenarios().size())));
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.USER_ERROR;
    }
}
