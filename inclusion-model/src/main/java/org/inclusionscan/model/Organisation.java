package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The organisation that scans itself: the context that shifts the advice.
 *
 * @param note optional free text; kept and shown, never interpreted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(String name, Region region, Sector sector, List<TargetGroup> targetGroups, String note) {

    /**
     * Checks the components and copies the collections.
     *
     * @param name         the name
     * @param region       the region
     * @param sector       the sector
     * @param targetGroups the target groups
     * @param note         optional free text; kept and shown, never interpreted
     */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        targetGroups = List.copyOf(targetGroups);
    }

    /**
     * An organisation without a note.
     *
     * @param name         the name
     * @param region       the region
     * @param sector       the sector
     * @param targetGroups the target groups it serves
     */
    public Organisation(String name, Region region, Sector sector, List<TargetGroup> targetGroups) {
        this(name, region, sector, targetGroups, null);
    }

    /**
     * Whether the organisation serves a target group.
     *
     * @param group the group
     * @return true when it does
     */
    public boolean serves(TargetGroup group) {
        return targetGroups.contains(group);
    }
}
