package org.inclusionscan.rules.drools;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, read from its source without running it: for the README's rules table and
 * for consistency checks.
 *
 * @param id          the rule's name, which is its recommendation id
 * @param file        the rule set file it is in
 * @param line        its line in that file
 * @param description when it fires, in plain words (the comment above a DRL rule; for a table row,
 *                    derived from its cells); {@code {key}} names a threshold
 * @param tools       the tool ids it names, in order
 */
public record RuleInfo(String id, String file, int line, String description, List<String> tools) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        tools = List.copyOf(tools);
    }
}
