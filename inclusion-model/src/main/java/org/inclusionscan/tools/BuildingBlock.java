package org.inclusionscan.tools;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/**
 * The group a tool belongs to: Resokit's four building blocks, three wider groups, and the sources
 * the model rests on (named in the catalogue, never suggested by advice).
 */
public enum BuildingBlock implements HasId {
    /** Mindset. */
    MINDSET("mindset"),
    /** Citizen. */
    BURGER("burger"),
    /** Neighbourhood. */
    BUURT("buurt"),
    /** Organisation. */
    ORGANISATIE("organisatie"),
    /** Instruments from other organisations. */
    OTHER_INSTRUMENT("other-instrument"),
    /** Approaches. */
    APPROACH("approach"),
    /** Neighbourhood exchange platforms. */
    EXCHANGE_PLATFORM("exchange-platform"),
    /** Sources the model rests on: named in the catalogue, never suggested by advice. */
    SOURCE("source");

    private final String id;

    BuildingBlock(String id) {
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
     * @throws org.inclusionscan.model.UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static BuildingBlock fromId(String id) {
        return HasId.fromId(BuildingBlock.class, "building block", id);
    }
}
