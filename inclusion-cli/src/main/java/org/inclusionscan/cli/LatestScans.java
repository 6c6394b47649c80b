package org.inclusionscan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.aggregate.OrganisationResult;

/**
 * Keeps one scan per organisation for an aggregate, which counts organisations, not scans: the
 * latest by date, and of two on the same date the one on the later line. Organisations are told
 * apart by {@link OrganisationResult#key()} (the name without case, accents and extra spaces).
 * Not thread-safe; fed in input order.
 */
final class LatestScans {

    private final Map<String, OrganisationResult> latest = new LinkedHashMap<>();
    private long scans;

    void add(OrganisationResult result) {
        scans++;
        latest.merge(result.key(), result, (kept, next) -> next.date().isBefore(kept.date()) ? kept : next);
    }

    /** How many scans were added. */
    long scans() {
        return scans;
    }

    /** One result per organisation, in the order each organisation first appeared. */
    List<OrganisationResult> organisations() {
        return new ArrayList<>(latest.values());
    }
}
