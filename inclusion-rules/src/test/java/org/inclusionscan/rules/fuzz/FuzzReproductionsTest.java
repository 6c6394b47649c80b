package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.LifecycleHook;
import org.inclusionscan.fuzz.FixedSeeds;
import org.inclusionscan.fuzz.Reproductions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Replays every failure {@code fuzz.sh} recorded for this module's properties, with its seed and tries. */
class FuzzReproductionsTest {

    @Test
    void theGatesFixedSeedsApplyToThisModulesProperties() {
        assertThat(ServiceLoader.load(LifecycleHook.class)).anyMatch(hook -> hook instanceof FixedSeeds);
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedFailureNowPasses() throws IOException {
        return Reproductions.recorded().stream().map(reproduction -> DynamicTest.dynamicTest(
                reproduction.file().getFileName().toString(), () -> {
                    TestExecutionSummary summary = Reproductions.run(reproduction.property(), reproduction.seed(), reproduction.tries());
                    assertThat(summary.getTestsFoundCount()).as("%s ran", reproduction.property()).isEqualTo(1);
                    assertThat(summary.getFailures()).as("%s with seed %s", reproduction.property(), reproduction.seed())
                            .isEmpty();
                }));
    }
}
