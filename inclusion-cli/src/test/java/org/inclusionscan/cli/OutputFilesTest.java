package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} and {@code --summary} write only regular files, never an input, keep a file's mode,
 * and report problems of the machine as exit 2 naming the path (docs/reliability.md, "Output files").
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    Path scan;

    @BeforeEach
    void copyScan() throws IOException {
        scan = dir.resolve("de-brug.json");
        Files.copy(Examples.scan("de-brug.json"), scan);
    }

    private CliRun score(String out) {
        return CliRun.of("score", scan.toString(), "--format", "md", "--lang", "en", "--out", out);
    }

    private List<String> partFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".part")).toList();
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path target = Files.createDirectory(dir.resolve("reports"));

        CliRun run = score(target.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("Error: " + target + " is a directory; name a file to write the result to");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws IOException {
        Path fifo = dir.resolve("pipe");
        assumeThat(run("mkfifo", fifo.toString())).as("mkfifo").isTrue();

        CliRun run = score(fifo.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains(fifo + " is not a regular file (a device, a pipe or a socket)");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws IOException {
        // /dev/null itself is only checked (a bug here must not turn the machine's /dev/null into a file) ...
        assertThatThrownBy(() -> Output.target(Path.of("/dev/null"), List.of()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.code()).isEqualTo("out-special"));
        // ... and a device of our own, where one can be made (as root), is really written to.
        Path device = dir.resolve("null");
        assumeThat(run("mknod", device.toString(), "c", "1", "3")).as("mknod (root only)").isTrue();

        CliRun run = score(device.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains(device + " is not a regular file");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void dashAndDevStdoutWriteToStandardOutput() {
        for (String stdout : List.of("-", "/dev/stdout")) {
            CliRun run = score(stdout);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(stdout).contains("Jeugdhulp De Brug vzw");
            assertThat(run.err()).doesNotContain("Wrote");
        }
    }

    @Test
    void aSymbolicLinkIsNeverReplacedNorFollowed() throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));

        CliRun run = score(link.toString());
        CliRun danglingRun = score(dangling.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("Error: " + link + " is a symbolic link (to " + real + ") and is not replaced; name the file itself");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("keep me");
        assertThat(danglingRun.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(dir.resolve("nowhere.md")).doesNotExist();
    }

    @Test
    void theScanItselfIsNeverOverwrittenHoweverItIsNamed() throws IOException {
        String original = Files.readString(scan);
        Path hardLink = Files.createLink(dir.resolve("same-inode.json"), scan);
        Files.createDirectory(dir.resolve("sub"));

        for (String out : List.of(scan.toString(), dir.resolve("sub/../de-brug.json").toString(), hardLink.toString())) {
            CliRun run = score(out);

            assertThat(run.exitCode()).as(out).isEqualTo(ExitCode.USER_ERROR);
            assertThat(run.err()).as(out).contains("is also the input " + scan);
        }
        assertThat(scan).hasContent(original);
    }

    @Test
    void compareRefusesToOverwriteEitherScan() throws IOException {
        Path later = Files.copy(scan, dir.resolve("later.json"));

        CliRun compare = CliRun.of("compare", scan.toString(), later.toString(), "--out", later.toString(), "--lang", "en");

        assertThat(compare.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(compare.err()).contains("is also the input " + later);
        assertThat(Files.readString(later)).isEqualTo(Files.readString(scan));
    }

    @Test
    void aBatchNeverOverwritesItsInputAndTheSummaryNeverTheLines() throws IOException {
        String line = Json.mapper().readTree(scan.toFile()).toString() + "\n";
        Path batch = Files.writeString(dir.resolve("scans.jsonl"), line);
        Path out = dir.resolve("out.jsonl");

        CliRun intoInput = CliRun.of("score", "--batch", batch.toString(), "--out", batch.toString(), "--lang", "en");
        CliRun summaryIntoInput = CliRun.of("score", "--batch", batch.toString(), "--out", out.toString(), "--summary", batch.toString(), "--lang", "en");
        CliRun summaryIntoOut = CliRun.of("score", "--batch", batch.toString(), "--out", out.toString(), "--summary", out.toString(), "--lang", "en");

        assertThat(List.of(intoInput, summaryIntoInput, summaryIntoOut)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
            assertThat(run.err()).contains("is also the input");
        });
        assertThat(summaryIntoOut.err()).contains(out + " is also the input " + out);
        assertThat(batch).hasContent(line.strip());
        assertThat(out).doesNotExist();
    }

    @Test
    void anOwnQuestionnaireIsNeverOverwrittenByTheForm() throws IOException {
        Path questionnaire = dir.resolve("own.json");
        CliRun json = CliRun.of("questionnaire", "--format", "json", "--out", questionnaire.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        String original = Files.readString(questionnaire);

        CliRun run = CliRun.of("questionnaire", "--questionnaire", questionnaire.toString(), "--format", "md",
                "--out", questionnaire.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).contains("is also the input " + questionnaire);
        assertThat(questionnaire).hasContent(original);
    }

    @Test
    void aSummaryOnStandardOutputFollowsTheLines() throws IOException {
        Path batch = Files.writeString(dir.resolve("scans.jsonl"), Json.mapper().readTree(scan.toFile()) + "\n");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("score", "--batch", batch.toString(), "--out", out.toString(), "--summary", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out()).get("scored").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(1);
    }

    @Test
    void anExistingFileKeepsItsModeAndANewOneGetsTheUmasksMode() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path existing = Files.writeString(dir.resolve("shared.md"), "old\n");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(existing, groupReadable);
        Path control = Files.createFile(dir.resolve("control"));   // what the umask gives any new file

        assertThat(score(existing.toString()).exitCode()).isZero();
        Path fresh = dir.resolve("fresh.md");
        assertThat(score(fresh.toString()).exitCode()).isZero();

        assertThat(Files.readString(existing)).contains("Jeugdhulp De Brug vzw");
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(groupReadable);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(control))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(partFiles(dir)).isEmpty();
    }

    @Test
    void aPathThroughAFileOrAMissingDirectoryIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");

        CliRun throughFile = score(file.resolve("report.md").toString());
        CliRun missing = score(dir.resolve("no/such/report.md").toString());

        assertThat(throughFile.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(throughFile.err().strip()).isEqualTo("Error: cannot write " + file.resolve("report.md") + ": " + file + " is not a directory");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(missing.err()).contains("the directory " + dir.resolve("no/such") + " does not exist");
    }

    @Test
    void aPlaceWithoutPermissionIsExit2NamingTheFile() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root may write anyway; then use sysfs, where even root may not create files.
        Path target = Files.isWritable(locked) ? Path.of("/sys/inclusion-report.md") : locked.resolve("report.md");
        assumeThat(Files.isDirectory(target.getParent())).isTrue();

        CliRun run = score(target.toString());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).startsWith("Error: cannot write " + target + ": permission denied");
        assertThat(run.err()).doesNotContain("internal", "Exception", "\tat ");
    }

    @Test
    void aFullStandardOutputIsExit2() throws IOException {
        assumeThat(Path.of("/dev/full")).exists();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (OutputStream full = new FileOutputStream("/dev/full")) {
            exit = Main.run(new String[] {"score", scan.toString(), "--format", "html", "--lang", "en"}, full,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        assertThat(exit).isEqualTo(ExitCode.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Error: cannot write standard output: the disk is full");
    }

    @Test
    void initRulesInAPlaceThatCannotHoldADirectoryIsExit2() {
        CliRun run = CliRun.of("init-rules", "/proc/inclusion-rules", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err()).startsWith("Error: cannot use /proc/inclusion-rules: ").doesNotContain("internal", "\tat ");
    }

    @Test
    void checkOnAFileSaysItIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");

        CliRun run = CliRun.of("check", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("Error: " + file + " is a file, not a directory");
        assertThat(run.err() + run.out()).doesNotContain("root:x");
    }
}
