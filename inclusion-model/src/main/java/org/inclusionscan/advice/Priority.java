package org.inclusionscan.advice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** A coarse band of a recommendation's numeric priority, for readers; text {@code advice.priority.<id>}. */
public enum Priority implements HasId {
    /**
     * Priority from 70: do this first.
     */
    HIGH("high"),
    /**
     * Priority from 40.
     */
    MEDIUM("medium"),
    /**
     * Priority below 40.
     */
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

    /**
     * The band of a priority.
     *
     * @param priority 0 to 100
     * @return high, medium or low
     */
    public static Priority of(int priority) {
        if (priority >= HIGH_FROM) {
            return HIGH;
        }
        return priority >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws org.inclusionscan.model.UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static Priority fromId(String id) {
        return HasId.fromId(Priority.class, "priority", id);
    }
}
