package org.inclusionscan.rules.drools;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.facts.AgreementHistoryFact;
import org.inclusionscan.rules.facts.ContextFact;
import org.inclusionscan.rules.facts.DimensionFact;
import org.inclusionscan.rules.facts.DomainFact;
import org.inclusionscan.rules.facts.FactorFact;
import org.inclusionscan.rules.facts.PreviousFactorFact;
import org.inclusionscan.rules.facts.ScanFact;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;

/** Turns a score card and an organisation into the immutable facts the rules match. */
public final class Facts {

    private Facts() {
    }

    /** One fact per present score (absent scores are left out), the context, and the scan. */
    public static List<Object> of(ScoreCard card, Organisation organisation) {
        return of(card, organisation, History.NONE);
    }

    /**
     * {@link #of(ScoreCard, Organisation)} and, for a follow-up round, one {@link PreviousFactorFact}
     * per factor that had a score in the previous round and one {@link AgreementHistoryFact} per
     * factor with earlier agreements.
     */
    public static List<Object> of(ScoreCard card, Organisation organisation, History history) {
        List<Object> facts = new ArrayList<>(64);
        facts.add(new ContextFact(organisation));
        boolean complete = card.overall().isPresent();
        for (var score : card.factors().values()) {
            if (score.score().isPresent()) {
                var spread = score.spread();
                facts.add(new FactorFact(score.factor(), score.mean(), score.score().level(),
                        spread == null ? 0.0 : spread.standardDeviation(), spread == null ? 0 : spread.respondents()));
            } else {
                complete = false;
            }
        }
        for (var entry : card.domains().entrySet()) {
            if (entry.getValue().isPresent()) {
                facts.add(new DomainFact(entry.getKey(), entry.getValue().mean()));
            } else {
                complete = false;
            }
        }
        for (var entry : card.dimensions().entrySet()) {
            if (entry.getValue().isPresent()) {
                facts.add(new DimensionFact(entry.getKey(), entry.getValue().mean()));
            } else {
                complete = false;
            }
        }
        facts.add(new ScanFact(card.respondents(), complete, card.overall().mean()));
        if (!history.previousMeans().isEmpty()) {
            history.previousMeans().forEach((factor, mean) -> facts.add(new PreviousFactorFact(factor, mean)));
        }
        if (!history.agreements().isEmpty()) {
            for (Factor factor : Factor.values()) {
                if (history.agreements().stream().anyMatch(agreement -> agreement.factor() == factor)) {
                    facts.add(new AgreementHistoryFact(factor, history.agreements()));
                }
            }
        }
        return facts;
    }
}
