package org.inclusionscan.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.scoring.AbsentReason;
import org.inclusionscan.scoring.CellScore;
import org.inclusionscan.scoring.Coverage;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;

/**
 * Organisation results built by hand: every score of the card has the same mean unless a factor is
 * given its own (null: absent), levels by the default bands, and a weak-factor recommendation for each
 * factor below 2.5, as the bundled rules give it.
 */
final class Organisations {

    static final RuleSetInfo RULE_SET = new RuleSetInfo("default", "test");

    private Organisations() {
    }

    static Builder organisation(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private Region region = Region.BRUSSELS;
        private List<TargetGroup> groups = List.of(TargetGroup.OLDER_PEOPLE);
        private Double all = 3.0;
        private final Map<Factor, Double> factors = new EnumMap<>(Factor.class);
        private final List<String> extraRecommendations = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder region(Region value) {
            region = value;
            return this;
        }

        Builder serves(TargetGroup... values) {
            groups = List.of(values);
            return this;
        }

        /** Every score (overall, domains, dimensions, cells, factors not set apart) gets this mean. */
        Builder all(Double mean) {
            all = mean;
            return this;
        }

        Builder factor(Factor factor, Double mean) {
            factors.put(factor, mean);
            return this;
        }

        Builder recommendation(String id) {
            extraRecommendations.add(id);
            return this;
        }

        OrganisationResult build() {
            Map<Factor, FactorScore> factorScores = new EnumMap<>(Factor.class);
            List<Recommendation> recommendations = new ArrayList<>();
            List<ToolSuggestion> tools = new ArrayList<>();
            for (Factor factor : Factor.values()) {
                Double mean = factors.containsKey(factor) ? factors.get(factor) : all;
                factorScores.put(factor, new FactorScore(factor, score(mean), null));
                if (mean != null && mean < 2.5) {
                    String id = OrganisationResult.weakRule(factor);
                    recommendations.add(new Recommendation(id, 70, List.of(factor), List.of(), List.of(), Map.of(),
                            List.of("tool-" + factor.id()), new Explanation(id, "default", "test", List.of())));
                    tools.add(new ToolSuggestion("tool-" + factor.id(), List.of(id)));
                }
            }
            for (String id : extraRecommendations) {
                recommendations.add(new Recommendation(id, 50, List.of(), List.of(), List.of(), Map.of(), List.of(),
                        new Explanation(id, "default", "test", List.of())));
            }
            Map<Domain, Score> domains = new EnumMap<>(Domain.class);
            List<CellScore> cells = new ArrayList<>();
            for (Domain domain : Domain.values()) {
                domains.put(domain, score(all));
                for (Dimension dimension : Dimension.values()) {
                    cells.add(new CellScore(domain, dimension, score(all)));
                }
            }
            Map<Dimension, Score> dimensions = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                dimensions.put(dimension, score(all));
            }
            ScoreCard card = new ScoreCard("selfscan-1", 3, LevelBands.DEFAULT, score(all), factorScores, domains, dimensions,
                    cells, List.of(), List.of());
            return OrganisationResult.of(new Organisation(name, region, Sector.LOCAL_SERVICE_CENTRE, groups),
                    LocalDate.of(2026, 11, 1), card, new Advice(RULE_SET, recommendations, tools));
        }
    }

    static Score score(Double mean) {
        if (mean == null) {
            return Score.absent(new Coverage(3, 0, 0, 3), AbsentReason.TOO_FEW_ANSWERS);
        }
        return new Score(mean, LevelBands.DEFAULT.levelOf(mean), new Coverage(3, 3, 0, 0), null);
    }

    /** n organisations named "org 1" ... whose every score is the given mean. */
    static List<OrganisationResult> many(int n, double mean) {
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            results.add(organisation("org " + i).all(mean).build());
        }
        return results;
    }
}
