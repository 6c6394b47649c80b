package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The four domains that act on social inclusion; each holds its working factors. */
public enum Domain implements HasId {
    /** Political and social environment. The neighbourhood around the organisation, with its actors, public space and residents, and the local and higher-level policies that shape it. */
    ENVIRONMENT("environment"),
    /** Organisation. The organisation itself: mission and vision, culture, leadership, structure, history, building, procedures and services. */
    ORGANISATION("organisation"),
    /** Staff. Everyone who carries the work, from board and management to front-line workers, support staff and volunteers. */
    STAFF("staff"),
    /** Target public. The people the organisation exists for: how they are seen, take part, take on roles, are informed and are connected. */
    TARGET_PUBLIC("target-public");

    private final String id;

    Domain(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The factors of this domain, in their documented order.
     *
     * @return the factors
     */
    public List<Factor> factors() {
        return Arrays.stream(Factor.values()).filter(factor -> factor.domain() == this).toList();
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static Domain fromId(String id) {
        return HasId.fromId(Domain.class, "domain", id);
    }
}
