package org.inclusionscan.rules.facts;

import java.util.List;
import java.util.Objects;
import org.inclusionscan.model.Factor;

/**
 * One row of a rule set's factor table ({@code factor-weak.csv} or {@code factor-weak.xlsx}): plain
 * data, read by our own parser and inserted as a fact. One bundled, precompiled rule matches it
 * against the factor's score; the row never becomes code. Immutable.
 */
public final class FactorRuleRow {

    private final String id;
    private final Factor factor;
    private final int priority;
    private final List<String> tools;
    private final String source;

    /**
     * @param id       the recommendation id, e.g. {@code factor.network-vitality.weak}
     * @param priority 0 to 100
     * @param tools    catalogue tool ids, in the row's order
     * @param source   where the row was read, e.g. {@code row 11 of factor-weak.csv}
     */
    public FactorRuleRow(String id, Factor factor, int priority, List<String> tools, String source) {
        this.id = Objects.requireNonNull(id, "id");
        this.factor = Objects.requireNonNull(factor, "factor");
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("The priority (%d) of the row (%s) must be between 0 and 100.".formatted(priority, id));
        }
        this.priority = priority;
        this.tools = List.copyOf(tools);
        this.source = Objects.requireNonNull(source, "source");
    }

    public String getId() {
        return id;
    }

    public Factor getFactor() {
        return factor;
    }

    public int getPriority() {
        return priority;
    }

    public List<String> getTools() {
        return tools;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "table row " + id + " (" + source + ")";
    }
}
