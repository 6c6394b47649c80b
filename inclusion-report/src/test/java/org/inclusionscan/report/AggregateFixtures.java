package org.inclusionscan.report;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.OrganisationResult;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;

/**
 * Aggregates for the report tests: the bundled scans (scored, advised by {@link Fixtures}) under
 * other organisations' names, so that the figures are real score cards.
 */
final class AggregateFixtures {

    private static final List<String> SCANS = List.of("de-linde-2026", "de-linde-2025", "single-respondent-youth-house");

    private AggregateFixtures() {
    }

    /**
     * Twelve organisations: seven in Brussels and five in Flanders, six serving older people, all serving people in poverty,
     * two serving children. Shown: the whole, Brussels, Flanders, older people, poverty; withheld: children.
     */
    static List<OrganisationResult> twelve() {
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ScanResult result = Fixtures.result(SCANS.get(i % SCANS.size()));
            Region region = i < 7 ? Region.BRUSSELS : Region.FLANDERS;
            List<TargetGroup> groups = i < 2 ? List.of(TargetGroup.CHILDREN, TargetGroup.POVERTY)
                    : i % 2 == 0 ? List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.POVERTY) : List.of(TargetGroup.POVERTY);
            Organisation organisation = new Organisation("Organisation " + (i + 1), region, Sector.LOCAL_SERVICE_CENTRE, groups);
            results.add(OrganisationResult.of(organisation, result.scan().date(), result.scores(), result.advice()));
        }
        return results;
    }

    /** Five organisations each given a recommendation and a tool with a hostile id, as a policy team's rules could name them. */
    static Aggregation hostile(String id) {
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ScanResult result = Fixtures.result(SCANS.get(i % SCANS.size()));
            org.inclusionscan.advice.Advice advice = new org.inclusionscan.advice.Advice(result.advice().ruleSet(),
                    List.of(new org.inclusionscan.advice.Recommendation(id, 50, List.of(), List.of(), List.of(), java.util.Map.of(),
                            List.of(id), new org.inclusionscan.advice.Explanation(id, "default", "test", List.of()))),
                    List.of(new org.inclusionscan.advice.ToolSuggestion(id, List.of(id))));
            results.add(OrganisationResult.of(new Organisation("Organisation " + i, Region.BRUSSELS, Sector.OTHER,
                    List.of(TargetGroup.POVERTY)), result.scan().date(), result.scores(), advice));
        }
        return Aggregation.of(results, AggregateOptions.defaults());
    }

    static Aggregation shown() {
        return Aggregation.of(twelve(), AggregateOptions.defaults());
    }

    static Aggregation withheld() {
        return Aggregation.of(twelve().subList(0, 4), AggregateOptions.defaults());
    }
}
