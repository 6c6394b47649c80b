package org.inclusionscan.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** What became of an agreement, as the coordinator marks it at the follow-up; text {@code session.status.<id>}. */
public enum AgreementStatus implements HasId {
    /** Not yet looked at since it was made. */
    OPEN("open"),
    /** Started and still under way. */
    ONGOING("ongoing"),
    /** Carried out. */
    DONE("done"),
    /** Given up. */
    DROPPED("dropped");

    private final String id;

    AgreementStatus(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static AgreementStatus fromId(String id) {
        return HasId.fromId(AgreementStatus.class, "agreement status", id);
    }
}
