package org.inclusionscan.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;

/**
 * A sentence about a rule set, kept as a code and named arguments so that it can be shown in nl,
 * fr or en: its text is {@link RuleMessageCode#key()} in the {@code rules} bundles.
 *
 * <p>An argument value that starts with {@value Problem#TEXT_KEY} names a text key, as in
 * {@link Problem}: the message shows that text in its own language, with its placeholders filled
 * from the same arguments (so {@code @problem.json.unknown-id} shows a scenario file's problem).
 *
 * @param arguments the values the text names, by placeholder name; at least {@link RuleMessageCode#arguments()}
 */
public record RuleMessage(RuleMessageCode code, Map<String, String> arguments) {

    public RuleMessage {
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
        var missing = new TreeSet<>(code.arguments());
        missing.removeAll(arguments.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The message (%s) needs the arguments %s.".formatted(code.id(), missing));
        }
    }

    /** A message from name and value pairs: {@code of(TOOL_UNKNOWN, "tool", "x")}. */
    public static RuleMessage of(RuleMessageCode code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name and value pairs.");
        }
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new RuleMessage(code, arguments);
    }

    /** The message in the language. */
    public String text(Language language) {
        Texts texts = Texts.defaults();
        Map<String, String> labels = new HashMap<>(arguments);
        labels.replaceAll((name, value) -> isTextKey(texts, language, value) ? texts.get(language, value.substring(1)) : value);
        Map<String, String> shown = new HashMap<>(labels);
        shown.replaceAll((name, value) -> isTextKey(texts, language, arguments.get(name))
                ? texts.get(language, arguments.get(name).substring(1), labels) : value);
        return texts.get(language, code.key(), shown);
    }

    private static boolean isTextKey(Texts texts, Language language, String value) {
        return value.startsWith(Problem.TEXT_KEY) && texts.has(language, value.substring(1));
    }

    /** The English message, for logs and developers. */
    @Override
    public String toString() {
        return text(Language.EN);
    }
}
