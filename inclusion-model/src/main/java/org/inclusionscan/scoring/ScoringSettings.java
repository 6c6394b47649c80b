package org.inclusionscan.scoring;

import java.util.Objects;
import org.inclusionscan.model.LevelBands;

/**
 * How scores are computed.
 *
 * @param bands              where the four levels start
 * @param minimumAnswerShare the share of expected answers (0-1) a score needs; below it the score
 *                           is absent (default 0.5: at least half)
 */
public record ScoringSettings(LevelBands bands, double minimumAnswerShare) {

    /**
     * The bundled level bands, and half of the expected answers for a score.
     */
    public static final ScoringSettings DEFAULT = new ScoringSettings(LevelBands.DEFAULT, 0.5);

    /**
     * Checks the components.
     *
     * @param bands              where the four levels start
     * @param minimumAnswerShare the share of expected answers (0-1) a score needs; below it the score is absent (default 0.5: at least half)
     */
    public ScoringSettings {
        Objects.requireNonNull(bands, "bands");
        if (!isValidAnswerShare(minimumAnswerShare)) {
            throw new IllegalArgumentException(
                    "The minimum answer share (%s) must be above 0 and at most 1.".formatted(minimumAnswerShare));
        }
    }

    /**
     * Whether a minimum answer share can be used: above 0 and at most 1.
     *
     * @param share a share of expected answers
     * @return true when usable
     */
    public static boolean isValidAnswerShare(double share) {
        return share > 0.0 && share <= 1.0;
    }
}
