package org.inclusionscan.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.inclusionscan.model.Level;

/**
 * A mean on the 1-5 scale with its level and coverage, or an absent score with its reason.
 *
 * @param mean         the mean, null when absent
 * @param absentReason why there is no mean, null when present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(Double mean, Level level, Coverage coverage, AbsentReason absentReason) {

    /**
     * Checks the components.
     *
     * @param mean         the mean, null when absent
     * @param level        the level
     * @param coverage     the coverage
     * @param absentReason why there is no mean, null when present
     */
    public Score {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(coverage, "coverage");
        if ((mean == null) != (absentReason != null) || (mean == null) != (level == Level.ABSENT)) {
            throw new IllegalArgumentException("A score has a mean or an absent reason, not both (mean %s, level %s, reason %s)."
                    .formatted(mean, level, absentReason));
        }
        if (mean != null && (mean < 1.0 || mean > 5.0)) {
            throw new IllegalArgumentException("The mean (%s) must be between 1 and 5.".formatted(mean));
        }
    }

    /**
     * A score without a mean.
     *
     * @param coverage what was answered
     * @param reason   why there is no mean
     * @return the score
     */
    public static Score absent(Coverage coverage, AbsentReason reason) {
        return new Score(null, Level.ABSENT, coverage, reason);
    }

    /**
     * Whether there is a mean.
     *
     * @return true when the mean is not null
     */
    @JsonIgnore
    public boolean isPresent() {
        return mean != null;
    }
}
