package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Control characters are shown, never obeyed (docs/reliability.md, "Hostile text"). */
class TerminalTextTest {

    @ParameterizedTest(name = "U+{0} is made visible")
    @CsvSource({"0000", "0007", "0008", "0009", "000a", "000d", "001b", "001f", "007f", "0080", "009b", "009f",
            "061c", "200e", "200f", "202a", "202b", "202c", "202d", "202e", "2066", "2067", "2068", "2069", "2028", "2029"})
    void everyControlCharacterIsShownAsItsEscape(String hex) {
        char control = (char) Integer.parseInt(hex, 16);

        String shown = TerminalText.visible("a" + control + "b");

        assertThat(shown).isEqualTo("a\\u" + hex + "b");
    }

    @ParameterizedTest
    @CsvSource({"0020", "007e", "00a0", "00e9", "200b", "2030", "4e2d"})
    void ordinaryCharactersStay(String hex) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";

        assertThat(TerminalText.visible(text)).isEqualTo(text);
    }

    @Test
    void anOscClipboardWriteAndAFakeGreenOkBecomeHarmlessText() {
        String hostile = "x\u001b]52;c;ZWNobyBwd25lZA==\u0007\r\u001b[2K\u001b[32mOK\u001b[0m";

        String shown = TerminalText.visible(hostile);

        assertThat(shown).isEqualTo("x\\u001b]52;c;ZWNobyBwd25lZA==\\u0007\\u000d\\u001b[2K\\u001b[32mOK\\u001b[0m");
        assertThat(shown.chars()).noneMatch(c -> TerminalText.isControl((char) (int) c));
    }

    @Test
    void theSafeStreamKeepsLinesAndTabsAndSurvivesACharacterSplitAcrossWrites() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream safe = TerminalText.safe(bytes);
        byte[] name = "é\u202e\u001b[31m".getBytes(StandardCharsets.UTF_8);

        safe.write(name, 0, 1);                       // half of the é
        safe.flush();
        safe.write(name, 1, name.length - 1);
        safe.println();
        safe.println("\tat org.example.Stack(Trace.java:1)");

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("é\\u202e\\u001b[31m\n\tat org.example.Stack(Trace.java:1)\n");
        assertThat(TerminalText.safe(safe)).isSameAs(safe);
    }
}
