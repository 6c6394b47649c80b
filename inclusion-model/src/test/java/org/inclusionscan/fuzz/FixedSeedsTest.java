package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The gate is deterministic (docs/reliability.md, "A deterministic gate"): without any option a
 * property generates the same values on every run, and the seed is what drives them.
 */
class FixedSeedsTest {

    private static final String PROBE = SeedProbe.class.getName() + "#notesWhatItGets";

    private static List<String> probe(String seed) {
        SeedProbe.SEEN.clear();
        TestExecutionSummary summary = Reproductions.run(PROBE, seed, null);
        assertThat(summary.getTestsSucceededCount()).as("the probe ran and passed").isEqualTo(1);
        return List.copyOf(SeedProbe.SEEN);
    }

    @Test
    void twoRunsWithoutAnOptionGenerateTheSameValues() {
        List<String> first = probe(null);
        List<String> second = probe(null);

        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(first.stream().distinct().count()).as("the probe generates different values").isGreaterThan(1);
    }

    @Test
    void theValuesAreThoseOfTheFixedSeedAndAnotherSeedGivesOthers() {
        List<String> gate = probe(null);

        List<String> sameSeed = probe(Long.toString(FixedSeeds.seedFor(PROBE)));
        List<String> otherSeed = probe(Long.toString(FixedSeeds.seedFor(PROBE) + 1));

        assertThat(sameSeed).isEqualTo(gate);
        assertThat(otherSeed).isNotEqualTo(gate);
    }

    @Test
    void eachPropertyHasItsOwnSeed() {
        assertThat(FixedSeeds.seedFor("a.B#c")).isEqualTo(FixedSeeds.seedFor("a.B#c"))
                .isNotEqualTo(FixedSeeds.seedFor("a.B#d"));
    }
}
