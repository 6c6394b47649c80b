package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A group the organisation works for; it shifts which advice comes first. */
public enum TargetGroup implements HasId {
    /** Older people. */
    OLDER_PEOPLE("older-people"),
    /** Young people. */
    YOUNG_PEOPLE("young-people"),
    /** Children. */
    CHILDREN("children"),
    /** Newcomers. */
    NEWCOMERS("newcomers"),
    /** People living in poverty. */
    POVERTY("poverty"),
    /** People with a disability. */
    DISABILITY("disability"),
    /** People with psychological vulnerability. */
    PSYCHOLOGICAL_VULNERABILITY("psychological-vulnerability"),
    /** People who feel lonely. */
    LONELY_PEOPLE("lonely-people"),
    /** People with low literacy. */
    LOW_LITERACY("low-literacy"),
    /** General public. */
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

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static TargetGroup fromId(String id) {
        return HasId.fromId(TargetGroup.class, "target group", id);
    }
}
