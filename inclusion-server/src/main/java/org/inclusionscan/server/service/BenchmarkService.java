package org.inclusionscan.server.service;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.OrganisationResult;
import org.inclusionscan.aggregate.Standing;
import org.inclusionscan.aggregate.Withheld;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.BenchmarkRepository;
import org.inclusionscan.server.store.BenchmarkRepository.ClosedRound;
import org.inclusionscan.server.store.BenchmarkRepository.Municipality;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.store.PlatformRepository;
import org.inclusionscan.server.store.RoundRepository;

/**
 * The picture across organisations (issue 24): the library's {@link Aggregation} over the
 * organisations of the host, each by the latest closed round that met its anonymity minimum
 * (archived organisations left out), and "where you stand" beside comparable organisations.
 *
 * <p>Who sees what: administrators (and the platform's API token) choose any selection of region,
 * sector, municipality and target group. A coordinator sees only the fixed selections of their
 * organisation (its sector, its region, its municipality), each without the organisation itself and
 * without groups inside it; no parameter reaches another selection. A fixed selection whose
 * difference with an already shown one holds between 1 and the minimum minus 1 organisations is
 * withheld too ({@code complement-below-minimum}): two shown pictures must not give a few
 * organisations' counts away. Thread-safe.
 */
public final class BenchmarkService {

    /** The longest municipality name. */
    public static final int MUNICIPALITY_MAX = 100;
    /** A Belgian NIS code (5 digits) or a Dutch CBS municipality code (GM and 4 digits). */
    static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{5}|GM[0-9]{4}");

    private final Sql sql;
    private final Clock clock;
    private final RoundService rounds;
    private final RuleSetInUse ruleSets;
    private final AggregateOptions options;
    private final BenchmarkRepository benchmark = new BenchmarkRepository();
    private final PlatformRepository platform = new PlatformRepository();
    private final CoordinatorRepository coordinators = new CoordinatorRepository();
    private final RoundRepository roundRepository = new RoundRepository();
    /** A closed round's result per round id, valid while the rules it was advised with are in use. */
    private final Map<String, Cached> results = new ConcurrentHashMap<>();

    private record Cached(RuleSetInUse.Rules rules, OrganisationResult result) {
    }

    /**
     * @param options the anonymity minimum over organisations (default 5, never below 3) and top lists
     */
    public BenchmarkService(Sql sql, Clock clock, RoundService rounds, RuleSetInUse ruleSets, AggregateOptions options) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.ruleSets = Objects.requireNonNull(ruleSets, "ruleSets");
        this.options = Objects.requireNonNull(options, "options");
    }

    public AggregateOptions options() {
        return options;
    }

    /**
     * A selection of organisations; a null part selects every value.
     *
     * @param municipality a name (compared without case, accents and extra spaces) or an NIS/CBS code
     */
    public record Selection(Region region, Sector sector, String municipality, TargetGroup targetGroup) {

        public static final Selection ALL = new Selection(null, null, null, null);

        public Selection {
            municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
            if (municipality != null && municipality.length() > MUNICIPALITY_MAX) {
                throw new Refusal(Kind.BAD_INPUT, "municipality-length", "municipality", "max", MUNICIPALITY_MAX);
            }
        }

        boolean matches(Peer peer) {
            Organisation organisation = peer.result().organisation();
            return (region == null || organisation.region() == region) && (sector == null || organisation.sector() == sector)
                    && (targetGroup == null || organisation.serves(targetGroup))
                    && (municipality == null || sameMunicipality(municipality, peer.municipality()));
        }
    }

    /** The fixed selections a coordinator sees, in the order they are checked against each other. */
    public enum Fixed {
        SECTOR("sector"), REGION("region"), MUNICIPALITY("municipality");

        private final String id;

        Fixed(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Fixed> fromId(String id) {
            for (Fixed fixed : values()) {
                if (fixed.id.equals(id)) {
                    return Optional.of(fixed);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One organisation in the picture: its latest closed round that met its minimum.
     *
     * @param result keyed by the organisation's id (two organisations may share a name)
     */
    public record Peer(String organisationId, String roundId, Municipality municipality, OrganisationResult result) {
    }

    /**
     * A fixed selection of a coordinator's organisation.
     *
     * @param value       the sector's or region's id, or the municipality's name (or code)
     * @param aggregation over the other organisations of that selection, without groups
     */
    public record FixedView(Fixed kind, String value, Aggregation aggregation) {
    }

    /**
     * "Where you stand": a round beside comparable organisations.
     *
     * @param basis        what the peers share with the organisation (sector, else region), or null when withheld
     * @param value        the sector's or region's id
     * @param standing     the comparison, or null when no comparison can be shown
     * @param withheld     why none is shown, or null
     * @param sectorPeers  other organisations of the same sector in the picture
     * @param regionPeers  other organisations of the same region in the picture
     */
    public record StandingView(Fixed basis, String value, Standing standing, Withheld withheld, int sectorPeers,
            int regionPeers) {

        public boolean shown() {
            return standing != null && standing.withheld() == null;
        }
    }

    // ---------------------------------------------------------------- the municipality on the profile

    /**
     * A municipality as typed: the name stripped (at most {@value #MUNICIPALITY_MAX} characters, no
     * control characters), the code without spaces and in capitals, each empty as null.
     *
     * @throws Refusal 400 naming the field
     */
    public static Municipality checkedMunicipality(String name, String code) {
        String checkedName = name == null || name.isBlank() ? null : name.strip();
        if (checkedName != null && (checkedName.length() > MUNICIPALITY_MAX || checkedName.chars().anyMatch(Character::isISOControl))) {
            throw new Refusal(Kind.BAD_INPUT, "municipality-length", "municipality", "max", MUNICIPALITY_MAX);
        }
        String checkedCode = code == null || code.isBlank() ? null : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (checkedCode != null && !MUNICIPALITY_CODE.matcher(checkedCode).matches()) {
            throw new Refusal(Kind.BAD_INPUT, "municipality-code", "municipalityCode", "code",
                    checkedCode.length() > 20 ? checkedCode.substring(0, 20) + "..." : checkedCode);
        }
        return new Municipality(checkedName, checkedCode);
    }

    /** Sets an organisation's municipality (administrators; everybody else gets 404). */
    public void updateMunicipality(Coordinator admin, String organisationId, String name, String code) {
        Municipality municipality = checkedMunicipality(name, code);
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            var organisation = platform.organisationForUpdate(tx, organisationId).orElseThrow(Refusal::notFound);
            benchmark.updateMunicipality(tx, organisationId, municipality);
            platform.audit(tx, Tokens.id(), clock.millis(), admin.email(), "organisation-municipality", organisationId,
                    organisation.name(), describe(municipality));
            return null;
        });
    }

    /** The organisation's municipality, for an administrator or one of its coordinators; else 404. */
    public Municipality municipality(Coordinator coordinator, String organisationId) {
        return sql.inTransaction(tx -> {
            requireAccess(tx, coordinator, organisationId);
            return benchmark.municipality(tx, organisationId).orElseThrow(Refusal::notFound);
        });
    }

    /** The municipalities of the organisations that are not archived, for the administrators' choice. */
    public List<Municipality> municipalities(Coordinator admin) {
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            return benchmark.municipalities(tx);
        });
    }

    static String describe(Municipality municipality) {
        if (municipality.isEmpty()) {
            return "";
        }
        return municipality.name() == null ? municipality.code()
                : municipality.code() == null ? municipality.name() : municipality.name() + " (" + municipality.code() + ")";
    }

    static boolean sameMunicipality(String asked, Municipality municipality) {
        if (municipality == null || municipality.isEmpty()) {
            return false;
        }
        String code = asked.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (municipality.code() != null && MUNICIPALITY_CODE.matcher(code).matches()) {
            return code.equals(municipality.code());
        }
        return municipality.name() != null && OrganisationResult.keyOf(asked).equals(OrganisationResult.keyOf(municipality.name()));
    }

    // ---------------------------------------------------------------- the picture

    /**
     * Every organisation in the picture: not archived, with a closed round that met its anonymity
     * minimum; of those rounds the latest (by the day it closed, then the day it was made).
     */
    public List<Peer> peers() {
        List<ClosedRound> closed = sql.inTransaction(benchmark::closedRounds);
        Map<String, ClosedRound> latest = new LinkedHashMap<>();
        for (ClosedRound round : closed) {
            if (round.metMinimum()) {
                latest.put(round.organisationId(), round); // oldest first: the last one put stays
            }
        }
        List<Peer> peers = new ArrayList<>();
        for (ClosedRound round : latest.values()) {
            result(round.roundId()).ifPresent(result -> peers.add(new Peer(round.organisationId(), round.roundId(),
                    round.municipality(), result.withKey(round.organisationId()))));
        }
        return peers;
    }

    private Optional<OrganisationResult> result(String roundId) {
        RuleSetInUse.Rules rules = ruleSets.current();
        Cached cached = results.get(roundId);
        if (cached != null && cached.rules().equals(rules)) {
            return Optional.of(cached.result());
        }
        Optional<OrganisationResult> result;
        try {
            result = rounds.resultIfShown(null, roundId).map(OrganisationResult::of);
        } catch (Refusal erased) {
            return Optional.empty(); // erased since it was listed
        }
        result.ifPresent(value -> results.put(roundId, new Cached(rules, value)));
        return result;
    }

    /** The aggregate over a selection, for callers who may see every organisation (the platform's token). */
    public Aggregation aggregate(Selection selection) {
        List<OrganisationResult> selected = peers().stream().filter(selection::matches).map(Peer::result).toList();
        return Aggregation.of(selected, options);
    }

    /** The aggregate over a freely chosen selection: administrators only (404 for anybody else). */
    public Aggregation aggregate(Coordinator admin, Selection selection) {
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            return null;
        });
        return aggregate(selection);
    }

    /**
     * The organisation's fixed selections (its sector, its region, its municipality), each without the
     * organisation; for an administrator or one of its coordinators (else 404). A selection the
     * organisation has no value for (no round yet, no municipality) is left out.
     */
    public List<FixedView> fixedSelections(Coordinator coordinator, String organisationId) {
        Profile profile = profile(coordinator, organisationId);
        return fixedViews(profile, peers());
    }

    /** One fixed selection by its id; 404 for an unknown id or one the organisation has no value for. */
    public FixedView fixedSelection(Coordinator coordinator, String organisationId, String kind) {
        Fixed fixed = Fixed.fromId(kind == null ? "" : kind).orElseThrow(Refusal::notFound);
        return fixedSelections(coordinator, organisationId).stream().filter(view -> view.kind() == fixed).findFirst()
                .orElseThrow(Refusal::notFound);
    }

    /**
     * Where a closed round stands beside the other organisations of its organisation's sector (else its
     * region; both by the organisation's latest round), as they are in the picture now; for whoever may
     * read the round's report.
     *
     * @return empty when the round's own report may not be shown
     */
    public Optional<StandingView> standing(Coordinator coordinator, String roundId) {
        Optional<org.inclusionscan.model.ScanResult> own = rounds.resultIfShown(coordinator, roundId);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        // The organisation's profile as its fixed selections see it (its latest round's), so that the comparison is always
        // one of the selections its coordinators see, checked against the others, also for an older round.
        Profile profile = sql.inTransaction(tx -> {
            String organisationId = roundRepository.find(tx, roundId).orElseThrow(Refusal::notFound).organisationId();
            return new Profile(organisationId, roundRepository.latestOf(tx, organisationId).map(Round::organisation)
                    .orElse(own.get().scan().organisation()), benchmark.municipality(tx, organisationId).orElse(Municipality.NONE));
        });
        String organisationId = profile.organisationId();
        List<Peer> all = peers();
        List<FixedView> views = fixedViews(profile, all);
        OrganisationResult mine = OrganisationResult.of(own.get()).withKey(organisationId);
        int sectorPeers = count(views, Fixed.SECTOR);
        int regionPeers = count(views, Fixed.REGION);
        for (FixedView view : views) {
            if (view.kind() == Fixed.MUNICIPALITY || !view.aggregation().isShown()) {
                continue;
            }
            List<OrganisationResult> comparable = all.stream().filter(peer -> !peer.organisationId().equals(organisationId))
                    .filter(selectionOf(view.kind(), profile)::matches).map(Peer::result).toList();
            return Optional.of(new StandingView(view.kind(), view.value(), Standing.of(mine, comparable, options), null,
                    sectorPeers, regionPeers));
        }
        Withheld why = views.stream().filter(view -> view.kind() != Fixed.MUNICIPALITY).map(view -> view.aggregation().withheld())
                .filter(Objects::nonNull).findFirst().orElse(Withheld.belowMinimum(0, options.minimum()));
        return Optional.of(new StandingView(null, null, null, why, sectorPeers, regionPeers));
    }

    private static int count(List<FixedView> views, Fixed kind) {
        return views.stream().filter(view -> view.kind() == kind).mapToInt(view -> view.aggregation().organisations()).sum();
    }

    /** An organisation as the fixed selections see it: the profile of its latest round and its municipality. */
    private record Profile(String organisationId, Organisation organisation, Municipality municipality) {
    }

    private Profile profile(Coordinator coordinator, String organisationId) {
        return sql.inTransaction(tx -> {
            requireAccess(tx, coordinator, organisationId);
            Municipality municipality = benchmark.municipality(tx, organisationId).orElseThrow(Refusal::notFound);
            Organisation organisation = roundRepository.latestOf(tx, organisationId).map(Round::organisation).orElse(null);
            return new Profile(organisationId, organisation, municipality);
        });
    }

    private static Selection selectionOf(Fixed kind, Profile profile) {
        return switch (kind) {
            case SECTOR -> new Selection(null, profile.organisation().sector(), null, null);
            case REGION -> new Selection(profile.organisation().region(), null, null, null);
            case MUNICIPALITY -> new Selection(null, null,
                    profile.municipality().code() != null ? profile.municipality().code() : profile.municipality().name(), null);
        };
    }

    private List<FixedView> fixedViews(Profile profile, List<Peer> all) {
        List<Peer> others = all.stream().filter(peer -> !peer.organisationId().equals(profile.organisationId())).toList();
        List<FixedView> views = new ArrayList<>();
        List<Set<String>> shown = new ArrayList<>();
        for (Fixed kind : Fixed.values()) {
            if (kind == Fixed.MUNICIPALITY ? profile.municipality().isEmpty() : profile.organisation() == null) {
                continue;
            }
            Selection selection = selectionOf(kind, profile);
            List<Peer> members = others.stream().filter(selection::matches).toList();
            Aggregation aggregation = Aggregation.of(members.stream().map(Peer::result).toList(), options);
            Set<String> ids = new HashSet<>(members.stream().map(Peer::organisationId).toList());
            if (aggregation.isShown()) {
                int difference = smallestDifference(ids, shown);
                if (difference > 0 && difference < options.minimum()) {
                    aggregation = new Aggregation(aggregation.organisations(), options,
                            new Withheld(Withheld.COMPLEMENT_BELOW_MINIMUM, difference, options.minimum()), null, List.of());
                } else {
                    // No groups inside a fixed selection: a region or target group beside another selection could single one out.
                    aggregation = new Aggregation(aggregation.organisations(), options, null, aggregation.figures(), List.of());
                    shown.add(ids);
                }
            }
            String value = switch (kind) {
                case SECTOR -> profile.organisation().sector().id();
                case REGION -> profile.organisation().region().id();
                case MUNICIPALITY -> describe(profile.municipality());
            };
            views.add(new FixedView(kind, value, aggregation));
        }
        return views;
    }

    /** The smallest number of organisations in which the set differs from one already shown (symmetric difference), or 0. */
    private static int smallestDifference(Set<String> ids, List<Set<String>> shown) {
        int smallest = 0;
        for (Set<String> other : shown) {
            int difference = 0;
            for (String id : ids) {
                if (!other.contains(id)) {
                    difference++;
                }
            }
            for (String id : other) {
                if (!ids.contains(id)) {
                    difference++;
                }
            }
            if (difference > 0 && (smallest == 0 || difference < smallest)) {
                smallest = difference;
            }
        }
        return smallest;
    }

    private void requireAdmin(Tx tx, Coordinator coordinator) throws SQLException {
        if (coordinator == null || !platform.isAdmin(tx, coordinator.id())) {
            throw Refusal.notFound();
        }
    }

    private void requireAccess(Tx tx, Coordinator coordinator, String organisationId) throws SQLException {
        if (coordinator == null) {
            throw Refusal.notFound();
        }
        if (platform.isAdmin(tx, coordinator.id())) {
            if (platform.organisation(tx, organisationId).isEmpty()) {
                throw Refusal.notFound();
            }
            return;
        }
        if (!coordinators.coordinates(tx, coordinator.id(), organisationId)) {
            throw Refusal.notFound();
        }
    }
}
