package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an organisation works; some tools exist for one region only. */
public enum Region implements HasId {
    /** Brussels. */
    BRUSSELS("brussels"),
    /** Flanders. */
    FLANDERS("flanders"),
    /** Wallonia. */
    WALLONIA("wallonia"),
    /** Netherlands. */
    NETHERLANDS("netherlands"),
    /** Other region. */
    OTHER("other");

    private final String id;

    Region(String id) {
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
    public static Region fromId(String id) {
        return HasId.fromId(Region.class, "region", id);
    }
}
