package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page a Selenium browser shows: the same pinned file the report check uses
 * ({@code inclusion-report/src/test/a11y}, installed by its {@code npm ci}; {@code -Daxe.script=FILE}
 * names another), injected into the page, run with the same rule tags.
 */
public final class Axe {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'],
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                     nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
            """;

    private static String source;

    private Axe() {
    }

    /** One axe violation: its rule id, impact and the first few elements it names. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
        public boolean blocking() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return "%s %s: %s%n    %s".formatted(impact, id, help, String.join("\n    ", nodes));
        }
    }

    /** Every violation on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // The page's CSP governs script it loads, not script the driver runs, so no nonce is needed.
        js.executeScript(source());
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("nodes")))
                .toList();
    }

    /** The serious and critical violations, one per line, or an empty string. */
    public static String blocking(WebDriver driver) {
        return check(driver).stream().filter(Violation::blocking).map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("axe.script", "")).toAbsolutePath();
            if (System.getProperty("axe.script", "").isEmpty()) {
                file = projectRoot().resolve("inclusion-report/src/test/a11y/node_modules/axe-core/axe.min.js");
            }
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("axe-core (%s) is missing: run 'npm ci' in inclusion-report/src/test/a11y "
                        .formatted(file) + "(bash inclusion-report/src/test/a11y/run.sh does, and so does .ci/run).");
            }
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** The checkout's root: the nearest folder up from the working directory that holds mvnw. */
    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No project root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
