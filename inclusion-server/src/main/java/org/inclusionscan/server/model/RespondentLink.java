package org.inclusionscan.server.model;

import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.scan.Answer;

/**
 * A respondent's link and, while not submitted, the draft hanging on it.
 *
 * @param number  the personal link's number as the coordinator sees it, or null for a shared join
 * @param answers the draft's answers by item id (empty once submitted)
 */
public record RespondentLink(String token, String roundId, LinkKind kind, Integer number, LinkState state,
        Language language, Role role, String note, Map<String, Answer> answers) {

    public RespondentLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        answers = Map.copyOf(answers);
    }
}
