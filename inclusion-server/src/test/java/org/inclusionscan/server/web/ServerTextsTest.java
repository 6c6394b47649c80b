package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.service.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text of the server exists in Dutch, French and English; every refusal and status has its text. */
class ServerTextsTest {

    private static final Pattern REFUSAL = Pattern.compile("Refusal\\((?:Refusal\\.)?Kind\\.[A-Z_]+, \"([a-z-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\('([a-z0-9.-]+[a-z0-9])'");

    private static Set<String> keys(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("server_" + language.id() + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_bundle_has_the_same_keys_in_every_language(Language language) throws IOException {
        assertThat(keys(language)).isEqualTo(keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_refusal_code_and_status_has_a_text(Language language) throws IOException {
        Texts texts = Texts.defaults();
        for (Refusal.Kind kind : Refusal.Kind.values()) {
            assertThat(texts.has(language, "error." + kind.status() + ".title")).as(kind.name()).isTrue();
        }
        assertThat(texts.has(language, "error.500.title")).isTrue();
        for (String code : matches(Path.of("src/main/java"), REFUSAL)) {
            assertThat(texts.has(language, "refusal." + code)).as(code).isTrue();
        }
        for (String key : matches(Path.of("src/main/resources/org/inclusionscan/server/templates"), TEMPLATE_KEY)) {
            assertThat(texts.has(language, key)).as(key).isTrue();
        }
    }

    private static Set<String> matches(Path root, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
