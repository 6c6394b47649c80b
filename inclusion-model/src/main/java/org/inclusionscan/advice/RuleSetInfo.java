package org.inclusionscan.advice;

import java.util.Objects;

/**
 * Which rule set gave an advice.
 *
 * @param name    e.g. {@code default} or a policy team's own name
 * @param version the version of the rule set, changed with every (re)load of different files
 */
public record RuleSetInfo(String name, String version) {

    /**
     * Checks the components.
     *
     * @param name    e.g. {@code default} or a policy team's own name
     * @param version the version of the rule set, changed with every (re)load of different files
     */
    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
