package org.inclusionscan.advice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** A coarse band of a recommendation's numeric priority, for readers; text {@code advice.priority.<id>}. */
public enum Priority implements HasId {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    /** Priorities from here on are high. */
    public static final int HIGH_FROM = 70;
    /** Priorities from here on (below {@link #HIGH_FROM}) are medium. */
    public static final int MEDIUM_FROM = 40;

    private final String id;

    Priority(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public static Priority of(int priority) {
        if (priority >= HIGH_FROM) {
            return HIGH;
        }
        return priority >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    @JsonCreator
    public static Priority fromId(String id) {
        return HasId.fromId(Priority.class, "priority", id);
    }
}
