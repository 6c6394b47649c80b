package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main} names the logging binding it ships (a faster start, issue 25): the named binding must
 * still log, and SLF4J must not announce the choice on standard error. Runs the command as a real
 * process, since the binding is chosen once per process.
 */
class LoggingProcessTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run score(String... jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "score",
                Examples.scan("het-anker-2025.json").toString(), "--format", "json"));
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aScoreWritesItsReportAndNothingOnStandardError() throws IOException, InterruptedException {
        Run run = score();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"recommendations\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theNamedBindingLogsAtTheLevelAskedFor() throws IOException, InterruptedException {
        Run run = score("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("INFO org.inclusionscan.rules.drools.RuleSetCompiler - Loaded bundled rules")
                .doesNotContain("SLF4J(");
    }
}
