package org.inclusionscan.aggregate;

import java.util.Objects;

/**
 * The aggregate of the organisations of one region or one target group within a selection.
 *
 * @param kind          region or target group
 * @param id            the region's or target group's id
 * @param organisations how many organisations of the selection are in the group
 * @param withheld      why the group's figures are not shown, or null
 * @param figures       the group's figures, null when withheld
 */
public record Group(GroupKind kind, String id, int organisations, Withheld withheld, Figures figures) {

    /**
     * Checks the components.
     *
     * @param kind          the kind
     * @param id            the id
     * @param organisations the organisations
     * @param withheld      why withheld, or null
     * @param figures       the figures, or null when withheld
     */
    public Group {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if ((withheld == null) == (figures == null)) {
            throw new IllegalArgumentException("A group (%s %s) is either withheld or has figures.".formatted(kind.id(), id));
        }
    }
}
