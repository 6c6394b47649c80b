package org.inclusionscan.rules;

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
 * <p>An argument value that starts with {@value Texts#TEXT_KEY} names a text key, as in
 * {@link Problem}: the message shows that text in its own language, with its placeholders filled
 * from the same arguments (so {@code @problem.json.unknown-id} shows a scenario file's problem).
 *
 * @param arguments the values the text names, by placeholder name; at least {@link RuleMessageCode#arguments()}
 */
public record RuleMessage(RuleMessageCode code, Map<String, String> arguments) {

    /**
     * Checks the components and copies the collections.
     *
     * @param code      the code
     * @param arguments the values the text names, by placeholder name; at least {@link RuleMessageCode#arguments()}
     */
    public RuleMessage {
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
        var missing = new TreeSet<>(code.arguments());
        missing.removeAll(arguments.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The message (%s) needs the arguments %s.".formatted(code.id(), missing));
        }
    }

    /**
     * A message from name and value pairs: {@code of(TOOL_UNKNOWN, "tool", "x")}.
     *
     * @param code           the kind of message
     * @param namesAndValues name, value, name, value
     * @return the message
     */
    public static RuleMessage of(RuleMessageCode code, Object... namesAndValues) {
        return new RuleMessage(code, Texts.arguments(namesAndValues));
    }

    /**
     * The message in the language.
     *
     * @param language nl, fr or en
     * @return the text
     */
    public String text(Language language) {
        return Texts.defaults().message(language, code.key(), arguments);
    }

    /** The English message, for logs and developers. */
    @Override
    public String toString() {
        return text(Language.EN);
    }
}
