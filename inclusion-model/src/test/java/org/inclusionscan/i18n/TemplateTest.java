package org.inclusionscan.i18n;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

    private static final String PROBLEMS = "{source} has {count, plural, one {# problem} other {# problems}}:";

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "NL | 0 | 0 x",
            "NL | 1 | 1 een",
            "NL | 2 | 2 x",
            "EN | 1 | 1 een",
            "EN | 1.0 | 1.0 een",
            "EN | 1.5 | 1.5 x",
            "EN | -1 | -1 x",
            "FR | 0 | 0 een",
            "FR | 1 | 1 een",
            "FR | 2 | 2 x",
            "FR | 99999999999999999999 | 99999999999999999999 x",
            "EN | many | many x",
    })
    void oneIsChosenByTheLanguagesRule(Language language, String count, String expected) {
        // GIVEN a plural with a "one" and an "other" choice
        String template = "{n, plural, one {# een} other {# x}}";

        // WHEN it is filled
        String filled = Template.fill(language, template, Map.of("n", count));

        // THEN "one" is 1 in Dutch and English, 0 and 1 in French; anything else, or no number, is "other"
        then(filled).isEqualTo(expected);
    }

    @Test
    void anExactChoiceWinsAndChoicesFillTheirOwnPlaceholders() {
        String template = "{n, plural, =0 {no {thing}s} one {one {thing}} other {# {thing}s}}.";

        then(Template.fill(Language.EN, template, Map.of("n", 0, "thing", "card"))).isEqualTo("no cards.");
        then(Template.fill(Language.EN, template, Map.of("n", 1, "thing", "card"))).isEqualTo("one card.");
        then(Template.fill(Language.EN, template, Map.of("n", 7, "thing", "card"))).isEqualTo("7 cards.");
    }

    @Test
    void simplePlaceholdersAndTextAroundThemStayAsBefore() {
        then(Template.fill(Language.EN, PROBLEMS, Map.of("source", "scan.json", "count", 1))).isEqualTo("scan.json has 1 problem:");
        then(Template.fill(Language.EN, PROBLEMS, Map.of("source", "scan.json", "count", 3))).isEqualTo("scan.json has 3 problems:");
        then(Template.fill(Language.EN, "no braces at all", Map.of())).isEqualTo("no braces at all");
    }

    @Test
    void aValueIsInsertedAsItIsAndNeverReadAsATemplate() {
        // GIVEN a value that looks like a placeholder (user text ends up in messages)
        String filled = Template.fill(Language.EN, PROBLEMS, Map.of("source", "{count, plural, one {x} other {y}}", "count", 2));

        then(filled).isEqualTo("{count, plural, one {x} other {y}} has 2 problems:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{n, plural, one {a}}",
            "{n, plural, few {a} other {b}}",
            "{n, plural, one {a} one {b} other {c}}",
            "{n, plural, one {a} other {b}",
            "{n, plural, one a other b}",
            "{n, plurals, one {a} other {b}}",
            "{9n, plural, one {a} other {b}}",
    })
    void whatCannotBeReadShowsAsWrittenAndIsNamed(String template) {
        // WHEN a broken plural is filled
        String filled = Template.fill(Language.EN, template, Map.of("n", 1));

        // THEN the text shows as written (a reader sees the mistake, nothing disappears), and the check names it
        then(filled).isEqualTo(template);
        then(Texts.placeholderProblem(template)).isPresent();
    }

    @Test
    void aMissingArgumentLeavesThePlaceholderAsWritten() {
        then(Template.fill(Language.NL, PROBLEMS, Map.of("source", "a"))).isEqualTo("a has {count, plural, one {# problem} other {# problems}}:");
        then(Template.fill(Language.NL, "{x} en {y}", Map.of("x", 1))).isEqualTo("1 en {y}");
    }

    @Test
    void placeholdersNamesTheArgumentsOfEveryForm() {
        Set<String> names = Texts.placeholders("{a} {n, plural, =0 {none} one {{b}} other {# {c}}} {not a placeholder} {d");

        then(names).isEqualTo(new TreeSet<>(Set.of("a", "n", "b", "c")));
        then(Texts.placeholderProblem("{a} {n, plural, one {x} other {y}}")).isEmpty();
    }

    @Test
    void everyBundledTextWithAPluralCanBeRead() {
        Texts texts = Texts.defaults();
        for (Language language : Language.values()) {
            for (String key : texts.keys(language)) {
                then(Texts.placeholderProblem(texts.get(language, key))).as("%s in %s", key, language.id()).isEmpty();
            }
        }
    }
}
