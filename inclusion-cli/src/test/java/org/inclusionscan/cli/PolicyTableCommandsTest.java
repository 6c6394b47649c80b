package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules directory through the command line: the table as Excel saves it, and a file given as the directory. */
class PolicyTableCommandsTest {

    @TempDir
    Path work;

    @Test
    void checkSaysHowItReadTheTableExcelSavedWithSemicolons() throws IOException {
        // GIVEN a data-only copy whose table was opened and saved again by Excel in Belgian settings
        Path rules = work.resolve("rules");
        assertThat(CliRun.of("init-rules", "--data-only", rules.toString()).exitCode()).isZero();
        Path table = rules.resolve("factor-weak.csv");
        StringBuilder excel = new StringBuilder("\uFEFF");
        for (String line : Files.readAllLines(table)) {
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                quoted ^= c == '"';
                excel.append(c == ',' && !quoted ? ';' : c);
            }
            excel.append("\r\n");
        }
        Files.writeString(table, excel, StandardCharsets.UTF_8);

        // WHEN
        CliRun check = CliRun.of("check", "--data-only", rules.toString());

        // THEN
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains(table + ": gelezen als CSV met puntkomma's (;) tussen de cellen").doesNotContain("FAIL");
    }

    @Test
    void checkOfAFileSaysItIsAFileNotADirectory() throws IOException {
        // GIVEN
        Path file = Files.writeString(work.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");

        // WHEN
        CliRun check = CliRun.of("check", file.toString(), "--lang", "en");

        // THEN
        assertThat(check.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(check.err()).contains(file + " is a file, not a directory").doesNotContain("root:", "\tat ");
    }
}
