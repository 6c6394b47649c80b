package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RulesTable;
import org.junit.jupiter.api.Test;

/**
 * The README's rules table is rendered from the bundled rules. When a rule changes, rewrite it:
 * {@code ./mvnw -pl inclusion-rules -am verify -Dtest=ReadmeRulesTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true}.
 */
class ReadmeRulesTableTest {

    static final Path README = Path.of("../README.md");
    static final String START = "<!-- rules-table:start -->";
    static final String END = "<!-- rules-table:end -->";

    @Test
    void theReadmeRulesTableMatchesTheBundledRules() throws IOException {
        // GIVEN
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("marker " + START).isNotNegative();
        assertThat(end).as("marker " + END).isGreaterThan(start);

        // WHEN
        String table = RulesTable.markdown(DroolsAdvisor.defaults().compiled());
        String section = "\n" + table;

        // THEN
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + section + readme.substring(end),
                    StandardCharsets.UTF_8);
        } else {
            assertThat(readme.substring(start + START.length(), end))
                    .as("README rules table; rewrite it with -Dreadme.update=true").isEqualTo(section);
        }
    }
}
