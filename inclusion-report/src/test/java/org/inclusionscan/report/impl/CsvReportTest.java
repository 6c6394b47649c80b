package org.inclusionscan.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
            "plain                   # ~\"plain\"~",
            "with, comma             # ~\"with, comma\"~",
            "say \"hi\"              # ~\"say \"\"hi\"\"\"~",
            "=HYPERLINK(\"x\")       # ~\"'=HYPERLINK(\"\"x\"\")\"~",
            "+1+1                    # ~\"'+1+1\"~",
            "-1+1                    # ~\"'-1+1\"~",
            "@SUM(A1)                # ~\"'@SUM(A1)\"~",
            "-0.25                   # ~\"'-0.25\"~",
            "x;=cmd|' /C calc'!A0;   # ~\"x;'=cmd|' /C calc'!A0;\"~",
            "a, =1+1                 # ~\"a, '=1+1\"~",
            "a,b;c                   # ~\"a,b;c\"~",
            "a - b = c               # ~\"a - b = c\"~"})
    void quotesEveryTextCellAndDefusesFormulaStartsAfterAnySeparator(String value, String expected) {
        assertThat(CsvReport.field(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"3.142857142857143, 3.1429", "2.5, 2.5", "4.0, 4", "1.00005, 1.0001"})
    void writesNumbersWithAPointAndAtMostFourDecimals(double value, String expected) {
        assertThat(CsvReport.number(value)).isEqualTo(expected);
    }

    @Test
    void defusesTabCarriageReturnAndLineBreaksAsCellStarts() {
        assertThat(CsvReport.field("\tx")).isEqualTo("\"'\tx\"");
        assertThat(CsvReport.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvReport.field("a\n=1+1")).isEqualTo("\"a\n'=1+1\"");
        assertThat(CsvReport.field("a;\t=1")).isEqualTo("\"a;'\t'=1\"");
        assertThat(CsvReport.field("")).isEqualTo("\"\"");
        assertThat(CsvReport.field(null)).isEqualTo("\"\"");
    }
}
