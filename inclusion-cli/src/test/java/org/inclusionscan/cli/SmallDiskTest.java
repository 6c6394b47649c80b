package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only place, on a small tmpfs mounted for the test. Mounting needs root;
 * elsewhere these tests are skipped and {@code OutputFilesTest.aFullStandardOutputIsExit2} covers
 * the full disk through /dev/full.
 */
class SmallDiskTest {

    @TempDir
    Path dir;

    Path mount;
    boolean mounted;

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @BeforeEach
    void mountSmallDisk() throws IOException, InterruptedException {
        mount = Files.createDirectory(dir.resolve("small"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString());
        assumeThat(mounted).as("mounting a tmpfs (root only)").isTrue();
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted && !run("umount", mount.toString())) {
            run("umount", "-l", mount.toString());
        }
    }

    private Path batch(int lines) throws IOException {
        String line = Json.mapper().readTree(Examples.scan("de-brug.json").toFile()).toString() + "\n";
        return Files.writeString(dir.resolve("scans.jsonl"), line.repeat(lines));
    }

    private String[] inMount() throws IOException {
        try (Stream<Path> files = Files.list(mount)) {
            return files.map(file -> file.getFileName().toString()).toArray(String[]::new);
        }
    }

    @Test
    void aFullDiskIsExit2AndLeavesNeitherAHalfFileNorATemporaryOne() throws IOException {
        Path input = batch(40);   // with --full-report about 40 reports of 10 kB: more than 64 kB
        Path out = mount.resolve("out.jsonl");

        CliRun run = CliRun.of("score", "--batch", input.toString(), "--full-report", "--out", out.toString(), "--threads", "1",
                "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("Error: cannot write " + out + ": the disk is full").doesNotContain("\tat ", "internal");
        assertThat(inMount()).isEmpty();
    }

    @Test
    void aReadOnlyPlaceIsExit2() throws IOException, InterruptedException {
        assumeThat(run("mount", "-o", "remount,ro", mount.toString())).as("remount read-only").isTrue();
        Path out = mount.resolve("report.md");

        CliRun run = CliRun.of("score", Examples.scan("de-brug.json").toString(), "--out", out.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("Error: cannot write " + out + ": the place is read-only");
        assertThat(inMount()).isEmpty();
    }
}
