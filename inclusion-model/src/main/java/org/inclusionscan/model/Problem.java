package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.i18n.Texts;

/**
 * One thing wrong with a user's input, at one place.
 *
 * @param location where: a JSON path such as {@code respondents[2].answers.ps-3}, or
 *                 {@code line 4, column 7} for a syntax error ({@code $} for the whole document)
 * @param code     the kind of problem; its text is {@code problem.<code>} in the bundles
 * @param arguments the values the text names, by placeholder name
 */
public record Problem(String location, String code, Map<String, String> arguments) {

    /**
     * An argument value that starts with this names a text key: the message shows that text in
     * its own language (for example {@code @vocabulary.role} becomes "role" or "rol").
     */
    public static final String TEXT_KEY = "@";

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }

    public static Problem at(String location, String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name and value pairs.");
        }
        Map<String, String> arguments = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new Problem(location, code, arguments);
    }

    /** The problem in words, in the language: {@code <location>: <message>}. */
    public String describe(Language language) {
        return location + ": " + message(language);
    }

    public String message(Language language) {
        Texts texts = Texts.defaults();
        Map<String, String> shown = new java.util.HashMap<>(arguments);
        shown.replaceAll((name, value) -> value.startsWith(TEXT_KEY) && texts.has(language, value.substring(1))
                ? texts.get(language, value.substring(1)) : value);
        return texts.get(language, "problem." + code, shown);
    }

    /** The English message, for logs and developers. */
    @JsonIgnore
    public String message() {
        return message(Language.EN);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
