package org.inclusionscan.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapingTest {

    final MarkdownEscaping escaping = new MarkdownEscaping();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Dienstencentrum De Linde            | Dienstencentrum De Linde",
            "<script>alert(1)</script>           | \\<script\\>alert(1)\\</script\\>",
            "[x](javascript:alert(1))            | \\[x\\](javascript:alert(1))",
            "![img](http://x/y.png)              | \\!\\[img\\](http://x/y.png)",
            "\"*bold* _it_ `code` a|b ~~s~~\"    | \"\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~\\~s\\~\\~\"",
            "&amp; &#60;                         | \\&amp; \\&#60;",
            "# heading                           | \\# heading",
            "- item                              | \\- item",
            "1. first                            | 1\\. first",
            "+0,25                               | +0,25",
            "2.50                                | 2.50",
            "−0,20                               | −0,20",
            "Booth & Ainscow                     | Booth \\& Ainscow"})
    void makesUserStringsInert(String input, String expected) {
        assertThat(escaping.escape(input)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreShownNotObeyed() {
        assertThat(escaping.escape("a\u001b]52;c;eA==\u0007 \u202eb\u0085\tc")).isEqualTo("a\\u001b\\]52;c;eA==\\u0007 \\u202eb\\u0085\\u0009c");
    }

    @org.junit.jupiter.api.Test
    void lineBreaksCannotOpenABlock() {
        assertThat(escaping.escape("note\n# heading\r\n> quote")).isEqualTo("note # heading \\> quote");
    }
}
