package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://example.org/answer/abc | https://example.org/answer/abc",
        "=HYPERLINK(\"http://evil\") | `\"'=HYPERLINK(\"\"http://evil\"\")\"`",
        "+1+2 | '+1+2",
        "-5 | '-5",
        "@SUM(A1) | '@SUM(A1)",
        "a,b | `\"a,b\"`",
        "a;b | `\"a;b\"`",
        "say \"hi\" | `\"say \"\"hi\"\"\"`",
    })
    void a_cell_is_quoted_where_needed_and_never_starts_a_formula(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @Test
    void a_line_break_is_quoted_a_leading_tab_neutralised_and_a_line_ends_with_crlf() {
        assertThat(Csv.line(List.of("1", "line\nbreak"))).isEqualTo("1,\"line\nbreak\"\r\n");
        assertThat(Csv.line(List.of("tab\tinside", "\tlead"))).isEqualTo("tab\tinside,'\tlead\r\n");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }
}
