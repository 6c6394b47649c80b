package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.Comparison.Change;
import org.junit.jupiter.api.Test;

/** Every text the reports use exists in Dutch, French and English, and the three report bundles have the same keys. */
class BundleTest {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "org", "inclusionscan", "report", "templates");
    static final Path SOURCES = Path.of("src", "main", "java");
    static final Pattern KEY = Pattern.compile("\"(report\\.[a-z0-9.-]+[a-z0-9])\"");

    static Set<String> keysUsedIn(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).matches(".*\\.(peb|json|md|html|css)")) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>(keysUsedIn(TEMPLATES));
        used.addAll(keysUsedIn(SOURCES));
        for (Change change : Change.values()) {
            used.add("report.change." + change.id());
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (Language language : Language.values()) {
            assertThat(used).as("keys missing in %s", language.id())
                    .allSatisfy(key -> assertThat(Texts.defaults().has(language, key)).as(key).isTrue());
        }
    }

    @Test
    void reportBundlesHaveTheSameKeys() {
        Set<String> dutch = reportKeys(Language.NL);
        assertThat(reportKeys(Language.FR)).isEqualTo(dutch);
        assertThat(reportKeys(Language.EN)).isEqualTo(dutch);
    }

    @Test
    void placeholdersMatchAcrossLanguages() {
        for (String key : reportKeys(Language.NL)) {
            Set<String> dutch = Texts.placeholders(Texts.defaults().get(Language.NL, key));
            for (Language language : Language.values()) {
                assertThat(Texts.placeholders(Texts.defaults().get(language, key))).as("%s in %s", key, language.id())
                        .isEqualTo(dutch);
            }
        }
    }

    private static Set<String> reportKeys(Language language) {
        Set<String> keys = new TreeSet<>();
        Texts.defaults().keys(language).stream().filter(k -> k.startsWith("report.")).forEach(keys::add);
        return keys;
    }
}
