package org.inclusionscan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.CheckReport;
import org.inclusionscan.rules.RuleChecker;

/**
 * A policy team's rules directory at work: a federation raises the weak-factor threshold and adds
 * a rule of its own (see the {@code policy-team} folder next to this class), checks the directory
 * and sees the advice for Het Anker change, without rebuilding anything.
 */
public final class PolicyTeamExample {

    /** The files of the example rules directory, relative to it. */
    static final List<String> FILES = List.of("ruleset.properties", "thresholds.properties", "loneliness.drl",
            "advice_nl.properties", "advice_fr.properties", "advice_en.properties",
            "scenarios/lonely-people-weak-network.json", "scenarios/no-loneliness-focus.json");

    private static final Language SPOKEN = Language.NL;

    private PolicyTeamExample() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "policy-team-rules");
        run(directory, System.out);
    }

    /** Copies the example directory out, checks it and returns the recommendations it adds. */
    static List<String> run(Path directory, PrintStream out) throws IOException {
        Texts texts = Texts.defaults();
        copyTo(directory);
        CheckReport check = RuleChecker.create().check(directory);
        out.println(texts.get(SPOKEN, "cli.demo.policy-check", Map.of("directory", directory.toAbsolutePath(),
                "passed", check.scenarios().stream().filter(CheckReport.ScenarioResult::passed).count(),
                "scenarios", check.scenarios().size(), "problems", check.problems().size())));

        Advisor defaults = Advisor.defaults();
        Advisor federation = Advisor.builder().rulesDirectory(directory).build();
        ScanResult before = defaults.evaluate(ExampleScan.HET_ANKER_2025.read());
        ScanResult after = federation.evaluate(ExampleScan.HET_ANKER_2025.read());
        List<String> added = new ArrayList<>(after.advice().recommendationIds());
        added.removeAll(before.advice().recommendationIds());
        out.println(texts.get(SPOKEN, "cli.demo.policy-added", Map.of("ruleSet", federation.ruleSet().name(),
                "count", added.size())));
        for (String id : added) {
            out.println("  + " + federation.texts().get(SPOKEN, "advice." + id + ".title") + " (" + id + ")");
        }
        return added;
    }

    static void copyTo(Path directory) throws IOException {
        for (String name : FILES) {
            Path target = directory.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = PolicyTeamExample.class.getResourceAsStream("policy-team/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The example rules file (policy-team/" + name + ") is missing from the class path.");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
