package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message about a rule set has its words in nl, fr and en, and names only the arguments it gets. */
class RuleMessageTextsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private final Texts texts = Texts.defaults();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCodeHasATextThatUsesOnlyItsArguments(Language language) {
        List<String> gaps = new ArrayList<>();
        for (RuleMessageCode code : RuleMessageCode.values()) {
            if (!texts.has(language, code.key())) {
                gaps.add(code.key() + " has no text");
                continue;
            }
            Set<String> unknown = placeholders(texts.get(language, code.key()));
            unknown.removeAll(code.arguments());
            if (!unknown.isEmpty()) {
                gaps.add(code.key() + " names arguments it does not get: " + unknown);
            }
        }
        assertThat(gaps).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRulesTextBelongsToACode(Language language) {
        Set<String> keys = Arrays.stream(RuleMessageCode.values()).map(RuleMessageCode::key).collect(Collectors.toSet());
        assertThat(texts.keys(language)).filteredOn(key -> key.startsWith(RuleMessageCode.KEY_PREFIX))
                .allMatch(keys::contains, "is the key of a RuleMessageCode");
    }

    @Test
    void everyCodeIsUsedByTheLibrary() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("RuleMessageCode.java"))
                    .map(RuleMessageTextsTest::read).collect(Collectors.joining("\n"));
        }
        assertThat(RuleMessageCode.values()).extracting(RuleMessageCode::name)
                .allMatch(name -> Pattern.compile("\\b" + name + "\\b").matcher(sources).find(), "is used in src/main/java");
    }

    @Test
    void aMessageWithoutItsArgumentsIsABug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleMessage.of(RuleMessageCode.THRESHOLDS_NOT_A_NUMBER, "value", "two"))
                .withMessageContaining("thresholds.not-a-number").withMessageContaining("[key]");
    }

    @Test
    void aTextKeyArgumentShowsThatTextInTheSameLanguageFilledFromTheSameArguments() {
        // GIVEN a scenario file's problem (an unknown factor id) framed by its JSON path
        RuleMessage message = RuleMessage.of(RuleMessageCode.SCENARIO_INPUT_AT, "json-path", "given.factors.netwerk",
                "problem", "@problem.json.unknown-id", "id", "netwerk", "what", "@vocabulary.factor", "valid", "[vision]");

        // WHEN
        String dutch = message.text(Language.NL);
        String english = message.text(Language.EN);

        // THEN
        assertThat(dutch).isEqualTo("given.factors.netwerk: \"netwerk\" is onbekend als factor; kies uit [vision]");
        assertThat(english).startsWith("given.factors.netwerk: the factor \"netwerk\" is unknown");
    }

    private static Set<String> placeholders(String text) {
        return Texts.placeholders(text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
