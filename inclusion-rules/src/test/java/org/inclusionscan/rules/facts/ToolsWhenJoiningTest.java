package org.inclusionscan.rules.facts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.Advisor;
import org.junit.jupiter.api.Test;

/** A rule that leaves tools out when it joins a factor's advice names tools it has: a misspelt id never silently does nothing. */
class ToolsWhenJoiningTest {

    @Test
    void aToolTheDraftDoesNotHaveIsRefusedWithItsNameAndTheDraftsTools() {
        // GIVEN a draft with De Stek and outreach
        AdviceCollector.Draft draft = new AdviceCollector(Advisor.defaults().thresholds()).recommend("target-group.poverty.focus", 50)
                .tools("de-stek", "outreachend-werken");

        // WHEN / THEN a misspelt id is refused, naming it, the rule and the factor
        assertThatThrownBy(() -> draft.withoutToolsWhenJoining(Factor.INFRASTRUCTURE, "de-stek", "destek"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(destek)").hasMessageContaining("target-group.poverty.focus").hasMessageContaining("infrastructure")
                .hasMessageContaining("[de-stek, outreachend-werken]");
    }
}
