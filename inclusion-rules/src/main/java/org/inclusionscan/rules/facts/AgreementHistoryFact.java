package org.inclusionscan.rules.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.inclusionscan.model.Factor;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;

/**
 * The earlier agreements on one factor, of every earlier round, counted by the status they have
 * now. Inserted once per factor that has at least one earlier agreement. Immutable.
 */
public final class AgreementHistoryFact {

    private final Factor factor;
    private final int open;
    private final int ongoing;
    private final int done;
    private final int dropped;
    private final Map<String, Integer> droppedByTool;

    /** Counts the agreements on the factor; the others are ignored. */
    public AgreementHistoryFact(Factor factor, List<History.PastAgreement> agreements) {
        this.factor = Objects.requireNonNull(factor, "factor");
        int[] counts = new int[AgreementStatus.values().length];
        Map<String, Integer> byTool = new TreeMap<>();
        for (History.PastAgreement agreement : agreements) {
            if (agreement.factor() == factor) {
                counts[agreement.status().ordinal()]++;
                if (agreement.status() == AgreementStatus.DROPPED && agreement.tool() != null) {
                    byTool.merge(agreement.tool(), 1, Integer::sum);
                }
            }
        }
        this.open = counts[AgreementStatus.OPEN.ordinal()];
        this.ongoing = counts[AgreementStatus.ONGOING.ordinal()];
        this.done = counts[AgreementStatus.DONE.ordinal()];
        this.dropped = counts[AgreementStatus.DROPPED.ordinal()];
        this.droppedByTool = Collections.unmodifiableMap(byTool);
    }

    public Factor getFactor() {
        return factor;
    }

    public String getFactorId() {
        return factor.id();
    }

    public int getOpen() {
        return open;
    }

    public int getOngoing() {
        return ongoing;
    }

    public int getDone() {
        return done;
    }

    public int getDropped() {
        return dropped;
    }

    /** How many agreements on this factor with this tool were dropped. */
    public int droppedWith(String tool) {
        return droppedByTool.getOrDefault(tool, 0);
    }

    /** The most times any one tool was dropped on this factor (0 when none had a tool). */
    public int getMostDroppedWithOneTool() {
        return droppedByTool.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public String toString() {
        return "earlier agreements, factor " + factor.id() + ": " + done + " done, " + ongoing + " ongoing, " + dropped
                + " dropped, " + open + " open";
    }
}
