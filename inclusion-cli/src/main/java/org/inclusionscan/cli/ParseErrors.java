package org.inclusionscan.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.UnknownIdException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors (an unknown option, a missing or bad value) said in the user's words:
 * the text is {@code cli.usage.<kind>} in the bundles. A kind without a text keeps picocli's
 * English message.
 */
final class ParseErrors {

    private static final String LANG = "--lang";

    private ParseErrors() {
    }

    /**
     * The language asked for with {@code --lang xx} or {@code --lang=xx}, else Dutch: parsing failed,
     * so the option may not have been set.
     */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith(LANG + "=") ? args[i].substring(LANG.length() + 1)
                    : args[i].equals(LANG) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Language.fromId(value);
                } catch (UnknownIdException e) {
                    return Language.NL;
                }
            }
        }
        return Language.NL;
    }

    /** What is wrong, in the language of the run. */
    static String explain(ParameterException exception, Cli cli) {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, cli);
        }
        if (exception instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(missing, cli);
        }
        if (exception instanceof OverwrittenOptionException overwritten) {
            return cli.text("cli.usage.overwritten", Map.of("option", name(overwritten.getOverwritten())));
        }
        if (exception.getArgSpec() != null && exception.getValue() != null && exception.getCause() != null) {
            return invalidValue(exception.getArgSpec(), exception.getValue(), cli);
        }
        return exception.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException exception, Cli cli) {
        List<String> arguments = exception.getUnmatched();
        String first = arguments.isEmpty() ? "" : arguments.get(0);
        String kind = exception.isUnknownOption() ? "cli.usage.unknown-option" : "cli.usage.unmatched-argument";
        List<String> suggestions = exception.getSuggestions();
        if (suggestions.isEmpty()) {
            return cli.text(kind, Map.of("argument", first));
        }
        return cli.text(kind + "-suggestion", Map.of("argument", first, "suggestions", String.join(", ", suggestions)));
    }

    private static String missing(MissingParameterException exception, Cli cli) {
        ArgSpec spec = exception.getMissing().get(0);
        if (!spec.isOption()) {
            String labels = exception.getMissing().stream().map(ArgSpec::paramLabel).collect(Collectors.joining(", "));
            return cli.text("cli.usage.missing-parameter", Map.of("parameter", labels));
        }
        // An option named here was given without its value: this command line has no required options.
        return cli.text("cli.usage.missing-value", Map.of("option", name(spec), "label", spec.paramLabel()));
    }

    private static String invalidValue(ArgSpec spec, String value, Cli cli) {
        Class<?> type = spec.type();
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant instanceof HasId id ? id.id() : ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
            return cli.text("cli.usage.invalid-choice", Map.of("option", name(spec), "value", value, "allowed", allowed));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return cli.text("cli.usage.not-a-whole-number", Map.of("option", name(spec), "value", value));
        }
        return cli.text("cli.usage.invalid-value", Map.of("option", name(spec), "value", value));
    }

    /** An option's longest name ({@code --format}), a parameter's label ({@code DIR}). */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
