package org.inclusionscan.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Factor;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.ScoreCard;

/**
 * What the follow-up rules know of earlier rounds: the previous round's factor means and every
 * earlier agreement (of any earlier round) with the status it has now. {@link #NONE} for a first
 * round. Immutable.
 *
 * @param previousMeans the previous round's factor means, only factors that had a score
 * @param agreements    the earlier agreements, by factor, tool and status
 */
public record History(Map<Factor, Double> previousMeans, List<PastAgreement> agreements) {

    /** A first round: no earlier scores, no earlier agreements. */
    public static final History NONE = new History(Map.of(), List.of());

    public History {
        previousMeans = Collections.unmodifiableMap(previousMeans.isEmpty() ? new EnumMap<>(Factor.class) : new EnumMap<>(previousMeans));
        agreements = List.copyOf(agreements);
        previousMeans.forEach((factor, mean) -> {
            if (mean == null || !(mean >= 1.0 && mean <= 5.0)) {
                throw new IllegalArgumentException("The previous mean (%s) of factor (%s) must be between 1 and 5."
                        .formatted(mean, factor.id()));
            }
        });
    }

    /**
     * One earlier agreement as the rules see it.
     *
     * @param tool the tool id, or null when it used none
     */
    public record PastAgreement(Factor factor, String tool, AgreementStatus status) {

        public PastAgreement {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(status, "status");
        }

        public static PastAgreement of(AgreementReview review) {
            return new PastAgreement(review.agreement().factor(), review.agreement().tool(), review.status());
        }
    }

    /**
     * The history after a previous round: its scores and the earlier agreements as reviewed now.
     *
     * @param previous the previous round's scores, or null when there was none
     */
    public static History of(ScoreCard previous, List<AgreementReview> earlierAgreements) {
        Map<Factor, Double> means = new EnumMap<>(Factor.class);
        if (previous != null) {
            for (FactorScore score : previous.factors().values()) {
                if (score.score().isPresent()) {
                    means.put(score.factor(), score.mean());
                }
            }
        }
        return new History(means, earlierAgreements.stream().map(PastAgreement::of).toList());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return previousMeans.isEmpty() && agreements.isEmpty();
    }
}
