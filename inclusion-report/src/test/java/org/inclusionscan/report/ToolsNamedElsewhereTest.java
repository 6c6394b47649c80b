package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.junit.jupiter.api.Test;

/**
 * A tool is listed under one recommendation only; a recommendation whose text names it points the reader
 * there, and a reason joined into a recommendation speaks only of the factors the two share.
 */
class ToolsNamedElsewhereTest {

    @Test
    void aToolTheTextNamesButAnotherRecommendationListsPointsThereAndAJoinedReasonNamesOnlyTheSharedFactor() {
        // GIVEN network vitality (with the older-people reason about network vitality and information) listing
        // Sociaal gewaardeerde rollen, and valued roles whose text names that tool but lists only the Talentenkaart
        Explanation networks = new Explanation("factor.network-vitality.weak", "default", "test", List.of(), List.of(
                new Explanation.Fact("below", Fixtures.weakBelow("network-vitality", "1.80")),
                new Explanation.Fact("joined", Map.of("rule", "target-group.older-people.focus")),
                new Explanation.Fact("below", Fixtures.weakBelow("network-vitality", "1.80")),
                new Explanation.Fact("below", Fixtures.weakBelow("information", "2.10"))));
        Recommendation first = new Recommendation("factor.network-vitality.weak", 80, List.of(Factor.NETWORK_VITALITY, Factor.INFORMATION),
                List.of(Domain.TARGET_PUBLIC), List.of(), Map.of(), List.of("inclusieweb", "sociaal-gewaardeerde-rollen"), networks,
                List.of("target-group.older-people.focus"));
        Recommendation second = new Recommendation("factor.valued-roles.weak", 60, List.of(Factor.VALUED_ROLES), List.of(Domain.TARGET_PUBLIC),
                List.of(), Map.of(), List.of("talentenkaart"), new Explanation("factor.valued-roles.weak", "default", "test", List.of(),
                        List.of(new Explanation.Fact("below", Fixtures.weakBelow("valued-roles", "2.00")))));
        ScanResult result = Fixtures.withAdvice(List.of(first, second));

        // WHEN
        String nl = Fixtures.render(result, Language.NL, ReportFormat.MARKDOWN);
        String en = Fixtures.render(result, Language.EN, ReportFormat.HTML);

        // THEN the valued-roles recommendation points to recommendation 1 for the tool its text names
        String valuedRoles = nl.substring(nl.indexOf("### 2. "));
        assertThat(valuedRoles).contains("- **Sociaal gewaardeerde rollen**: de tekst hierboven noemt deze tool; je vindt hem bij aanbeveling 1.");
        assertThat(en).contains("<li><strong>Sociaal gewaardeerde rollen</strong>: the text above names this tool; you will find it under recommendation 1.</li>");
        // and recommendation 1, which lists the tool, does not point anywhere
        String networkVitality = nl.substring(nl.indexOf("### 1. "), nl.indexOf("### 2. "));
        assertThat(networkVitality).doesNotContain("je vindt hem bij aanbeveling");
        // the older-people reason speaks of network vitality only: information is not this recommendation's subject
        String olderPeople = networkVitality.substring(networkVitality.indexOf("**Ouderen.**"));
        assertThat(olderPeople).contains("Hier gaat het om vitaliteit van het netwerk (").doesNotContain("informatie (");
    }
}
