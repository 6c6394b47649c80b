package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The named band a score falls in. {@link #ABSENT} marks a score that could not be computed
 * (too few answers); the four others are the bands of {@link LevelBands}.
 */
public enum Level implements HasId {
    LOW("low"),
    MODERATE("moderate"),
    GOOD("good"),
    STRONG("strong"),
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

    @JsonCreator
    public static Level fromId(String id) {
        return HasId.fromId(Level.class, "level", id);
    }
}
