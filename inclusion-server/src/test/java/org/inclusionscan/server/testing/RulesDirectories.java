package org.inclusionscan.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inclusionscan.rules.Advisor;

/** Rules directories for tests of a host's own rules ({@code serve --rules DIR}). */
public final class RulesDirectories {

    private RulesDirectories() {
    }

    /**
     * Writes what {@code bin/inclusion init-rules --data-only} writes: the bundled files less the DRL,
     * extending the bundled rules.
     */
    public static Path dataOnly(Path directory) throws IOException {
        Files.createDirectories(directory);
        Advisor.exportDefaults(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path drl : files.filter(file -> file.getFileName().toString().endsWith(".drl")).toList()) {
                Files.delete(drl);
            }
        }
        Path ruleSet = directory.resolve("ruleset.properties");
        Files.writeString(ruleSet, Files.readString(ruleSet).replaceFirst("(?m)^mode\\s*=\\s*replace\\s*$", "mode=extend"));
        return directory;
    }
}
