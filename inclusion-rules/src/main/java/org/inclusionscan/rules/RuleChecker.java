package org.inclusionscan.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.RuleInfo;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The check operation for policy teams: compiles a rules directory exactly as an advisor would,
 * then runs its {@code scenarios/*.json} and reports each pass or failure. Changes nothing: a
 * running advisor only sees the directory on its next reload. Thread-safe.
 */
public final class RuleChecker {

    private static final Pattern JSON_LOCATION = Pattern.compile("line (\\d+), column (\\d+)");

    private final ToolCatalogue catalogue;
    private final boolean dataOnly;

    private RuleChecker(ToolCatalogue catalogue, boolean dataOnly) {
        this.catalogue = catalogue;
        this.dataOnly = dataOnly;
    }

    public static RuleChecker create() {
        return new RuleChecker(ToolCatalogue.defaults(), false);
    }

    public static RuleChecker create(ToolCatalogue catalogue) {
        return new RuleChecker(catalogue, false);
    }

    /** A checker that refuses {@code *.drl} files, as {@link Advisor.Builder#dataOnly(boolean)} does. */
    public RuleChecker dataOnly(boolean value) {
        return new RuleChecker(catalogue, value);
    }

    /** Checks a rules directory (see docs/rules.md for its layout). */
    public CheckReport check(Path directory) {
        RuleSetSources sources;
        try {
            sources = RuleSetSources.fromDirectory(directory, dataOnly);
        } catch (RuleSetException e) {
            return new CheckReport(directory.toString(), Optional.empty(), e.problems(), List.of(), List.of());
        }
        return check(sources);
    }

    /** Checks the bundled default rules with their scenarios. */
    public CheckReport checkDefaults() {
        return check(RuleSetSources.bundled());
    }

    private CheckReport check(RuleSetSources sources) {
        CompiledRuleSet ruleSet;
        try {
            ruleSet = new RuleSetCompiler(catalogue).compile(sources);
        } catch (RuleSetException e) {
            return new CheckReport(sources.origin(), Optional.empty(), e.problems(), List.of(), List.of());
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<CheckReport.ScenarioResult> results = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader(catalogue, ruleSet.thresholds().scoringSettings().bands());
        for (var file : sources.scenarios()) {
            Scenario scenario;
            try {
                scenario = reader.read(file.content(), file.display());
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> problems.add(located(file.display(), problem)));
                continue;
            }
            List<String> failures;
            try {
                Advice advice = ruleSet.advise(scenario.scores(), scenario.organisation());
                failures = scenario.differences(advice);
            } catch (RuntimeException e) {
                failures = List.of("the rules failed while running: " + e);
            }
            results.add(new CheckReport.ScenarioResult(scenario.name(), file.display(), failures));
        }
        return new CheckReport(sources.origin(), Optional.of(ruleSet.info()), problems, results, warnings(ruleSet, sources));
    }

    private static List<String> warnings(CompiledRuleSet ruleSet, RuleSetSources sources) {
        List<String> warnings = new ArrayList<>();
        if (sources.scenarios().isEmpty()) {
            warnings.add("no scenario in scenarios/*.json: add examples so that a change can be checked");
        }
        for (RuleInfo rule : ruleSet.rules()) {
            for (Language language : Language.values()) {
                String key = "advice." + rule.id() + ".title";
                if (!ruleSet.texts().has(language, key)) {
                    warnings.add("%s:%d: the recommendation %s has no text (%s) in %s; add it to advice_%s.properties"
                            .formatted(rule.file(), rule.line(), rule.id(), key, language.id(), language.id()));
                }
            }
        }
        return warnings;
    }

    private static RuleProblem located(String file, Problem problem) {
        Matcher matcher = JSON_LOCATION.matcher(problem.location());
        if (matcher.matches()) {
            return new RuleProblem(file, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), problem.message());
        }
        return RuleProblem.inFile(file, problem.location() + ": " + problem.message());
    }
}
