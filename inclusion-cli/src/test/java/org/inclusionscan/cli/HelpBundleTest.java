package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HelpBundleTest {

    @Test
    void theHelpTextsExistInEveryLanguage() throws IOException {
        Properties en = load("Help.properties");
        for (String name : new String[] {"Help_nl.properties", "Help_fr.properties"}) {
            assertThat(load(name).stringPropertyNames()).as(name).isEqualTo(en.stringPropertyNames());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Cli.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
