package org.inclusionscan.rules.drools;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a rule set as a Markdown table (id, when it fires, what it suggests), rendered
 * from the rule files themselves, so that the README cannot drift from the rules.
 */
public final class RulesTable {

    private static final Pattern KEY = Pattern.compile("\\{([a-z0-9._-]+)}");

    private RulesTable() {
    }

    public static String markdown(CompiledRuleSet ruleSet) {
        StringBuilder table = new StringBuilder();
        table.append("Rule set `").append(ruleSet.info().name()).append("`; thresholds in backticks are keys of ")
                .append("`thresholds.properties`, shown with their bundled value. A tool outside an organisation's scope ")
                .append("(Brussels only, youth care only) is left out of its advice.\n\n");
        table.append("| id | fires when | suggests | file |\n");
        table.append("|---|---|---|---|\n");
        for (RuleInfo rule : ruleSet.rules()) {
            table.append("| `").append(rule.id()).append("` | ")
                    .append(describe(rule.description(), ruleSet).replace("|", "\\|")).append(" | ")
                    .append(rule.tools().stream().map(tool -> "`" + tool + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(rule.file()).append(" |\n");
        }
        return table.toString();
    }

    private static String describe(String description, CompiledRuleSet ruleSet) {
        Matcher matcher = KEY.matcher(description);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = ruleSet.thresholds().find(key)
                    .map(number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()).orElse("?");
            matcher.appendReplacement(result, Matcher.quoteReplacement(value + " (`" + key + "`)"));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
