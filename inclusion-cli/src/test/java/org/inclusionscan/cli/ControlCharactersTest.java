package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from users (scan values, scenario names, rule-set names, file names) reaches the terminal
 * with its control characters made visible: ESC and OSC sequences cannot redraw a failing line as
 * a green "OK" or write the clipboard (issue 12).
 */
class ControlCharactersTest {

    private static final String CLIPBOARD = "\u001b]52;c;ZWNobyBwd25lZA==\u0007";
    private static final String FAKE_OK = "\r\u001b[2K\u001b[32mPASS  all fine\u001b[0m";

    @TempDir
    Path dir;

    private static void assertShownNotObeyed(String terminal) {
        assertThat(terminal.chars()).as(terminal).noneMatch(c -> c != '\n' && TerminalText.isControl((char) (int) c));
    }

    @Test
    void aScanValueInAnErrorIsShownNotObeyed() throws IOException {
        Path scan = dir.resolve("scan.json");
        Files.writeString(scan, Files.readString(Examples.scan("de-brug.json"))
                .replaceFirst("\"role\": \"board\"", Matcher.quoteReplacement("\"role\": \"" + (CLIPBOARD + "\r\u001b[2K")
                        .replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\r", "\\r") + "\"")));

        CliRun run = CliRun.of("score", scan.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("respondents[0].role", "\\u001b]52;c;", "\\u0007", "\\u000d\\u001b[2K");
        assertShownNotObeyed(run.err());
    }

    @Test
    void aReportOnATerminalShowsControlCharactersAndAReportInAFileKeepsThem() throws IOException {
        Path scan = dir.resolve("scan.json");
        Files.writeString(scan, Files.readString(Examples.scan("de-brug.json"))
                .replace("Jeugdhulp De Brug vzw", "De Brug\\u001b]52;c;eA==\\u0007\\u202e"));
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();

        int shown = Main.run(new String[] {"score", scan.toString(), "--format", "csv"}, terminal, new ByteArrayOutputStream(), true);
        int piped = Main.run(new String[] {"score", scan.toString(), "--format", "csv"}, pipe, new ByteArrayOutputStream(), false);
        CliRun markdown = CliRun.of("score", scan.toString(), "--format", "md");

        assertThat(shown).isZero();
        assertThat(piped).isZero();
        String onTerminal = terminal.toString(StandardCharsets.UTF_8);
        assertThat(onTerminal).contains("\"De Brug\\u001b]52;c;eA==\\u0007\\u202e\"").contains("\r\n");
        assertThat(onTerminal.chars()).noneMatch(c -> c != '\n' && c != '\r' && TerminalText.isControl((char) (int) c));
        assertThat(pipe.toString(StandardCharsets.UTF_8)).as("data for a file or a program is left as it is")
                .contains("\"De Brug\u001b]52;c;eA==\u0007\u202e\"");
        assertThat(markdown.out()).contains("De Brug\\u001b\\]52;c;eA==\\u0007\\u202e");
        assertShownNotObeyed(markdown.out());
    }

    @Test
    void aFileNameInAnErrorIsShownNotObeyed() {
        CliRun run = CliRun.of("score", dir.resolve("scan" + FAKE_OK + ".json").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("\\u001b[32mPASS");
        assertShownNotObeyed(run.err());
    }

    @Test
    void scenarioAndRuleSetNamesInCheckAreShownNotObeyed() throws IOException {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString(), "--data-only").exitCode()).isZero();
        Path ruleSet = rules.resolve("ruleset.properties");
        Files.writeString(ruleSet, Files.readString(ruleSet).replaceFirst("(?m)^name=.*$",
                Matcher.quoteReplacement("name=team\\u202e\\u001b[32mOK")));
        Path scenario = rules.resolve("scenarios").resolve("weak-network-vitality.json");
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("\"name\": \"[^\"]*\"",
                Matcher.quoteReplacement("\"name\": \"fails\\n" + FAKE_OK.replace("\u001b", "\\u001b").replace("\r", "\\r") + "\""))
                .replace("\"inclusieweb\"", "\"talentenkaart\""));   // so that this scenario fails

        CliRun run = CliRun.of("check", rules.toString(), "--data-only", "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.out()).contains("FAIL  fails\\u000a\\u000d\\u001b[2K\\u001b[32mPASS  all fine", "team\\u202e\\u001b[32mOK");
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("PASS  all fine"));
        assertShownNotObeyed(run.out());
        assertShownNotObeyed(run.err());
    }
}
