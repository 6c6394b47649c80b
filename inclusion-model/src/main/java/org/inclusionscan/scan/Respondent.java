package org.inclusionscan.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Role;

/**
 * One person who filled in the questionnaire. An item left out of {@code answers} is missing;
 * {@code "dont-know"} is an answer of its own.
 *
 * @param note optional free text of the respondent; kept and shown, never interpreted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Respondent(String id, Role role, Map<String, Answer> answers, String note) {

    /**
     * Checks the components.
     *
     * @param id      the id
     * @param role    the role
     * @param answers the answers
     * @param note    optional free text of the respondent; kept and shown, never interpreted
     */
    public Respondent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        // The reader's own map is handed over and never touched again, so it needs no copy (one per respondent read).
        answers = Collections.unmodifiableMap(answers instanceof ReadAnswers ? answers : new LinkedHashMap<>(answers));
    }

    /**
     * A respondent without a note.
     *
     * @param id      a code, unique within the scan
     * @param role    the respondent's role
     * @param answers item id to answer
     */
    public Respondent(String id, Role role, Map<String, Answer> answers) {
        this(id, role, answers, null);
    }
}
