package org.inclusionscan.aggregate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** What a breakdown of an aggregate groups organisations by. */
public enum GroupKind implements HasId {
    /** The organisation's region: each organisation is in one. */
    REGION("region"),
    /** A target group the organisation serves: an organisation may serve several. */
    TARGET_GROUP("target-group");

    private final String id;

    GroupKind(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The constant with this id.
     *
     * @param id the id
     * @return the constant
     * @throws org.inclusionscan.model.UnknownIdException when no constant has the id
     */
    @JsonCreator
    public static GroupKind fromId(String id) {
        return HasId.fromId(GroupKind.class, "group kind", id);
    }
}
