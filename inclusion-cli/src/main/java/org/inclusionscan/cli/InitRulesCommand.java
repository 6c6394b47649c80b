package org.inclusionscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.inclusionscan.rules.Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a copy of the bundled rules into a directory: a policy team's starting point. */
@Command(name = "init-rules", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class InitRulesCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "init-rules.dir")
    Path directory;

    @Option(names = "--force", descriptionKey = "init-rules.force")
    boolean force;

    @Option(names = "--data-only", descriptionKey = "init-rules.data-only")
    boolean dataOnly;

    @Option(names = "--lang", paramLabel = "nl|fr|en", descriptionKey = "lang")
    org.inclusionscan.model.Language language = org.inclusionscan.model.Language.NL;

    InitRulesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        cli.language(language);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserException("not-a-directory", Map.of("directory", directory));
        }
        if (Files.isDirectory(directory) && !force) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new UserException("directory-not-empty", Map.of("directory", directory));
                }
            }
        }
        Files.createDirectories(directory);
        Advisor.exportDefaults(directory);
        if (dataOnly) {
            keepDataOnly(directory);
        }
        long files;
        try (Stream<Path> written = Files.walk(directory)) {
            files = written.filter(Files::isRegularFile).count();
        }
        cli.tell(dataOnly ? "cli.init-rules.done-data-only" : "cli.init-rules.done", Map.of("directory", directory, "count", files));
        return ExitCode.OK;
    }

    /**
     * Leaves only data: the DRL files go (the bundled ones stay in use through mode=extend), so
     * that the directory passes {@code --data-only} and an untrusted editor cannot add code.
     */
    private static void keepDataOnly(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path drl : files.filter(file -> file.getFileName().toString().endsWith(".drl")).toList()) {
                Files.delete(drl);
            }
        }
        Path ruleSet = directory.resolve("ruleset.properties");
        String text = Files.readString(ruleSet);
        Files.writeString(ruleSet, text.replaceFirst("(?m)^mode\\s*=\\s*replace\\s*$", "mode=extend"));
    }
}
