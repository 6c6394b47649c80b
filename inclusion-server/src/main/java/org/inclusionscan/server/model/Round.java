package org.inclusionscan.server.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;

/**
 * One scan round of one organisation: its profile as it was then, the questionnaire, who may
 * answer and how, and whether it still takes answers.
 *
 * @param previousRoundId the round of the same organisation this one follows, or null
 * @param joinKey         the secret part of the shared link (null for personal links)
 * @param joinCode        the code people type after opening the shared link, or null
 */
public record Round(
        String id,
        String organisationId,
        String previousRoundId,
        Organisation organisation,
        String questionnaireId,
        List<Language> languages,
        LocalDate closesOn,
        int minRespondents,
        LinkKind linkKind,
        String joinKey,
        String joinCode,
        RoundStatus status,
        LocalDate createdOn,
        LocalDate closedOn) {

    /** Fewer respondents than this never show a score, whatever a coordinator chooses. */
    public static final int LOWEST_MINIMUM = 3;
    public static final int DEFAULT_MINIMUM = 5;

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        languages = List.copyOf(languages);
        Objects.requireNonNull(linkKind, "linkKind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
        if (minRespondents < LOWEST_MINIMUM) {
            throw new IllegalArgumentException("The anonymity minimum (%d) of round (%s) must be at least %d."
                    .formatted(minRespondents, id, LOWEST_MINIMUM));
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("The round (%s) offers no language.".formatted(id));
        }
    }

    /** True while respondents may answer: not closed, and the closing date not passed. */
    public boolean takesAnswers(LocalDate today) {
        return status == RoundStatus.OPEN && (closesOn == null || !today.isAfter(closesOn));
    }

    public boolean isClosed() {
        return status == RoundStatus.CLOSED;
    }

    /** The language to show a respondent: the wanted one when offered, else the round's first. */
    public Language languageFor(Language wanted) {
        return wanted != null && languages.contains(wanted) ? wanted : languages.get(0);
    }
}
