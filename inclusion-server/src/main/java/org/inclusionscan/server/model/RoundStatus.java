package org.inclusionscan.server.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** A round takes answers while open; once closed it has a report. */
public enum RoundStatus implements HasId {
    OPEN("open"),
    CLOSED("closed");

    private final String id;

    RoundStatus(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public static RoundStatus fromId(String id) {
        return HasId.fromId(RoundStatus.class, "round status", id);
    }
}
