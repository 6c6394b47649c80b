package org.inclusionscan.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.inclusionscan.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and dates as each language writes them: a decimal comma in Belgian Dutch and French. */
class FormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NL | 3,14 | +0,25 | −0,20 | 17 november 2026",
            "FR | 3,14 | +0,25 | −0,20 | 17 novembre 2026",
            "EN | 3.14 | +0.25 | −0.20 | 17 November 2026"})
    void formatsPerLanguage(Language language, String mean, String up, String down, String date) {
        Formats formats = new Formats(language);

        assertThat(formats.mean(3.14159)).isEqualTo(mean);
        assertThat(formats.delta(0.25)).isEqualTo(up);
        assertThat(formats.delta(-0.2)).isEqualTo(down);
        assertThat(formats.delta(0.001)).isEqualTo(formats.mean(0.0));
        assertThat(formats.date(LocalDate.of(2026, 11, 17))).isEqualTo(date);
        assertThat(formats.mean(null)).isEqualTo(Formats.NONE);
    }
}
