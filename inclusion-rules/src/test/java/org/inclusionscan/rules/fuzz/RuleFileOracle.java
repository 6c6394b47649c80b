package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.Scenario;
import org.inclusionscan.rules.ScenarioReader;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * What every scenario file must get, good or bad (docs/reliability.md): it is decoded as UTF-8 the
 * way a rules directory is read, then either it reads, and runs against the default rules without
 * an exception, or it is refused with problems located by the file and a JSON path that leads
 * through the document (or {@code $}, or a line and column within it), each with a text in nl, fr
 * and en. Any other exception fails the property.
 */
final class RuleFileOracle {

    static final String READ = "read";
    static final String FILE = "rules/scenarios/fuzz.json";

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9-]*)}");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private RuleFileOracle() {
    }

    /** Reads the bytes as a scenario file and checks the outcome; returns {@link #READ} or the first problem's code. */
    static String scenario(byte[] bytes) {
        String text;
        try {
            text = RuleSetSources.decode(bytes, FILE);
        } catch (RuleSetException e) {
            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo(FILE);
                assertThat(problem.line()).isBetween(1, lines(bytes));
            });
            return "not-utf-8";
        }
        Advisor advisor = Advisor.defaults();
        Scenario scenario;
        try {
            scenario = new ScenarioReader(ToolCatalogue.defaults(), advisor.scoringSettings().bands()).read(text, FILE);
        } catch (InvalidInputException e) {
            return refused(e, text);
        }
        Advice advice = advisor.advise(scenario.scores(), scenario.organisation());
        assertThat(scenario.differences(advice)).isNotNull();
        assertThat(advice.recommendations()).allSatisfy(r -> assertThat(r.explanation().ruleSetVersion())
                .isEqualTo(advice.ruleSet().version()));
        return READ;
    }

    private static String refused(InvalidInputException error, String text) {
        List<Problem> problems = error.problems();
        assertThat(problems).isNotEmpty();
        assertThat(error.source()).isEqualTo(FILE);
        JsonNode tree = null;
        for (Problem problem : problems) {
            hasTextInEveryLanguage(problem);
            String location = problem.location();
            assertThat(location).as("location of %s", problem.code()).isNotBlank();
            if (location.equals("$")) {
                continue;
            }
            Matcher lineColumn = LINE_COLUMN.matcher(location);
            if (lineColumn.matches()) {
                assertThat(problems).as("a syntax or limit problem comes alone").hasSize(1);
                assertThat(Integer.parseInt(lineColumn.group(1))).isBetween(1, lines(text.getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            if (tree == null) {
                try {
                    tree = Json.mapper().readTree(text);
                } catch (IOException e) {
                    throw new AssertionError("A problem has a JSON path, but the document does not parse", e);
                }
            }
            pathExists(tree, problem);
        }
        return problems.get(0).code();
    }

    static void hasTextInEveryLanguage(Problem problem) {
        for (Language language : Language.values()) {
            String template = Texts.defaults().get(language, "problem." + problem.code());
            Matcher placeholders = PLACEHOLDER.matcher(template);
            while (placeholders.find()) {
                assertThat(problem.arguments()).as("arguments of %s in %s", problem.code(), language).containsKey(placeholders.group(1));
            }
            assertThat(problem.describe(language)).startsWith(problem.location() + ": ");
        }
    }

    /** A table's problems: every one names the table's file; a line (from 1) within it, or the whole file. */
    static void tableProblemsAreLocated(RuleSetException error, String file, int lines) {
        assertThat(error.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.message()).as("%s", problem).isNotBlank()
                    .doesNotContain("generated from this table"); // the checker must stop a table before Drools fails on it
            assertThat(problem.line()).as("%s", problem).isBetween(0, lines + 1);
            assertThat(problem.column()).as("%s", problem).isNotNegative();
            if (problem.line() == 0) {
                assertThat(problem.message()).as("%s", problem).isIn("has no RuleTable");
            }
        });
    }

    static int lines(byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        return lines;
    }

    private static void pathExists(JsonNode root, Problem problem) {
        List<Object> steps = steps(problem.location());
        JsonNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof Integer index ? (node.isArray() ? node.get(index) : null)
                    : node.isObject() ? node.get((String) step) : null;
            if (i == steps.size() - 1 && problem.code().equals("json.required")) {
                assertThat(node.isObject()).as("the parent of %s is an object", problem).isTrue();
                assertThat(next == null || next.isNull()).as("the required %s is absent or null", problem).isTrue();
                return;
            }
            assertThat(next).as("step %s of %s exists in the document", step, problem).isNotNull();
            node = next;
        }
    }

    /** The steps of a path like {@code given.factors.vision} or {@code $["odd key"][0]}. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        int i;
        if (path.startsWith("$[")) {
            i = 1;
        } else {
            int end = plainEnd(path, 0);
            assertThat(end).as("path %s starts with a key", path).isPositive();
            steps.add(path.substring(0, end));
            i = end;
        }
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = plainEnd(path, i + 1);
                assertThat(end).as("a key after the dot at %d in %s", i, path).isGreaterThan(i + 1);
                steps.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                StringBuilder key = new StringBuilder();
                int j = i + 2;
                while (j < path.length() && path.charAt(j) != '"') {
                    if (path.charAt(j) == '\\') {
                        j++;
                    }
                    key.append(path.charAt(j));
                    j++;
                }
                assertThat(path.startsWith("\"]", j)).as("quoted key closed in %s", path).isTrue();
                steps.add(key.toString());
                i = j + 2;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                assertThat(close).as("index closed in %s", path).isGreaterThan(i + 1);
                steps.add(Integer.parseInt(path.substring(i + 1, close)));
                i = close + 1;
            } else {
                fail("Unexpected '%s' at %d in the path %s", c, i, path);
            }
        }
        return steps;
    }

    private static int plainEnd(String path, int from) {
        Matcher matcher = PLAIN_KEY.matcher(path);
        matcher.region(from, path.length());
        return matcher.lookingAt() ? matcher.end() : from;
    }
}
