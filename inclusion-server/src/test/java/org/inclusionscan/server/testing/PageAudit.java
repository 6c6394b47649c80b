package org.inclusionscan.server.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every page a browser test walks through: axe-core finds no serious or critical violation,
 * and the page came with a Content-Security-Policy whose script sources allow no inline script.
 * Problems are collected, not thrown, so one run lists all of them; {@link #problems()} is asserted
 * empty at the end. Pages are named by their path with long tokens and ids shortened, so the list of
 * checked pages reads as the server's page types.
 */
public final class PageAudit {

    private final Chromium browser;
    private final Set<String> checked = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> documentsSeen = new java.util.HashSet<>();

    public PageAudit(Chromium browser) {
        this.browser = browser;
    }

    /** Checks the page the browser shows now, and the headers of every document it loaded since the last check. */
    public void check() {
        String url = browser.driver().getCurrentUrl();
        String page = pageName(url);
        checked.add(page);
        String violations = Axe.blocking(browser.driver());
        if (!violations.isEmpty()) {
            problems.add("axe on %s (%s):%n%s".formatted(page, url, violations));
        }
        for (Map.Entry<String, Map<String, String>> document : browser.documentHeaders().entrySet()) {
            documentsSeen.add(document.getKey());
            cspProblem(document.getValue().get("content-security-policy"))
                    .ifPresent(problem -> problems.add("CSP of %s: %s".formatted(pageName(document.getKey()), problem)));
        }
        // The page shown must be one whose headers were read, or its CSP went unchecked.
        if (!documentsSeen.contains(url.replaceAll("#.*", ""))) {
            problems.add("No response headers seen for %s (%s): its CSP is unchecked".formatted(page, url));
        }
    }

    public Set<String> checkedPages() {
        return Set.copyOf(checked);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** What is wrong with a Content-Security-Policy for scripts, if anything. */
    public static java.util.Optional<String> cspProblem(String policy) {
        if (policy == null || policy.isBlank()) {
            return java.util.Optional.of("no Content-Security-Policy header");
        }
        String scripts = null;
        String fallback = null;
        for (String directive : policy.split(";")) {
            List<String> words = Arrays.stream(directive.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                continue;
            }
            if (words.get(0).equalsIgnoreCase("script-src")) {
                scripts = String.join(" ", words.subList(1, words.size()));
            } else if (words.get(0).equalsIgnoreCase("default-src")) {
                fallback = String.join(" ", words.subList(1, words.size()));
            }
        }
        String effective = scripts != null ? scripts : fallback;
        if (effective == null) {
            return java.util.Optional.of("neither script-src nor default-src limits scripts (" + policy + ")");
        }
        String lower = effective.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("'unsafe-inline'") || lower.contains("'unsafe-eval'") || lower.contains("*")
                || lower.contains("data:")) {
            return java.util.Optional.of("scripts allowed too widely (" + effective + ")");
        }
        return java.util.Optional.empty();
    }

    /** The path, with every segment of 20 or more characters (tokens, ids) replaced by {@code {token}}. */
    static String pageName(String url) {
        String path = URI.create(url).getPath();
        return Arrays.stream(path.split("/", -1)).map(segment -> segment.length() >= 20 ? "{token}" : segment)
                .reduce((a, b) -> a + "/" + b).orElse(path);
    }
}
