package org.inclusionscan.server.model;

import org.inclusionscan.model.HasId;

/** Where a respondent's link is: not opened yet, answers being given, or answers handed in. */
public enum LinkState implements HasId {
    UNUSED("unused"),
    STARTED("started"),
    SUBMITTED("submitted");

    private final String id;

    LinkState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static LinkState fromId(String id) {
        return HasId.fromId(LinkState.class, "link state", id);
    }
}
