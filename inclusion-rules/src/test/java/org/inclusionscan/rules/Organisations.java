package org.inclusionscan.rules;

import java.util.List;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;

/** Organisations named after the case they show. */
public final class Organisations {

    public static final Organisation FLEMISH_SERVICE_CENTRE = new Organisation("Dienstencentrum De Linde", Region.FLANDERS,
            Sector.LOCAL_SERVICE_CENTRE, List.of());
    public static final Organisation BRUSSELS_SERVICE_CENTRE = new Organisation("Dienstencentrum Het Anker", Region.BRUSSELS,
            Sector.LOCAL_SERVICE_CENTRE, List.of());
    public static final Organisation BRUSSELS_YOUTH_HOUSE = new Organisation("Jeugdhuis De Brug", Region.BRUSSELS,
            Sector.YOUTH_CARE, List.of(TargetGroup.YOUNG_PEOPLE));
    public static final Organisation FLEMISH_YOUTH_CARE = new Organisation("Jeugdhulp Kompas", Region.FLANDERS,
            Sector.YOUTH_CARE, List.of());

    private Organisations() {
    }

    public static Organisation serving(TargetGroup... groups) {
        return new Organisation("Sociaal huis", Region.FLANDERS, Sector.SOCIAL_WORK, List.of(groups));
    }
}
