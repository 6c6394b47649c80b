package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of organisation; some tools and advice apply to one sector only. */
public enum Sector implements HasId {
    LOCAL_SERVICE_CENTRE("local-service-centre"),
    YOUTH_CARE("youth-care"),
    YOUTH_WORK("youth-work"),
    HOME_CARE("home-care"),
    SOCIAL_WORK("social-work"),
    PUBLIC_SOCIAL_WELFARE("public-social-welfare"),
    MUNICIPALITY("municipality"),
    COMMUNITY_WORK("community-work"),
    EDUCATION("education"),
    HEALTH_CARE("health-care"),
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

    @JsonCreator
    public static Sector fromId(String id) {
        return HasId.fromId(Sector.class, "sector", id);
    }
}
