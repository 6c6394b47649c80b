package org.inclusionscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Checks on files a user names, with messages that say which file. */
final class UserFiles {

    private UserFiles() {
    }

    static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new UserException("no-file", Map.of("file", file));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserException("unreadable-file", Map.of("file", file));
        }
        return file;
    }

    static Path existingDirectory(Path directory) {
        if (!Files.exists(directory)) {
            throw new UserException("no-directory", Map.of("directory", directory));
        }
        if (!Files.isDirectory(directory)) {
            throw new UserException("not-a-directory", Map.of("directory", directory));
        }
        if (!Files.isReadable(directory)) {
            throw new UserException("unreadable-directory", Map.of("directory", directory));
        }
        return directory;
    }
}
