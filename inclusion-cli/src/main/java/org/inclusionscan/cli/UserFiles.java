package org.inclusionscan.cli;

import java.nio.file.Path;
import java.util.Map;

/** Checks on files a user names, with messages that say which file. */
final class UserFiles {

    private UserFiles() {
    }

    static Path existing(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            throw new UserException("no-file", Map.of("file", file));
        }
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new UserException("unreadable-file", Map.of("file", file));
        }
        return file;
    }

    static Path existingDirectory(Path directory) {
        if (java.nio.file.Files.exists(directory) && !java.nio.file.Files.isDirectory(directory)) {
            throw new UserException("not-a-directory", Map.of("directory", directory));
        }
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new UserException("no-directory", Map.of("directory", directory));
        }
        return directory;
    }
}
