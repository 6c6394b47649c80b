package org.inclusionscan.rules.defaults;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;

/** Fires one rule of the bundled rule set, and no other (an agenda filter on the rule's name). */
final class Rules {

    private Rules() {
    }

    static Advice fireOnly(String rule, ScoreCard scores, Organisation organisation) {
        return DroolsAdvisor.defaults().compiled().advise(scores, organisation, rule::equals);
    }

    /** {@link #fireOnly(String, ScoreCard, Organisation)} on a follow-up round with this history. */
    static Advice fireOnly(String rule, ScoreCard scores, Organisation organisation, History history) {
        return DroolsAdvisor.defaults().compiled().advise(scores, organisation, history, rule::equals);
    }
}
