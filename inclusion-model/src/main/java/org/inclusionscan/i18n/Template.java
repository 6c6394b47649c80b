package org.inclusionscan.i18n;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.inclusionscan.model.Language;

/**
 * Fills a text's placeholders. Two forms:
 * <ul>
 *   <li>{@code {name}}: the argument's value;</li>
 *   <li>{@code {name, plural, one {# probleem} other {# problemen}}}: the choice for the argument's
 *       number in the text's language, with {@code #} standing for the number. A choice is
 *       {@code one}, {@code other} (required) or an exact {@code =N}; choices may hold {@code {name}}
 *       placeholders. "one" is 1 in Dutch and English, 0 and 1 in French.</li>
 * </ul>
 * Anything else between braces stays as written, so a text can never fail to show. Stateless.
 */
final class Template {

    private Template() {
    }

    /** The text with its placeholders filled; a placeholder without an argument stays as written. */
    static String fill(Language language, String template, Map<String, ?> arguments) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder result = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                result.append(c);
                i++;
                continue;
            }
            int close = matchingBrace(template, i);
            if (close < 0) {
                result.append(template, i, template.length());
                break;
            }
            String inside = template.substring(i + 1, close);
            result.append(placeholder(language, inside, arguments).orElse(template.substring(i, close + 1)));
            i = close + 1;
        }
        return result.toString();
    }

    /** Adds the argument names a template uses to {@code names}: simple and plural placeholders, and those inside choices. */
    static void names(String template, Set<String> names) {
        int i = template.indexOf('{');
        while (i >= 0) {
            int close = matchingBrace(template, i);
            if (close < 0) {
                return;
            }
            String inside = template.substring(i + 1, close);
            if (isName(inside)) {
                names.add(inside);
            } else {
                Plural plural = Plural.parse(inside);
                if (plural != null) {
                    names.add(plural.argument());
                    plural.choices().values().forEach(choice -> names(choice, names));
                }
            }
            i = template.indexOf('{', close + 1);
        }
    }

    /** Why the template's plural placeholders cannot be used, or null when they all can (a simple check for policy teams' wording). */
    static String problem(String template) {
        int i = template.indexOf('{');
        while (i >= 0) {
            int close = matchingBrace(template, i);
            if (close < 0) {
                return "unclosed {";
            }
            String inside = template.substring(i + 1, close);
            if (inside.contains(",") && Plural.parse(inside) == null) {
                return "{" + inside + "}";
            }
            i = template.indexOf('{', close + 1);
        }
        return null;
    }

    private static java.util.Optional<String> placeholder(Language language, String inside, Map<String, ?> arguments) {
        if (isName(inside)) {
            Object value = arguments.get(inside);
            return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.toString());
        }
        Plural plural = Plural.parse(inside);
        if (plural == null || arguments.get(plural.argument()) == null) {
            return java.util.Optional.empty();
        }
        String number = arguments.get(plural.argument()).toString();
        String choice = plural.choose(language, number);
        return java.util.Optional.of(fill(language, choice.replace("#", number), arguments));
    }

    private static boolean isName(String text) {
        if (text.isEmpty() || !isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The index of the brace that closes the one at {@code open}, or -1. */
    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code name, plural, one {...} other {...}}, parsed. */
    private record Plural(String argument, Map<String, String> choices) {

        static Plural parse(String inside) {
            int first = inside.indexOf(',');
            if (first < 0) {
                return null;
            }
            int second = inside.indexOf(',', first + 1);
            if (second < 0 || !inside.substring(first + 1, second).strip().equals("plural")) {
                return null;
            }
            String argument = inside.substring(0, first).strip();
            if (!isName(argument)) {
                return null;
            }
            Map<String, String> choices = new java.util.LinkedHashMap<>();
            String rest = inside.substring(second + 1);
            int i = 0;
            while (i < rest.length()) {
                if (Character.isWhitespace(rest.charAt(i))) {
                    i++;
                    continue;
                }
                int open = rest.indexOf('{', i);
                if (open < 0) {
                    return null;
                }
                String selector = rest.substring(i, open).strip();
                int close = matchingBrace(rest, open);
                if (close < 0 || !(selector.equals("one") || selector.equals("other") || selector.matches("=[0-9]+"))
                        || choices.containsKey(selector)) {
                    return null;
                }
                choices.put(selector, rest.substring(open + 1, close));
                i = close + 1;
            }
            return choices.containsKey("other") ? new Plural(argument, choices) : null;
        }

        String choose(Language language, String number) {
            BigDecimal value;
            try {
                value = new BigDecimal(number.strip());
            } catch (NumberFormatException e) {
                return choices.get("other");
            }
            for (Map.Entry<String, String> choice : choices.entrySet()) {
                if (choice.getKey().startsWith("=") && new BigDecimal(choice.getKey().substring(1)).compareTo(value) == 0) {
                    return choice.getValue();
                }
            }
            if (choices.containsKey("one") && isOne(language, value)) {
                return choices.get("one");
            }
            return choices.get("other");
        }

        /** CLDR's "one" for whole numbers: 1 in Dutch and English; 0 and 1 in French. */
        private static boolean isOne(Language language, BigDecimal value) {
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                return false;
            }
            int toOne = value.compareTo(BigDecimal.ONE);
            return language == Language.FR ? toOne <= 0 : toOne == 0;
        }
    }
}
