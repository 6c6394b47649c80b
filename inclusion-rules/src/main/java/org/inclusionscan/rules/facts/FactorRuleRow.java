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
     * A row as read from the table.
     *
     * @param id       the recommendation id, e.g. {@code factor.network-vitality.weak}
     * @param factor   the factor whose weak score the row is about
     * @param priority 0 to 100
     * @param tools    catalogue tool ids, in the row's order
     * @param source   where the row was read, e.g. {@code row 11 of factor-weak.csv}
     * @throws IllegalArgumentException when the priority is not between 0 and 100
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

    /**
     * The recommendation id of the row.
     *
     * @return the id
     */
    public String getId() {
        return id;
    }

    /**
     * The factor the row is about.
     *
     * @return the factor
     */
    public Factor getFactor() {
        return factor;
    }

    /**
     * The priority of the recommendation, 0 to 100.
     *
     * @return the priority
     */
    public int getPriority() {
        return priority;
    }

    /**
     * The tool ids the row suggests, in its order.
     *
     * @return the tool ids
     */
    public List<String> getTools() {
        return tools;
    }

    /**
     * Where the row was read, for explanations.
     *
     * @return the place, e.g. {@code row 11 of factor-weak.csv}
     */
    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "table row " + id + " (" + source + ")";
    }
}
