package org.inclusionscan.cli;

import java.nio.file.Path;

/** The bundled example scans of the examples module, read from the source tree. */
final class Examples {

    static final Path DIRECTORY = Path.of("..", "examples", "src", "main", "resources", "org", "inclusionscan", "examples");

    private Examples() {
    }

    static Path scan(String name) {
        return DIRECTORY.resolve(name);
    }
}
