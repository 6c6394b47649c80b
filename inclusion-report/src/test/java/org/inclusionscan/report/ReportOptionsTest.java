package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void defaultsAreDutchFiveRespondentsTopThree() {
        ReportOptions options = ReportOptions.defaults();

        assertThat(options.language()).isEqualTo(Language.NL);
        assertThat(options.minimumRoleSize()).isEqualTo(5);
        assertThat(options.topN()).isEqualTo(3);
        assertThat(options.minimumDelta()).isEqualTo(0.25);
    }

    @Test
    void dateComesFromTheClockUnlessFixed() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-04T10:00:00Z"), ZoneOffset.UTC);

        assertThat(ReportOptions.defaults().withClock(clock).reportDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(ReportOptions.defaults().withClock(clock).withGeneratedOn(LocalDate.of(2026, 1, 1)).reportDate())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void refusesImpossibleValues() {
        assertThatThrownBy(() -> ReportOptions.defaults().withMinimumRoleSize(0))
                .hasMessage("The minimum role size (0) must be at least 1; the default is 5.");
        assertThatThrownBy(() -> ReportOptions.defaults().withMinimumDelta(0))
                .hasMessage("The minimum delta (0.0) must be above 0 and at most 4.");
        assertThatThrownBy(() -> ReportOptions.defaults().withTopN(25)).hasMessage("The top N (25) must be between 1 and 24.");
    }

    @Test
    void formatsHaveFileExtensionsAsIds() {
        assertThat(ReportFormat.fromId("md")).isEqualTo(ReportFormat.MARKDOWN);
        assertThatThrownBy(() -> ReportFormat.fromId("pdf")).hasMessageContaining("[json, md, html, csv]");
    }
}
