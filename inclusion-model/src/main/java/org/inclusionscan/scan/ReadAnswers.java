package org.inclusionscan.scan;

import java.util.LinkedHashMap;

/**
 * The answers of one respondent as {@link StreamingScanReader} collects them: a map only this package
 * makes, handed to {@link Respondent} once it is complete and never changed after, which therefore
 * keeps it (behind an unmodifiable view) instead of copying it.
 */
final class ReadAnswers extends LinkedHashMap<String, Answer> {

    private static final long serialVersionUID = 1L;

    ReadAnswers(int capacity) {
        super(capacity);
    }
}
