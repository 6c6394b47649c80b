package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The four domains that act on social inclusion; each holds its working factors. */
public enum Domain implements HasId {
    ENVIRONMENT("environment"),
    ORGANISATION("organisation"),
    STAFF("staff"),
    TARGET_PUBLIC("target-public");

    private final String id;

    Domain(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /** The factors of this domain, in their documented order. */
    public List<Factor> factors() {
        return Arrays.stream(Factor.values()).filter(factor -> factor.domain() == this).toList();
    }

    @JsonCreator
    public static Domain fromId(String id) {
        return HasId.fromId(Domain.class, "domain", id);
    }
}
