package org.inclusionscan.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** Why a score could not be computed; its text is {@code absent.<id>} in the bundles. */
public enum AbsentReason implements HasId {
    /** The questionnaire has no item for it. */
    NO_ITEMS("no-items"),
    /** Fewer than the minimum share (by default half) of the expected answers were given. */
    TOO_FEW_ANSWERS("too-few-answers");

    private final String id;

    AbsentReason(String id) {
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
    public static AbsentReason fromId(String id) {
        return HasId.fromId(AbsentReason.class, "absent reason", id);
    }
}
