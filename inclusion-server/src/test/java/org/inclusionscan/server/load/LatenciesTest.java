package org.inclusionscan.server.load;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatenciesTest {

    @ParameterizedTest
    @CsvSource({
            "50, 50",
            "99, 99",
            "99.5, 100",
            "100, 100",
            "1, 1",
    })
    void nearestRankPercentileOfOneToHundredMilliseconds(double percentile, double expectedMillis) {
        // GIVEN 1..100 ms recorded in reverse order
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }

        // WHEN / THEN
        then(latencies.percentileMillis(percentile)).isEqualTo(expectedMillis);
        then(latencies.count()).isEqualTo(100);
    }
}
