package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;

/**
 * What the problems of every refused document must be, whichever reader refused it: the fuzz
 * tests of scans and questionnaires here, and of scenario files in inclusion-rules (through this
 * module's test jar).
 */
public final class ProblemOracle {

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private ProblemOracle() {
    }

    /**
     * Every problem of a refused document has a text in nl, fr and en with every placeholder filled,
     * and is located: at {@code $}, at a line and column within the document (a syntax or limit
     * problem, then alone), or at a JSON path that leads through the document.
     */
    public static void areLocated(List<Problem> problems, byte[] document) {
        assertThat(problems).isNotEmpty();
        JsonNode tree = null;
        for (Problem problem : problems) {
            hasTextInEveryLanguage(problem);
            String location = problem.location();
            assertThat(location).as("location of %s", problem.code()).isNotBlank();
            Matcher lineColumn = LINE_COLUMN.matcher(location);
            if (location.equals("$")) {
                continue;
            }
            if (lineColumn.matches()) {
                assertThat(problems).as("a syntax or limit problem comes alone: %s", problems).hasSize(1);
                assertThat(problem.code()).matches("json\\.syntax|limit\\.(nesting|document|string|number)");
                int line = Integer.parseInt(lineColumn.group(1));
                int column = Integer.parseInt(lineColumn.group(2));
                assertThat(line).as("line of %s", problem).isBetween(1, lines(document));
                assertThat(column).as("column of %s", problem).isNotNegative();
                continue;
            }
            if (tree == null) {
                tree = parse(document);
            }
            pathExists(tree, problem);
        }
    }

    public static void hasTextInEveryLanguage(Problem problem) {
        for (Language language : Language.values()) {
            String template = Texts.defaults().get(language, "problem." + problem.code());
            for (String placeholder : Texts.placeholders(template)) {
                assertThat(problem.arguments()).as("arguments of %s for {%s} in %s", problem.code(), placeholder, language)
                        .containsKey(placeholder);
            }
            assertThat(problem.describe(language)).startsWith(problem.location() + ": ").isNotBlank();
        }
    }

    /** The lines of a document: line feeds and carriage returns each end one. */
    public static int lines(byte[] document) {
        int lines = 1;
        for (byte b : document) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        // UTF-16 and UTF-32 documents hold their line feeds next to zero bytes; the count above still holds.
        return lines;
    }

    private static JsonNode parse(byte[] document) {
        try {
            return Json.mapper().readTree(document);
        } catch (IOException e) {
            throw new AssertionError("A problem has a JSON path, but the document does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * The path of a problem leads through the document: every step but the last exists; the last
     * exists too, except for a required key that is absent or null.
     */
    private static void pathExists(JsonNode root, Problem problem) {
        List<Object> steps = steps(problem.location());
        JsonNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof Integer index ? (node.isArray() ? node.get(index) : null)
                    : node.isObject() ? node.get((String) step) : null;
            boolean last = i == steps.size() - 1;
            if (last && problem.code().equals("json.required")) {
                assertThat(node.isObject()).as("the parent of %s is an object", problem).isTrue();
                assertThat(next == null || next.isNull()).as("the required %s is absent or null", problem).isTrue();
                return;
            }
            assertThat(next).as("step %s of %s exists in the document", step, problem).isNotNull();
            node = next;
        }
    }

    /** The steps of a path like {@code respondents[2].answers.vision-1} or {@code $["odd key"][0]}. */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        int i = 0;
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
        int end = from;
        while (end < path.length() && PLAIN_KEY.matcher(String.valueOf(path.charAt(end))).matches()) {
            end++;
        }
        return end;
    }
}
