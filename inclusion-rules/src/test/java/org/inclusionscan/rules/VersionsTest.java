package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void namesTheLibraryAndTheRuleSetInUse() {
        // GIVEN the bundled advisor
        Advisor advisor = Advisor.defaults();

        // WHEN its versions are asked
        Versions versions = Versions.of(advisor);

        // THEN they name the rule set it advises with; the library's own comes from the jar (not built here)
        assertThat(versions.ruleSet()).isEqualTo(advisor.ruleSet());
        assertThat(versions.library()).isEqualTo(Versions.UNKNOWN);
        assertThat(versions.toString()).isEqualTo("inclusion unknown, rule set default " + advisor.ruleSet().version());
    }
}
