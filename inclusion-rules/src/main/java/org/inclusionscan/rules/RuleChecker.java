package org.inclusionscan.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            List<RuleMessage> failures;
            try {
                Advice advice = ruleSet.advise(scenario.scores(), scenario.organisation(), scenario.history());
                failures = scenario.differences(advice);
            } catch (RuntimeException e) {
                failures = List.of(RuleMessage.of(RuleMessageCode.SCENARIO_RULES_FAILED, "detail", e));
            }
            results.add(new CheckReport.ScenarioResult(scenario.name(), file.display(), failures));
        }
        return new CheckReport(sources.origin(), Optional.of(ruleSet.info()), problems, results, warnings(ruleSet, sources));
    }

    private static List<RuleProblem> warnings(CompiledRuleSet ruleSet, RuleSetSources sources) {
        List<RuleProblem> warnings = new ArrayList<>();
        if (sources.scenarios().isEmpty()) {
            warnings.add(RuleProblem.inFile(sources.origin(), RuleMessageCode.CHECK_NO_SCENARIOS));
        }
        for (RuleInfo rule : ruleSet.rules()) {
            for (Language language : Language.values()) {
                String key = "advice." + rule.id() + ".title";
                if (!ruleSet.texts().has(language, key)) {
                    warnings.add(RuleProblem.at(rule.file(), rule.line(), 0, RuleMessageCode.CHECK_MISSING_ADVICE_TEXT,
                            "rule", rule.id(), "key", key, "language", Problem.TEXT_KEY + "language." + language.id(),
                            "language-id", language.id()));
                }
            }
        }
        return warnings;
    }

    /**
     * A scenario file's problem as a rule problem: located by line and column when it is a syntax
     * error, else by its JSON path; its own text (code and arguments) is kept, so it shows in any language.
     */
    private static RuleProblem located(String file, Problem problem) {
        Map<String, String> arguments = new HashMap<>(problem.arguments());
        arguments.put("problem", Problem.TEXT_KEY + "problem." + problem.code());
        Matcher matcher = JSON_LOCATION.matcher(problem.location());
        if (matcher.matches()) {
            return RuleProblem.at(file, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    new RuleMessage(RuleMessageCode.SCENARIO_INPUT, arguments));
        }
        arguments.put("json-path", problem.location());
        return RuleProblem.at(file, 0, 0, new RuleMessage(RuleMessageCode.SCENARIO_INPUT_AT, arguments));
    }
}
