package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The 24 working factors, each in one domain. */
public enum Factor implements HasId {
    LEGISLATION("legislation", Domain.ENVIRONMENT),
    STAKEHOLDERS("stakeholders", Domain.ENVIRONMENT),
    INSPIRING_PRACTICES("inspiring-practices", Domain.ENVIRONMENT),
    LOCAL_ENVIRONMENT("local-environment", Domain.ENVIRONMENT),
    BRIDGE_FIGURES("bridge-figures", Domain.ENVIRONMENT),

    VISION("vision", Domain.ORGANISATION),
    ORGANISATIONAL_CULTURE("organisational-culture", Domain.ORGANISATION),
    LEADERSHIP("leadership", Domain.ORGANISATION),
    STRUCTURE("structure", Domain.ORGANISATION),
    HISTORY("history", Domain.ORGANISATION),
    INFRASTRUCTURE("infrastructure", Domain.ORGANISATION),
    ADMINISTRATION("administration", Domain.ORGANISATION),
    OFFER("offer", Domain.ORGANISATION),

    STAFF_VISION("staff-vision", Domain.STAFF),
    STAFF_EQUIPMENT("staff-equipment", Domain.STAFF),
    STAFF_BENEFITS("staff-benefits", Domain.STAFF),
    STAFF_APPROACH("staff-approach", Domain.STAFF),

    IMAGE("image", Domain.TARGET_PUBLIC),
    PARTICIPATION("participation", Domain.TARGET_PUBLIC),
    VALUED_ROLES("valued-roles", Domain.TARGET_PUBLIC),
    PUBLIC_BENEFITS("public-benefits", Domain.TARGET_PUBLIC),
    INFORMATION("information", Domain.TARGET_PUBLIC),
    NETWORK_VITALITY("network-vitality", Domain.TARGET_PUBLIC),
    LIFE_DOMAINS("life-domains", Domain.TARGET_PUBLIC);

    private final String id;
    private final Domain domain;

    Factor(String id, Domain domain) {
        this.id = id;
        this.domain = domain;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public Domain domain() {
        return domain;
    }

    @JsonCreator
    public static Factor fromId(String id) {
        return HasId.fromId(Factor.class, "factor", id);
    }
}
