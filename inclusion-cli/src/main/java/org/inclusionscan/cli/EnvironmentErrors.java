package org.inclusionscan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * Problems of the machine rather than of the program: no permission, a read-only place, a full
 * disk, a path through a file. They are the user's to solve, so they are printed as one located
 * line with exit code 2, never as an internal error.
 */
final class EnvironmentErrors {

    private EnvironmentErrors() {
    }

    /** The I/O failure inside an exception, or null when it is not one. */
    static IOException ioFailure(Exception exception) {
        if (exception instanceof IOException io) {
            return io;
        }
        if (exception instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return null;
    }

    /** Prints the failure as {@code Error: cannot write FILE: the disk is full}. */
    static void print(Cli cli, IOException failure) {
        if (failure instanceof Output.WriteFailure write) {
            String file = write.file() == null ? cli.text("cli.standard-output", Map.of()) : write.file().toString();
            cli.error("cli.error.write", Map.of("file", file, "why", why(cli, write.getCause())));
            return;
        }
        if (failure instanceof FileSystemException system && system.getFile() != null) {
            String file = system.getOtherFile() == null ? system.getFile() : system.getFile() + " -> " + system.getOtherFile();
            cli.error("cli.error.io", Map.of("file", file, "why", why(cli, system)));
            return;
        }
        cli.error("cli.error.io-other", Map.of("why", why(cli, failure)));
    }

    /** Why it failed, in the user's words where the cause is a known one. */
    private static String why(Cli cli, IOException failure) {
        String reason = failure instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String lower = reason.toLowerCase(Locale.ROOT);
        String key;
        if (failure instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            key = "cli.io.denied";
        } else if (lower.contains("read-only file system")) {
            key = "cli.io.read-only";
        } else if (lower.contains("no space left") || lower.contains("disk quota exceeded")) {
            key = "cli.io.full";
        } else if (failure instanceof NotDirectoryException || lower.contains("not a directory")) {
            key = "cli.io.not-a-directory";
        } else if (failure instanceof NoSuchFileException) {
            key = "cli.io.missing";
        } else if (lower.contains("broken pipe")) {
            key = "cli.io.closed";
        } else {
            key = "cli.io.other";
        }
        return cli.text(key, Map.of("reason", reason));
    }
}
