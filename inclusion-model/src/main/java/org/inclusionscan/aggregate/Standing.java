package org.inclusionscan.aggregate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Factor;

/**
 * "Where you stand": one organisation's factor scores beside the quartiles of comparable
 * organisations, the organisation itself left out. Shown only from {@link AggregateOptions#minimum()}
 * other organisations on (5 unless set, never below 3), and per factor only when that many peers
 * have a mean for it; else withheld with the reason and the count.
 *
 * @param key      the organisation's key
 * @param peers    how many other organisations it is compared with
 * @param withheld why no comparison is shown, or null
 * @param factors  per factor (documented order) its own mean and the peers' distribution; empty when withheld
 */
public record Standing(String key, int peers, Withheld withheld, Map<Factor, FactorStanding> factors) {

    /**
     * One factor: the organisation's mean beside its peers'.
     *
     * @param factor the factor
     * @param own    the organisation's mean, or null when absent
     * @param peers  the peers' distribution (withheld when fewer than the minimum have a mean)
     */
    public record FactorStanding(Factor factor, Double own, Distribution peers) {

        /**
         * Checks the components.
         *
         * @param factor the factor
         * @param own    the own mean or null
         * @param peers  the peers' distribution
         */
        public FactorStanding {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(peers, "peers");
        }
    }

    /**
     * Checks the components and copies the map.
     *
     * @param key      the key
     * @param peers    the number of peers
     * @param withheld why withheld, or null
     * @param factors  per factor
     */
    public Standing {
        Objects.requireNonNull(key, "key");
        factors = Collections.unmodifiableMap(factors.isEmpty() ? new EnumMap<>(Factor.class) : new EnumMap<>(factors));
        if ((withheld == null) == factors.isEmpty()) {
            throw new IllegalArgumentException("A standing is either withheld or has every factor.");
        }
    }

    /**
     * Compares one organisation with comparable ones (same sector, say, or same region). Every result
     * with the organisation's own key is left out of the peers.
     *
     * @param own        the organisation's result
     * @param comparable the comparable organisations, one result each; may include the organisation itself
     * @param options    the anonymity minimum
     * @return the standing
     * @throws IllegalArgumentException when two peers have the same key
     */
    public static Standing of(OrganisationResult own, List<OrganisationResult> comparable, AggregateOptions options) {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(options, "options");
        List<OrganisationResult> peers = comparable.stream().filter(peer -> !peer.key().equals(own.key())).toList();
        Aggregation.requireDistinct(peers);
        if (peers.size() < options.minimum()) {
            return new Standing(own.key(), peers.size(), Withheld.belowMinimum(peers.size(), options.minimum()), Map.of());
        }
        Map<Factor, FactorStanding> factors = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            factors.put(factor, new FactorStanding(factor, own.mean(factor),
                    Distribution.of(peers, Slots.of(factor), options.minimum(), Figures.commonBands(peers))));
        }
        return new Standing(own.key(), peers.size(), null, factors);
    }
}
