package org.inclusionscan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Where a command's result goes: standard output, or a file written completely or not at all
 * (to a temporary file beside it, then moved into place), so a failed write never leaves half a
 * report behind.
 */
final class Output {

    /** Writes a result. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    private Output() {
    }

    /**
     * @param file the file to write, or null for standard output
     */
    static void write(Cli cli, Path file, Body body) throws IOException {
        if (file == null) {
            Writer writer = new OutputStreamWriter(nonClosing(cli.out()), StandardCharsets.UTF_8);
            body.writeTo(writer);
            writer.flush();
            return;
        }
        writeAtomically(file, body);
        cli.tell("cli.wrote", Map.of("file", file));
    }

    static void writeAtomically(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserException("no-directory", Map.of("directory", directory));
        }
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.writeTo(writer);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
