package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is written completely or not at all (docs/reliability.md, "Batch mode"). */
class OutputTest {

    @TempDir
    Path dir;

    /** Writes a good part, flushes it to the temporary file, then fails. */
    private static Output.Body failingMidway(RuntimeException failure) {
        return writer -> {
            writer.write("half a report\n".repeat(10_000));
            writer.flush();
            throw failure;
        };
    }

    private Stream<String> files() throws IOException {
        return Files.list(dir).map(path -> path.getFileName().toString());
    }

    @Test
    void aFailedWriteKeepsTheOldReportAndLeavesNoTemporaryFile() throws IOException {
        // GIVEN a report from an earlier run
        Path report = dir.resolve("report.md");
        Files.writeString(report, "the earlier report\n");

        // WHEN writing the new one fails halfway, with an I/O error or any other exception
        assertThatThrownBy(() -> Output.writeAtomically(report, writer -> {
            writer.write("half a report\n".repeat(10_000));
            writer.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> Output.writeAtomically(report, failingMidway(new UncheckedIOException(new IOException("gone")))))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Output.writeAtomically(report, failingMidway(new IllegalStateException("bug"))))
                .isInstanceOf(IllegalStateException.class);

        // THEN
        assertThat(report).hasContent("the earlier report");
        assertThat(files()).containsExactly("report.md");
    }

    @Test
    void aFailedFirstWriteLeavesNoFileAtAll() throws IOException {
        Path report = dir.resolve("new.html");

        assertThatThrownBy(() -> Output.writeAtomically(report, failingMidway(new IllegalStateException("bug"))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(report).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void aSuccessfulWriteReplacesTheOldReportWhole() throws IOException {
        Path report = dir.resolve("report.md");
        Files.writeString(report, "the earlier report\n");

        Output.writeAtomically(report, writer -> writer.write("the new report\n"));

        assertThat(report).hasContent("the new report");
        assertThat(files()).containsExactly("report.md");
    }
}
