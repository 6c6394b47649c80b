package org.inclusionscan.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;

/**
 * Properties of every aggregate (the seed is fixed by FixedSeeds, as for every property of the project):
 * the median lies between the quartiles, inside the range of the means, and the shares at the four levels add up to 1.
 */
class AggregationPropertiesTest {

    @Property(tries = 100)
    void medianLiesBetweenTheQuartilesAndSharesSumToOne(@ForAll("selections") List<List<Double>> selection) {
        // GIVEN organisations with random factor means (some absent)
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            Organisations.Builder builder = Organisations.organisation("org " + i);
            List<Double> means = selection.get(i);
            for (Factor factor : Factor.values()) {
                builder.factor(factor, means.get(factor.ordinal()));
            }
            results.add(builder.build());
        }

        // WHEN aggregated
        Aggregation aggregation = Aggregation.of(results, AggregateOptions.defaults().withMinimum(3));

        // THEN every shown factor keeps the order of its quartiles and its shares add up to 1
        for (Factor factor : Factor.values()) {
            Distribution distribution = aggregation.figures().factor(factor).distribution();
            if (!distribution.isShown()) {
                assertThat(distribution.organisations()).isLessThan(3);
                continue;
            }
            Quartiles quartiles = distribution.quartiles();
            double lowest = selection.stream().map(m -> m.get(factor.ordinal())).filter(m -> m != null).mapToDouble(m -> m).min().orElseThrow();
            double highest = selection.stream().map(m -> m.get(factor.ordinal())).filter(m -> m != null).mapToDouble(m -> m).max().orElseThrow();
            assertThat(quartiles.q1()).isLessThanOrEqualTo(quartiles.median()).isGreaterThanOrEqualTo(lowest);
            assertThat(quartiles.median()).isLessThanOrEqualTo(quartiles.q3());
            assertThat(quartiles.q3()).isLessThanOrEqualTo(highest);
            double sum = Distribution.LEVELS.stream().mapToDouble(distribution::share).sum();
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            assertThat(distribution.organisations() + distribution.absent()).isEqualTo(selection.size());
            assertThat(distribution.levels().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(distribution.organisations());
            assertThat(distribution.levels()).doesNotContainKey(Level.ABSENT);
        }
    }

    @Provide
    Arbitrary<List<List<Double>>> selections() {
        Arbitrary<Double> mean = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(4, 20).map(quarter -> quarter / 4.0)),
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(1.0, 5.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Double) null)));
        Arbitrary<List<Double>> organisation = mean.list().ofSize(Factor.values().length);
        return organisation.list().ofMinSize(3).ofMaxSize(40);
    }
}
