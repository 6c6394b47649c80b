package org.inclusionscan.i18n;

import org.inclusionscan.model.Language;

/** A text key without a text in a language: a gap in the bundles, caught by the bundle tests. */
public final class MissingTextException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * A key without a text.
     *
     * @param language the language asked for
     * @param key      the key
     */
    public MissingTextException(Language language, String key) {
        super("The text key (%s) has no text in language (%s). Add it to the bundle files of every language."
                .formatted(key, language.id()));
    }
}
