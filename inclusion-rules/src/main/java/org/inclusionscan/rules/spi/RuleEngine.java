package org.inclusionscan.rules.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.CheckReport;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * What the API ({@link Advisor}, {@code ReloadingAdvisor}, {@code RuleChecker}) needs of the engine that
 * compiles and runs rule sets. Callers never use it: they call the API, which finds the one implementation
 * with {@link java.util.ServiceLoader} through {@code META-INF/services/org.inclusionscan.rules.spi.RuleEngine}
 * (in this library, the Drools engine of {@code org.inclusionscan.rules.drools}).
 *
 * <p>So the dependency between API and implementation points one way: the implementation imports the API
 * and this interface; the API imports neither the implementation nor Drools, as
 * {@code java.nio.file.FileSystems} reaches its providers through {@code java.nio.file.spi}.
 *
 * <p>An implementation has a public no-argument constructor and is thread-safe; the API makes one and
 * shares it.
 */
public interface RuleEngine {

    /**
     * The advisor of the bundled rules and the bundled tool catalogue, built once and shared.
     *
     * @return the shared advisor
     */
    Advisor defaults();

    /**
     * Builds an immutable advisor.
     *
     * @param rulesDirectory        the rules directory to read (docs/rules.md), or empty for the bundled rules
     * @param catalogue             the tool catalogue rules are checked against and scopes are applied from
     * @param dataOnly              true to refuse {@code *.drl} files of the directory and use the bundled rule base
     * @param allowFailingScenarios true to use a directory whose scenarios fail or cannot be read
     * @return an immutable, thread-safe advisor
     * @throws RuleSetException with every located problem when the rules cannot be used, or (unless allowed)
     *                          when the directory's scenarios fail
     */
    Advisor advisor(Optional<Path> rulesDirectory, ToolCatalogue catalogue, boolean dataOnly, boolean allowFailingScenarios);

    /**
     * Checks a rules directory, or the bundled rules, as an advisor would load it, and runs its scenarios.
     *
     * @param rulesDirectory the rules directory, or empty for the bundled rules
     * @param catalogue      the tool catalogue tool ids are checked against
     * @param dataOnly       true to refuse {@code *.drl} files
     * @return every problem, each scenario's outcome and the warnings; never throws for a broken directory
     */
    CheckReport check(Optional<Path> rulesDirectory, ToolCatalogue catalogue, boolean dataOnly);

    /**
     * Copies the bundled rule set into a directory, as {@link Advisor#exportDefaults(Path)} documents.
     *
     * @param directory where to write the files; created when missing
     * @throws IOException when a file cannot be written
     */
    void exportDefaults(Path directory) throws IOException;
}
