package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --data-only}: a rules directory may not bring code (docs/reliability.md, "Trust boundary"). */
class DataOnlyCommandTest {

    @TempDir
    Path rules;

    private Path drl;

    @BeforeEach
    void rulesWithADrlFile() throws IOException {
        assertThat(CliRun.of("init-rules", rules.toString(), "--force").exitCode()).isZero();
        drl = rules.resolve("extra.drl");
        Files.writeString(drl, "package org.inclusionscan.rules.extra;\nrule \"extra\" when then end\n");
    }

    @Test
    void scoreWithDataOnlyRefusesTheDrlFileWithItsLocation() {
        CliRun refused = CliRun.of("score", Examples.scan("de-brug.json").toString(), "--rules", rules.toString(), "--data-only",
                "--lang", "en");
        CliRun trusted = CliRun.of("score", Examples.scan("de-brug.json").toString(), "--rules", rules.toString(), "--lang", "en");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(refused.err()).contains(drl + ":1:").contains("data only");
        assertThat(refused.out()).isEmpty();
        assertThat(trusted.exitCode()).as(trusted.err()).isZero();
    }

    @Test
    void checkWithDataOnlyReportsTheDrlFile() throws IOException {
        CliRun refused = CliRun.of("check", rules.toString(), "--data-only", "--lang", "en");
        // A data-only team's directory: the exported DRL files removed, the bundled ones extended.
        try (var files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(rules.resolve("ruleset.properties"), "name=team\nmode=extend\n");
        CliRun clean = CliRun.of("check", rules.toString(), "--data-only", "--lang", "en");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(refused.out()).contains(drl + ":1:").contains("data only");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
    }
}
