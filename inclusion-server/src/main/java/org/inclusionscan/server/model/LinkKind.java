package org.inclusionscan.server.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** How respondents reach a round: one shared link with a join code, or one personal link each. */
public enum LinkKind implements HasId {
    SHARED("shared"),
    PERSONAL("personal");

    private final String id;

    LinkKind(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    public static LinkKind fromId(String id) {
        return HasId.fromId(LinkKind.class, "link kind", id);
    }
}
