package org.inclusionscan.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;
import org.inclusionscan.model.Factor;

/**
 * The score of one factor and the spread of the team on it.
 *
 * @param spread null when no respondent answered the factor
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactorScore(Factor factor, @JsonUnwrapped Score score, Spread spread) {

    /**
     * Checks the components.
     *
     * @param factor the factor
     * @param score  the score
     * @param spread null when no respondent answered the factor
     */
    public FactorScore {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(score, "score");
    }

    /**
     * The factor's mean.
     *
     * @return the mean, or null when too few answers
     */
    public Double mean() {
        return score.mean();
    }
}
