package org.inclusionscan.session;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier agreement as it stands at a follow-up: when it was made and what became of it.
 *
 * @param agreedOn the day of the team session that made it
 * @param status   as the coordinator marked it
 */
public record AgreementReview(Agreement agreement, LocalDate agreedOn, AgreementStatus status) {

    public AgreementReview {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(status, "status");
    }
}
