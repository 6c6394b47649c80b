package org.inclusionscan.tools;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/**
 * The group a tool belongs to: Resokit's four building blocks, three wider groups, and the sources
 * the model rests on (named in the catalogue, never suggested by advice).
 */
public enum BuildingBlock implements HasId {
    MINDSET("mindset"),
    BURGER("burger"),
    BUURT("buurt"),
    ORGANISATIE("organisatie"),
    OTHER_INSTRUMENT("other-instrument"),
    APPROACH("approach"),
    EXCHANGE_PLATFORM("exchange-platform"),
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

    @JsonCreator
    public static BuildingBlock fromId(String id) {
        return HasId.fromId(BuildingBlock.class, "building block", id);
    }
}
