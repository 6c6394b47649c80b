package org.inclusionscan.aggregate;

import java.util.Objects;

/**
 * How many organisations of a selection have something: a weak factor, a recommendation, a tool.
 *
 * @param id            the factor, recommendation or tool id
 * @param organisations how many organisations
 * @param share         that number divided by the organisations of the selection
 */
public record Count(String id, int organisations, double share) {

    /**
     * Checks the components.
     *
     * @param id            the id
     * @param organisations how many
     * @param share         the share, 0 to 1
     */
    public Count {
        Objects.requireNonNull(id, "id");
        if (organisations < 1 || !(share > 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("A count (%s: %d, share %s) has at least one organisation and a share up to 1."
                    .formatted(id, organisations, share));
        }
    }
}
