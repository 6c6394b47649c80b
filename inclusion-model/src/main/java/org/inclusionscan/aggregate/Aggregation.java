package org.inclusionscan.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.TargetGroup;

/**
 * The picture across organisations: per factor, domain, dimension and domain x dimension cell the
 * number of organisations, quartiles, average and the count at each level; the factors most often
 * weak; the recommendations and tools most often given; and the same per region and per target group.
 * Immutable and thread-safe; made by {@link #of(List, AggregateOptions)}.
 *
 * <p>Anonymity of organisations: nothing is shown over fewer organisations than
 * {@link AggregateOptions#minimum()} (5 unless set, never below 3). A selection below it is
 * {@link #withheld()} as a whole, a group below it is withheld, and so is a factor (or domain,
 * dimension, cell) that fewer organisations have a mean for. A group is also withheld when the rest
 * of the selection holds between 1 and the minimum minus 1 organisations (its figures beside the
 * selection's would show those few); for regions, which split the selection, the same holds for all
 * withheld regions together. Each withheld figure says why, how many organisations and the minimum.
 *
 * @param organisations how many organisations the selection holds
 * @param options       the minimum and the length of the top lists
 * @param withheld      why nothing is shown, or null
 * @param figures       the selection's figures, null when withheld
 * @param groups        per region, then per target group (in the order of their ids' enums), each that
 *                      at least one organisation has; empty when withheld
 */
public record Aggregation(int organisations, AggregateOptions options, Withheld withheld, Figures figures, List<Group> groups) {

    /**
     * Checks the components and copies the list.
     *
     * @param organisations the organisations
     * @param options       the options
     * @param withheld      why withheld, or null
     * @param figures       the figures, null when withheld
     * @param groups        the groups
     */
    public Aggregation {
        Objects.requireNonNull(options, "options");
        groups = List.copyOf(groups);
        if ((withheld == null) == (figures == null)) {
            throw new IllegalArgumentException("An aggregation is either withheld or has figures.");
        }
    }

    /**
     * Aggregates organisations' results. Each organisation must be given once (one result per
     * {@link OrganisationResult#key()}); give its latest scan.
     *
     * @param results the organisations' results
     * @param options the anonymity minimum and top lists
     * @return the aggregate
     * @throws IllegalArgumentException when two results have the same key
     */
    public static Aggregation of(List<OrganisationResult> results, AggregateOptions options) {
        Objects.requireNonNull(options, "options");
        List<OrganisationResult> selection = List.copyOf(results);
        requireDistinct(selection);
        int n = selection.size();
        if (n < options.minimum()) {
            return new Aggregation(n, options, Withheld.belowMinimum(n, options.minimum()), null, List.of());
        }
        List<Group> groups = new ArrayList<>();
        List<Group> regions = new ArrayList<>();
        for (Region region : Region.values()) {
            group(selection, GroupKind.REGION, region.id(), r -> r.organisation().region() == region, options)
                    .ifPresent(regions::add);
        }
        int withheldTogether = regions.stream().filter(g -> g.withheld() != null).mapToInt(Group::organisations).sum();
        boolean anyShown = regions.stream().anyMatch(g -> g.withheld() == null);
        if (anyShown && withheldTogether > 0 && withheldTogether < options.minimum()) {
            regions.replaceAll(g -> g.withheld() != null ? g
                    : new Group(g.kind(), g.id(), g.organisations(),
                            new Withheld(Withheld.COMPLEMENT_BELOW_MINIMUM, withheldTogether, options.minimum()), null));
        }
        groups.addAll(regions);
        for (TargetGroup targetGroup : TargetGroup.values()) {
            group(selection, GroupKind.TARGET_GROUP, targetGroup.id(), r -> r.organisation().serves(targetGroup), options)
                    .ifPresent(groups::add);
        }
        return new Aggregation(n, options, null, Figures.of(selection, options), groups);
    }

    private static java.util.Optional<Group> group(List<OrganisationResult> selection, GroupKind kind, String id,
            Predicate<OrganisationResult> member, AggregateOptions options) {
        List<OrganisationResult> members = selection.stream().filter(member).toList();
        int size = members.size();
        if (size == 0) {
            return java.util.Optional.empty();
        }
        int rest = selection.size() - size;
        int minimum = options.minimum();
        if (size < minimum) {
            return java.util.Optional.of(new Group(kind, id, size, Withheld.belowMinimum(size, minimum), null));
        }
        if (rest > 0 && rest < minimum) {
            return java.util.Optional.of(new Group(kind, id, size, new Withheld(Withheld.COMPLEMENT_BELOW_MINIMUM, rest, minimum), null));
        }
        return java.util.Optional.of(new Group(kind, id, size, null, Figures.of(members, options)));
    }

    static void requireDistinct(List<OrganisationResult> results) {
        Set<String> keys = new HashSet<>();
        for (OrganisationResult result : results) {
            if (!keys.add(result.key())) {
                throw new IllegalArgumentException(("The organisation (%s) is given twice; an aggregate counts each organisation "
                        + "once. Give only its latest scan.").formatted(result.key()));
            }
        }
    }

    /**
     * Whether the selection's figures are shown.
     *
     * @return true when not withheld
     */
    public boolean isShown() {
        return withheld == null;
    }
}
