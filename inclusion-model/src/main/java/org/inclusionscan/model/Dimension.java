package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three dimensions of inclusion (after Booth and Ainscow), present in all an organisation does. */
public enum Dimension implements HasId {
    /** Culture. Shared values, beliefs and attitudes: how far inclusion is part of the mindset of everyone in and around the organisation. */
    CULTURE("culture"),
    /** Practice. What we actually do day to day, and how consistently it reflects inclusion. */
    PRACTICE("practice"),
    /** Policy. Written choices, plans, budgets, time and structures that make inclusive work possible and lasting. */
    POLICY("policy");

    private final String id;

    Dimension(String id) {
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
    public static Dimension fromId(String id) {
        return HasId.fromId(Dimension.class, "dimension", id);
    }
}
