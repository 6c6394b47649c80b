package org.inclusionscan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A language the texts exist in; Dutch is the default. */
public enum Language implements HasId {
    /** Dutch. */
    NL("nl"),
    /** French. */
    FR("fr"),
    /** English. */
    EN("en");

    private final String id;

    Language(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The locale for numbers and dates: Belgian Dutch and French, British English.
     *
     * @return the locale
     */
    public Locale locale() {
        return this == EN ? Locale.UK : Locale.forLanguageTag(id + "-BE");
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static Language fromId(String id) {
        return HasId.fromId(Language.class, "language", id);
    }
}
