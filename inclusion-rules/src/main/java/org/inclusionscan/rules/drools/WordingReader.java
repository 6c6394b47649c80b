package org.inclusionscan.rules.drools;

import static org.inclusionscan.rules.RuleMessageCode.WORDING_PLURAL;
import static org.inclusionscan.rules.RuleMessageCode.WORDING_SYNTAX;
import static org.inclusionscan.rules.RuleMessageCode.WORDING_UNKNOWN_KEY;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.DidYouMean;

/**
 * Reads a rule set's wording files ({@code advice_nl.properties}, ...; a byte order mark is
 * allowed) and lays them over the bundled texts. A key that is neither a bundled text nor a text of
 * one of the rule set's recommendations ({@code advice.<id>.title}, {@code .why}, {@code .action})
 * is refused at its line with the nearest known key, so a misspelt key never silently does nothing.
 */
final class WordingReader {

    private static final List<String> ADVICE_PARTS = List.of("title", "why", "action");

    /** How a plural placeholder is written, shown when one cannot be read. */
    private static final String PLURAL_FORM = "{count, plural, one {# ...} other {# ...}}";

    private WordingReader() {
    }

    static Texts read(List<RuleSource> files, List<RuleInfo> rules, List<RuleProblem> problems) {
        Texts bundled = Texts.defaults();
        if (files.isEmpty()) {
            return bundled;
        }
        Set<String> known = new TreeSet<>();
        for (Language language : Language.values()) {
            known.addAll(bundled.keys(language));
        }
        for (RuleInfo rule : rules) {
            ADVICE_PARTS.forEach(part -> known.add("advice." + rule.id() + "." + part));
        }
        Map<Language, Map<String, String>> overrides = new EnumMap<>(Language.class);
        for (RuleSource file : files) {
            Language language = Language.fromId(file.name().substring(file.name().lastIndexOf('_') + 1, file.name().indexOf('.')));
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(file.content()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(RuleProblem.inFile(file.display(), WORDING_SYNTAX, "found", String.valueOf(e.getMessage())));
                continue;
            }
            Map<String, String> texts = overrides.computeIfAbsent(language, l -> new HashMap<>());
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                if (!known.contains(key)) {
                    problems.add(RuleProblem.at(file.display(), lineOf(file.content(), key), 1, WORDING_UNKNOWN_KEY,
                            DidYouMean.withHint(key, known, "key", shorten(key))));
                } else {
                    String text = properties.getProperty(key).strip();
                    Texts.placeholderProblem(text).ifPresent(found -> problems.add(RuleProblem.at(file.display(),
                            lineOf(file.content(), key), 1, WORDING_PLURAL, "key", key, "found", shorten(found),
                            "form", PLURAL_FORM)));
                    texts.put(key, text);
                }
            }
        }
        return bundled.withTexts(overrides);
    }

    /** The line (from 1) where a key is given; 0 when it cannot be found (a key written with escapes). */
    private static int lineOf(String content, String key) {
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && (line.length() == key.length() || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
