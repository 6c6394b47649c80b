package org.inclusionscan.rules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.rules.RuleMessageCode;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.Thresholds;

/**
 * Reads what the Drools compiler cannot check in a DRL file: the tool ids in {@code .tools(...)}
 * and the threshold keys a rule names must exist. Also collects each rule's name, line and
 * comment for the rules table. A text scan, not a parser: it sees string literals where rules
 * write them.
 */
final class DrlScanner {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern TOOLS_CALL = Pattern.compile("\\.tools\\s*\\(([^)]*)\\)");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern VALUE_KEY = Pattern.compile(
            "(?:thresholds\\.(?:value|find|has)|\\.below|\\.atLeast)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern PRIORITY_KEY = Pattern.compile("thresholds\\.priority\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern TRAILING_KEY = Pattern.compile("\\.(?:gap|spread)\\s*\\([^;\"]*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern BOOST_KEY = Pattern.compile("\\.boost\\s*\\(\\s*kcontext\\s*,\\s*\"([^\"]*)\"");
    /** The optional second key of {@code advice.boost(kcontext, "amount", "gap", "reason", ...)}. */
    private static final Pattern BOOST_GAP_KEY = Pattern.compile(
            "\\.boost\\s*\\(\\s*kcontext\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\"\\s*,\\s*\"");

    private DrlScanner() {
    }

    /** Every threshold key the text names where rules name them ({@code thresholds.value("...")}, {@code .below("...")}, ...). */
    static Set<String> thresholdKeys(String text) {
        Set<String> keys = new TreeSet<>();
        for (Pattern pattern : List.of(VALUE_KEY, TRAILING_KEY, BOOST_KEY, BOOST_GAP_KEY)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        Matcher priority = PRIORITY_KEY.matcher(text);
        while (priority.find()) {
            keys.add("priority." + priority.group(1));
        }
        return keys;
    }

    static List<RuleInfo> scan(RuleSource file, Set<String> toolIds, Thresholds thresholds, List<RuleProblem> problems) {
        String text = file.content();
        List<String> lines = text.lines().toList();
        List<RuleInfo> rules = new ArrayList<>();
        List<Integer> ruleLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher rule = RULE.matcher(lines.get(i));
            if (rule.find()) {
                ruleLines.add(i);
            }
        }
        for (int r = 0; r < ruleLines.size(); r++) {
            int start = ruleLines.get(r);
            int end = r + 1 < ruleLines.size() ? ruleLines.get(r + 1) : lines.size();
            Matcher rule = RULE.matcher(lines.get(start));
            rule.find();
            List<String> comment = new ArrayList<>();
            for (int i = start - 1; i >= 0 && lines.get(i).strip().startsWith("//"); i--) {
                comment.add(0, lines.get(i).strip().substring(2).strip());
            }
            List<String> tools = new ArrayList<>();
            String body = String.join("\n", lines.subList(start, end));
            Matcher calls = TOOLS_CALL.matcher(body);
            while (calls.find()) {
                Matcher literal = STRING.matcher(calls.group(1));
                while (literal.find()) {
                    // A rule that chooses between two lists names a tool in both: listed once.
                    if (!tools.contains(literal.group(1))) {
                        tools.add(literal.group(1));
                    }
                }
            }
            rules.add(new RuleInfo(rule.group(1), file.name(), start + 1, String.join(" ", comment), tools));
        }
        checkTools(file, text, toolIds, problems);
        if (thresholds != null) {
            checkKeys(file, text, VALUE_KEY, "", thresholds, problems);
            checkKeys(file, text, PRIORITY_KEY, "priority.", thresholds, problems);
            checkKeys(file, text, TRAILING_KEY, "", thresholds, problems);
            checkKeys(file, text, BOOST_KEY, "", thresholds, problems);
            checkKeys(file, text, BOOST_GAP_KEY, "", thresholds, problems);
        }
        return rules;
    }

    private static void checkTools(RuleSource file, String text, Set<String> toolIds, List<RuleProblem> problems) {
        Matcher calls = TOOLS_CALL.matcher(text);
        while (calls.find()) {
            Matcher literal = STRING.matcher(calls.group(1));
            while (literal.find()) {
                String tool = literal.group(1);
                if (!toolIds.contains(tool)) {
                    int offset = calls.start(1) + literal.start();
                    problems.add(RuleProblem.at(file.display(), line(text, offset), column(text, offset),
                            RuleMessageCode.TOOL_UNKNOWN, "tool", tool));
                }
            }
        }
    }

    private static void checkKeys(RuleSource file, String text, Pattern pattern, String prefix, Thresholds thresholds,
            List<RuleProblem> problems) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = prefix + matcher.group(1);
            if (!thresholds.has(key)) {
                int offset = matcher.start(1) - 1;
                problems.add(RuleProblem.at(file.display(), line(text, offset), column(text, offset),
                        RuleMessageCode.DRL_UNKNOWN_THRESHOLD, "key", key));
            }
        }
    }

    /** The line (from 1) of a character offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column (from 0, like the DRL parser's) of a character offset. */
    static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart;
    }
}
