package org.inclusionscan.rules.drools;

import java.util.Objects;

/**
 * One file of a rule set, read into memory.
 *
 * @param name    the path inside the rule set, e.g. {@code dimensions.drl} or {@code scenarios/x.json}
 * @param display the file as the user knows it, for problems: {@code rules/dimensions.drl}
 */
public record RuleSource(String name, String display, String content) {

    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(content, "content");
    }

    public boolean isDrl() {
        return name.endsWith(".drl");
    }
}
