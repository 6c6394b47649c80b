package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three dimensions of inclusion (after Booth and Ainscow), present in all an organisation does. */
public enum Dimension implements HasId {
    CULTURE("culture"),
    PRACTICE("practice"),
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

    @JsonCreator
    public static Dimension fromId(String id) {
        return HasId.fromId(Dimension.class, "dimension", id);
    }
}
