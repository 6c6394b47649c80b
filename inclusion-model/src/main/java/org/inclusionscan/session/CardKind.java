package org.inclusionscan.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** What a card of the team session is about: one statement the team answered far apart, or one weak factor. */
public enum CardKind implements HasId {
    ITEM("item"),
    FACTOR("factor");

    private final String id;

    CardKind(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static CardKind fromId(String id) {
        return HasId.fromId(CardKind.class, "card kind", id);
    }
}
