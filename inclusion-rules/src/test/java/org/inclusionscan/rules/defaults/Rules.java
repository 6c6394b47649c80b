package org.inclusionscan.rules.defaults;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.scoring.ScoreCard;

/** Fires one rule of the bundled rule set, and no other (an agenda filter on the rule's name). */
final class Rules {

    private Rules() {
    }

    static Advice fireOnly(String rule, ScoreCard scores, Organisation organisation) {
        return DroolsAdvisor.defaults().compiled().advise(scores, organisation, rule::equals);
    }
}
