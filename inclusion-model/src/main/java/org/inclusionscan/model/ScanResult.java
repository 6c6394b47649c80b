package org.inclusionscan.model;

import java.util.Objects;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;

/** A scan with its scores and advice: everything a report shows. */
public record ScanResult(Scan scan, Questionnaire questionnaire, ScoreCard scores, Advice advice) {

    /**
     * Checks the components.
     *
     * @param scan          the scan
     * @param questionnaire the questionnaire
     * @param scores        the scores
     * @param advice        the advice
     */
    public ScanResult {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(advice, "advice");
    }
}
