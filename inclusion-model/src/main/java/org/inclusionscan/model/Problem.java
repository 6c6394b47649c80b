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

    /** An argument value that starts with this names a text key; see {@link Texts#TEXT_KEY}. */
    public static final String TEXT_KEY = Texts.TEXT_KEY;

    /**
     * Checks the components and copies the collections.
     *
     * @param location  where: a JSON path such as {@code respondents[2].answers.ps-3}, or {@code line 4, column 7} for a syntax error ({@code $} for the whole document)
     * @param code      the kind of problem; its text is {@code problem.<code>} in the bundles
     * @param arguments the values the text names, by placeholder name
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }

    /**
     * A problem with name and value pairs for its text.
     *
     * @param location       a JSON path, or a line and column
     * @param code           the problem's code, e.g. {@code scan.answer-out-of-range}
     * @param namesAndValues name, value, name, value
     * @return the problem
     */
    public static Problem at(String location, String code, Object... namesAndValues) {
        return new Problem(location, code, Texts.arguments(namesAndValues));
    }

    /**
     * The problem in words, in the language: {@code <location>: <message>}.
     *
     * @param language nl, fr or en
     * @return one line
     */
    public String describe(Language language) {
        return location + ": " + message(language);
    }

    /**
     * The problem's text without its location.
     *
     * @param language nl, fr or en
     * @return the text
     */
    public String message(Language language) {
        return Texts.defaults().message(language, "problem." + code, arguments);
    }

    /**
     * The English message, for logs and developers.
     *
     * @return the text
     */
    @JsonIgnore
    public String message() {
        return message(Language.EN);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
