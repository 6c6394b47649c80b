package org.inclusionscan.tools;

import java.util.Set;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;

/**
 * Where a tool may be suggested: an empty set means everywhere, else only organisations of
 * one of the regions and one of the sectors named.
 */
public record Scope(Set<Region> regions, Set<Sector> sectors) {

    /**
     * No limit: every region and sector.
     */
    public static final Scope EVERYWHERE = new Scope(Set.of(), Set.of());

    /**
     * Checks the components and copies the collections.
     *
     * @param regions the regions
     * @param sectors the sectors
     */
    public Scope {
        regions = Set.copyOf(regions);
        sectors = Set.copyOf(sectors);
    }

    /**
     * Whether the scope includes an organisation.
     *
     * @param organisation the organisation
     * @return true when its region and sector are in scope
     */
    public boolean appliesTo(Organisation organisation) {
        return (regions.isEmpty() || regions.contains(organisation.region()))
                && (sectors.isEmpty() || sectors.contains(organisation.sector()));
    }
}
