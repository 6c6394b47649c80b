package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The place of a respondent in the organisation (staff in the broad sense). */
public enum Role implements HasId {
    /** Board. */
    BOARD("board"),
    /** Management and coordination. */
    STAFF("staff"),
    /** Front-line worker. */
    FRONTLINE("frontline"),
    /** Volunteer. */
    VOLUNTEER("volunteer"),
    /** Other role. */
    OTHER("other");

    private final String id;

    Role(String id) {
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
    public static Role fromId(String id) {
        return HasId.fromId(Role.class, "role", id);
    }
}
