package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A group the organisation works for; it shifts which advice comes first. */
public enum TargetGroup implements HasId {
    OLDER_PEOPLE("older-people"),
    YOUNG_PEOPLE("young-people"),
    CHILDREN("children"),
    NEWCOMERS("newcomers"),
    POVERTY("poverty"),
    DISABILITY("disability"),
    PSYCHOLOGICAL_VULNERABILITY("psychological-vulnerability"),
    LONELY_PEOPLE("lonely-people"),
    LOW_LITERACY("low-literacy"),
    GENERAL_PUBLIC("general-public");

    private final String id;

    TargetGroup(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static TargetGroup fromId(String id) {
        return HasId.fromId(TargetGroup.class, "target group", id);
    }
}
