package org.inclusionscan.rules.facts;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;

/** Where and for whom the organisation works: the context that shifts the advice. Immutable. */
public final class ContextFact {

    private final Organisation organisation;

    /**
     * The organisation's context, as a fact.
     *
     * @param organisation the organisation of the scan
     */
    public ContextFact(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    /**
     * The organisation's region.
     *
     * @return the region
     */
    public Region getRegion() {
        return organisation.region();
    }

    /**
     * The organisation's sector.
     *
     * @return the sector
     */
    public Sector getSector() {
        return organisation.sector();
    }

    /**
     * The target groups the organisation serves.
     *
     * @return the groups, possibly empty
     */
    public List<TargetGroup> getTargetGroups() {
        return organisation.targetGroups();
    }

    /**
     * Whether the organisation serves a target group.
     *
     * @param group the group
     * @return true when it does
     */
    public boolean serves(TargetGroup group) {
        return organisation.serves(group);
    }

    @Override
    public String toString() {
        // Concatenated, not formatted: this line is written for every recommendation about the organisation.
        return "organisation: region " + getRegion().id() + ", sector " + getSector().id() + ", target groups ["
                + getTargetGroups().stream().map(HasId::id).collect(Collectors.joining(", ")) + "]";
    }
}
