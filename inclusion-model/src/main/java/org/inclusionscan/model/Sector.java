package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of organisation; some tools and advice apply to one sector only. */
public enum Sector implements HasId {
    /** Local service centre. */
    LOCAL_SERVICE_CENTRE("local-service-centre"),
    /** Youth care. */
    YOUTH_CARE("youth-care"),
    /** Youth work. */
    YOUTH_WORK("youth-work"),
    /** Home care. */
    HOME_CARE("home-care"),
    /** Social work. */
    SOCIAL_WORK("social-work"),
    /** Public social welfare centre (OCMW/CPAS). */
    PUBLIC_SOCIAL_WELFARE("public-social-welfare"),
    /** Municipality. */
    MUNICIPALITY("municipality"),
    /** Community and neighbourhood work. */
    COMMUNITY_WORK("community-work"),
    /** Education. */
    EDUCATION("education"),
    /** Health care. */
    HEALTH_CARE("health-care"),
    /** Other sector. */
    OTHER("other");

    private final String id;

    Sector(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static Sector fromId(String id) {
        return HasId.fromId(Sector.class, "sector", id);
    }
}
