package org.inclusionscan.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quartiles by linear interpolation (Hyndman and Fan 7), against values computed by hand:
 * h = (n - 1) p, q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 */
class QuartilesTest {

    @ParameterizedTest(name = "{0} -> q1 {1}, median {2}, q3 {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # values (any order)           | q1     | median | q3
            3                              | 3      | 3      | 3
            2 4                            | 2.5    | 3      | 3.5
            1 2 3                          | 1.5    | 2      | 2.5
            4 1 3 2                        | 1.75   | 2.5    | 3.25
            1 2 3 4 5                      | 2      | 3      | 4
            2.5 3 3.25 4 4.5 5             | 3.0625 | 3.625  | 4.375
            1 1 1 5 5                      | 1      | 1      | 5
            3.2 1.8 4.6 2.4 3.9 2.9 3.3    | 2.65   | 3.2    | 3.6
            """)
    void quartilesAreInterpolatedBetweenOrderStatistics(String values, double q1, double median, double q3) {
        // GIVEN values, WHEN their quartiles are computed
        Quartiles quartiles = Quartiles.of(Arrays.stream(values.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());

        // THEN they are the hand-computed ones
        assertThat(quartiles.q1()).isCloseTo(q1, within(1e-12));
        assertThat(quartiles.median()).isCloseTo(median, within(1e-12));
        assertThat(quartiles.q3()).isCloseTo(q3, within(1e-12));
    }

    @Test
    void noValueIsRefused() {
        assertThatThrownBy(Quartiles::of).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> Quartiles.of(1.0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(NaN)");
    }
}
