package org.inclusionscan.rules;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The check operation for policy teams: compiles a rules directory exactly as an advisor would,
 * then runs its {@code scenarios/*.json} and reports each pass or failure. Changes nothing: a
 * running advisor only sees the directory on its next reload. Thread-safe.
 */
public final class RuleChecker {

    private final ToolCatalogue catalogue;
    private final boolean dataOnly;

    private RuleChecker(ToolCatalogue catalogue, boolean dataOnly) {
        this.catalogue = catalogue;
        this.dataOnly = dataOnly;
    }

    /**
     * A checker against the bundled tool catalogue.
     *
     * @return the checker
     */
    public static RuleChecker create() {
        return new RuleChecker(ToolCatalogue.defaults(), false);
    }

    /**
     * A checker against another tool catalogue.
     *
     * @param catalogue the catalogue tool ids are checked against
     * @return the checker
     */
    public static RuleChecker create(ToolCatalogue catalogue) {
        return new RuleChecker(catalogue, false);
    }

    /**
     * A checker that refuses {@code *.drl} files, as {@link Advisor.Builder#dataOnly(boolean)} does.
     *
     * @param value true to refuse DRL files
     * @return a new checker
     */
    public RuleChecker dataOnly(boolean value) {
        return new RuleChecker(catalogue, value);
    }

    /**
     * Checks a rules directory (see docs/rules.md for its layout).
     *
     * @param directory the rules directory
     * @return every problem, each scenario's outcome and the warnings; never throws for a broken directory
     */
    public CheckReport check(Path directory) {
        return RuleEngines.get().check(Optional.of(Objects.requireNonNull(directory, "directory")), catalogue, dataOnly);
    }

    /**
     * Checks the bundled default rules with their scenarios.
     *
     * @return the report
     */
    public CheckReport checkDefaults() {
        return RuleEngines.get().check(Optional.empty(), catalogue, false);
    }
}
