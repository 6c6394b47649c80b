package org.inclusionscan.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.scoring.AbsentReason;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.CardKind;
import org.inclusionscan.tools.BuildingBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundleCompletenessTest {

    private final Texts texts = Texts.defaults();

    @Test
    void everyKeyExistsInAllThreeLanguages() {
        Set<String> all = new TreeSet<>();
        for (Language language : Language.values()) {
            all.addAll(texts.keys(language));
        }
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(texts.keys(language));
            assertThat(missing).as("keys without a %s text", language.id()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsBlank(Language language) {
        List<String> blank = texts.keys(language).stream().filter(key -> texts.get(language, key).isBlank()).toList();
        assertThat(blank).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyVocabularyValueHasALabel(Language language) {
        List<String> missing = new ArrayList<>();
        check(language, "dimension", Dimension.values(), missing);
        check(language, "domain", Domain.values(), missing);
        check(language, "factor", Factor.values(), missing);
        check(language, "level", Level.values(), missing);
        check(language, "region", Region.values(), missing);
        check(language, "sector", Sector.values(), missing);
        check(language, "role", Role.values(), missing);
        check(language, "target-group", TargetGroup.values(), missing);
        check(language, "building-block", BuildingBlock.values(), missing);
        check(language, "absent", AbsentReason.values(), missing);
        check(language, "language", Language.values(), missing);
        check(language, "agreement-status", AgreementStatus.values(), missing);
        check(language, "card-kind", CardKind.values(), missing);
        Stream.of(Dimension.values(), Domain.values(), Factor.values()).flatMap(Stream::of).forEach(value -> {
            String prefix = value instanceof Dimension ? "dimension" : value instanceof Domain ? "domain" : "factor";
            String key = prefix + "." + value.id() + ".description";
            if (!texts.has(language, key)) {
                missing.add(key);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesKept() {
        String text = texts.get(Language.EN, "problem.scan.answer-out-of-range", java.util.Map.of("value", 7));
        assertThat(text).isEqualTo("7 is outside 1-5; answer 1 to 5 or \"dont-know\"");
    }

    @Test
    void theSamePlaceholdersAreUsedInEveryLanguage() {
        List<String> differing = new ArrayList<>();
        for (String key : texts.keys(Language.NL)) {
            Set<String> nl = placeholders(texts.get(Language.NL, key));
            for (Language language : List.of(Language.FR, Language.EN)) {
                if (texts.has(language, key) && !placeholders(texts.get(language, key)).equals(nl)) {
                    differing.add(language.id() + ":" + key);
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        return Texts.placeholders(text);
    }

    private void check(Language language, String prefix, HasId[] values, List<String> missing) {
        for (HasId value : values) {
            if (!texts.has(language, prefix + "." + value.id())) {
                missing.add(prefix + "." + value.id());
            }
        }
    }
}
