package org.inclusionscan.rules.drools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.rules.CheckReport;
import org.inclusionscan.rules.RuleMessage;
import org.inclusionscan.rules.RuleMessageCode;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.Scenario;
import org.inclusionscan.rules.ScenarioReader;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The check behind {@code RuleChecker} and the scenario gate of advisors of a rules directory: runs a compiled
 * rule set's {@code scenarios/*.json} and lists what a policy team should see (failures, warnings, notes).
 */
final class RuleSetChecker {

    private static final Pattern JSON_LOCATION = Pattern.compile("line (\\d+), column (\\d+)");

    private RuleSetChecker() {
    }

    /** Compiles the sources as an advisor would, runs their scenarios and collects the warnings; never throws for broken sources. */
    static CheckReport check(RuleSetSources sources, ToolCatalogue catalogue) {
        CompiledRuleSet ruleSet;
        try {
            ruleSet = new RuleSetCompiler(catalogue).compile(sources);
        } catch (RuleSetException e) {
            return new CheckReport(sources.origin(), Optional.empty(), e.problems(), List.of(), List.of());
        }
        ScenarioRun run = runScenarios(ruleSet, catalogue);
        List<RuleProblem> warnings = warnings(ruleSet, sources);
        List<RuleProblem> notes = new ArrayList<>();
        for (RuleProblem notice : ruleSet.notices()) {
            (notice.code() == RuleMessageCode.TABLE_READ_AS ? notes : warnings).add(notice);
        }
        return new CheckReport(sources.origin(), Optional.of(ruleSet.info()), run.problems(), run.results(), warnings, notes);
    }

    /** What running a rule set's scenarios gave: problems of the scenario files, and each scenario's outcome. */
    record ScenarioRun(List<RuleProblem> problems, List<CheckReport.ScenarioResult> results) {

        /** Each problem, and each difference of a failing scenario as a problem at its file. */
        List<RuleProblem> failures() {
            List<RuleProblem> failures = new ArrayList<>(problems);
            for (CheckReport.ScenarioResult result : results) {
                for (RuleMessage failure : result.failures()) {
                    Map<String, String> arguments = new HashMap<>(failure.arguments());
                    arguments.put("name", result.name());
                    arguments.put("detail", Problem.TEXT_KEY + failure.code().key());
                    failures.add(RuleProblem.at(result.file(), 0, 0, new RuleMessage(RuleMessageCode.RULESET_SCENARIO_FAILS, arguments)));
                }
            }
            return failures;
        }
    }

    /** Reads and runs the scenarios of a compiled rule set (their ids checked against its rules and the catalogue). */
    static ScenarioRun runScenarios(CompiledRuleSet ruleSet, ToolCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        List<CheckReport.ScenarioResult> results = new ArrayList<>();
        Set<String> recommendationIds = ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        ScenarioReader reader = new ScenarioReader(catalogue, ruleSet.thresholds().scoringSettings().bands(), recommendationIds);
        for (var file : ruleSet.sources().scenarios()) {
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
        return new ScenarioRun(problems, results);
    }

    /**
     * Refuses a rule set whose scenarios cannot be read or fail, listing every failure.
     *
     * @throws RuleSetException with a problem per unreadable scenario and per difference of a failing one
     */
    static void requirePassingScenarios(CompiledRuleSet ruleSet, ToolCatalogue catalogue) {
        List<RuleProblem> failures = runScenarios(ruleSet, catalogue).failures();
        if (!failures.isEmpty()) {
            throw new RuleSetException(ruleSet.sources().origin(), failures);
        }
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
