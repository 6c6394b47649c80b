package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by Ctrl-C (SIGINT) or {@code kill} (SIGTERM) while it writes {@code --out} leaves no
 * temporary {@code .NAME*.part} file and no half result: the command runs as a real process here,
 * and gets the real signal.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalWhileWritingRemovesTheTemporaryFile(String signal) throws IOException, InterruptedException {
        String line = Json.mapper().readTree(Examples.scan("de-brug.json").toFile()).toString() + "\n";
        // Enough lines that the run is still writing when the signal arrives: 4,000 lines were sometimes all
        // written first on a loaded machine once advising got faster (issue 17), and the run ended normally.
        Path input = Files.writeString(dir.resolve("scans.jsonl"), line.repeat(12_000));
        Path out = dir.resolve("out.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "score", "--batch", input.toString(), "--out", out.toString(), "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        try {
            // WHEN the temporary file is being written
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (partFile().map(InterruptedRunTest::size).orElse(0L) == 0) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("the batch never started writing: " + Files.readString(dir.resolve("stderr.txt")));
                }
                Thread.sleep(20);
            }
            // ... the process gets the signal
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
        } finally {
            process.destroyForcibly();
        }

        // THEN neither a temporary file nor a half result is left
        assertThat(process.exitValue()).isNotZero();
        assertThat(files()).containsExactly("scans.jsonl", "stderr.txt");
    }

    private Optional<Path> partFile() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(file -> file.getFileName().toString().startsWith(".out.jsonl.")
                    && file.getFileName().toString().endsWith(".part")).findFirst();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
