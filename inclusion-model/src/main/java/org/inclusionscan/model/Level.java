package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The named band a score falls in. {@link #ABSENT} marks a score that could not be computed
 * (too few answers); the four others are the bands of {@link LevelBands}.
 */
public enum Level implements HasId {
    /** Weak. A clear area for improvement and a good place to start. */
    LOW("low"),
    /** Moderate. First steps are there, but they are not yet consistent or embedded. */
    MODERATE("moderate"),
    /** Good. This works well; small adjustments will make it stronger still. */
    GOOD("good"),
    /** Strong. A strength of the organisation, to keep alive and share with others. */
    STRONG("strong"),
    /** Not enough answers. There are too few answers to calculate a score. */
    ABSENT("absent");

    private final String id;

    Level(String id) {
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
    public static Level fromId(String id) {
        return HasId.fromId(Level.class, "level", id);
    }
}
