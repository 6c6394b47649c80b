package org.inclusionscan.server.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.model.RoundStatus;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.store.LinkRepository;
import org.inclusionscan.server.store.MailRepository;
import org.inclusionscan.server.store.ResponseRepository;
import org.inclusionscan.server.store.RoundRepository;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.History;
import org.inclusionscan.session.RoundContext;

/**
 * The coordinator's use cases: create a round, follow it, close it, read its report, export and
 * import it as a scan. A coordinator reaches only the rounds of organisations they coordinate; the
 * API (coordinator null) reaches every round. Thread-safe.
 */
public final class RoundService {

    /** How long a closed round's advice or report is kept in memory (docs/server.md, "Reports of closed rounds"). */
    static final long CACHE_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoundService.class);

    /** How many closed rounds may wait for their report to be prepared. */
    static final int PREPARING = 64;

    /**
     * One low-priority daemon thread, shared by every service in the process, that prepares the reports
     * of rounds as they close; it ends when idle.
     */
    private static final java.util.concurrent.ThreadPoolExecutor PREPARATION = preparation();

    private static java.util.concurrent.ThreadPoolExecutor preparation() {
        var executor = new java.util.concurrent.ThreadPoolExecutor(1, 1, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(PREPARING), runnable -> {
                    Thread thread = new Thread(runnable, "report-preparation");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** The most personal links one round hands out. */
    public static final int MAX_PERSONAL_LINKS = 500;
    public static final int MAX_MINIMUM = 1000;

    private final Sql sql;
    private final Clock clock;
    private final ScanReader scanReader;
    private final RuleSetInUse ruleSets;
    private final RoundRepository rounds = new RoundRepository();
    private final LinkRepository links = new LinkRepository();
    private final ResponseRepository responses = new ResponseRepository();
    private final Holding holding = new Holding();
    private final CoordinatorRepository coordinators = new CoordinatorRepository();
    private final ClosedRoundCache<ResultKey, ScanResult> results = new ClosedRoundCache<>(256, 256, CACHE_AGE_NANOS,
            result -> 1, System::nanoTime);
    private final ClosedRoundCache<ReportKey, Rendered> reports = new ClosedRoundCache<>(512, 64L << 20, CACHE_AGE_NANOS,
            Rendered::weight, System::nanoTime);

    public RoundService(Sql sql, Clock clock, ScanReader scanReader, RuleSetInUse ruleSets) {
        this.sql = sql;
        this.clock = clock;
        this.scanReader = scanReader;
        this.ruleSets = ruleSets;
    }

    /**
     * What a coordinator asks for in a new round.
     *
     * @param personalLinks how many personal links to make (only for {@link LinkKind#PERSONAL})
     * @param withJoinCode  ask a join code on the shared link
     */
    public record NewRound(Organisation organisation, String questionnaireId, List<Language> languages, LocalDate closesOn,
            int minRespondents, LinkKind linkKind, int personalLinks, boolean withJoinCode) {

        public NewRound {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    /** A round as its coordinator follows it: never who answered what, only how many. */
    public record Overview(Round round, int respondents, int started, List<LinkRepository.PersonalLink> personalLinks,
            boolean minimumFixed) {

        public List<LinkRepository.PersonalLink> unusedLinks() {
            return personalLinks.stream().filter(link -> link.state() != LinkState.SUBMITTED).toList();
        }

        public boolean enoughRespondents() {
            return respondents >= round.minRespondents();
        }
    }

    /** A round in a list, with its count of responses. */
    public record Summary(Round round, int respondents) {
    }

    /**
     * A report, or why there is none; {@code utf8} is the body encoded once per kept report (a large report
     * cost more to encode on every request than to look up: issue 25, stop 28).
     */
    public record ReportOutcome(String body, ReportFormat format, int respondents, int minimum, boolean open, byte[] utf8) {

        public boolean shown() {
            return body != null;
        }
    }

    /** A rendered report with its UTF-8 bytes. */
    private record Rendered(String text, byte[] utf8) {

        Rendered(String text) {
            this(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** Characters and bytes, both kept: the cache's weight. */
        int weight() {
            return text.length() + utf8.length;
        }
    }

    public Round create(Coordinator coordinator, NewRound request) {
        check(request);
        LocalDate today = LocalDate.now(clock);
        return sql.inTransaction(tx -> insertRound(tx, organisationFor(tx, coordinator, request.organisation().name(), today),
                request, today));
    }

    /**
     * A round of an organisation the platform knows (an organisation's API token makes these): it
     * follows the organisation's latest round and its coordinators see it.
     *
     * @throws Refusal 404 for an unknown organisation, 409 for an archived one
     */
    public Round createIn(String organisationId, NewRound request) {
        check(request);
        LocalDate today = LocalDate.now(clock);
        return sql.inTransaction(tx -> {
            if (tx.count("SELECT COUNT(*) FROM organisations WHERE id = ?", organisationId) == 0) {
                throw Refusal.notFound();
            }
            if (tx.count("SELECT COUNT(*) FROM organisations WHERE id = ? AND archived = TRUE", organisationId) > 0) {
                throw new Refusal(Kind.CONFLICT, "organisation-archived", null);
            }
            return insertRound(tx, organisationId, request, today);
        });
    }

    private Round insertRound(Tx tx, String organisationId, NewRound request, LocalDate today) throws SQLException {
        {
            String previous = rounds.latestOf(tx, organisationId).map(Round::id).orElse(null);
            boolean shared = request.linkKind() == LinkKind.SHARED;
            Round round = new Round(Tokens.id(), organisationId, previous, request.organisation(), request.questionnaireId(),
                    request.languages(), request.closesOn(), request.minRespondents(), request.linkKind(),
                    shared ? Tokens.secret() : null, shared && request.withJoinCode() ? Tokens.joinCode() : null,
                    RoundStatus.OPEN, today, null);
            rounds.insert(tx, round);
            if (!shared) {
                for (int number = 1; number <= request.personalLinks(); number++) {
                    links.insert(tx, Tokens.secret(), round.id(), LinkKind.PERSONAL, number, LinkState.UNUSED);
                }
            }
            return round;
        }
    }

    private String organisationFor(Tx tx, Coordinator coordinator, String name, LocalDate today) throws SQLException {
        Optional<String> existing = coordinator == null ? rounds.findUncoordinatedOrganisation(tx, name)
                : rounds.findOrganisation(tx, coordinator.id(), name);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = Tokens.id();
        rounds.insertOrganisation(tx, id, name, today);
        if (coordinator != null) {
            coordinators.addToOrganisation(tx, coordinator.id(), id);
        }
        return id;
    }

    private void check(NewRound request) {
        Organisation organisation = request.organisation();
        if (organisation == null) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", "name");
        }
        if (organisation.name().isBlank() || organisation.name().length() > 200) {
            throw new Refusal(Kind.BAD_INPUT, "name-length", "name", "max", 200);
        }
        if (scanReader.questionnaires().find(request.questionnaireId()).isEmpty()) {
            throw new Refusal(Kind.BAD_INPUT, "unknown-questionnaire", "questionnaire", "id", request.questionnaireId(),
                    "known", String.join(", ", scanReader.questionnaires().ids()));
        }
        if (request.languages().isEmpty()) {
            throw new Refusal(Kind.BAD_INPUT, "no-language", "languages");
        }
        checkMinimum(request.minRespondents());
        if (request.closesOn() != null && request.closesOn().isBefore(LocalDate.now(clock))) {
            throw new Refusal(Kind.BAD_INPUT, "closes-in-past", "closesOn");
        }
        if (request.linkKind() == LinkKind.PERSONAL
                && (request.personalLinks() < 1 || request.personalLinks() > MAX_PERSONAL_LINKS)) {
            throw new Refusal(Kind.BAD_INPUT, "link-count", "personalLinks", "max", MAX_PERSONAL_LINKS);
        }
    }

    private static void checkMinimum(int minimum) {
        if (minimum < Round.LOWEST_MINIMUM || minimum > MAX_MINIMUM) {
            throw new Refusal(Kind.BAD_INPUT, "minimum-range", "minRespondents", "lowest", Round.LOWEST_MINIMUM,
                    "max", MAX_MINIMUM);
        }
    }

    public List<Summary> roundsOf(Coordinator coordinator) {
        return sql.inTransaction(tx -> {
            List<Summary> result = new ArrayList<>();
            for (Round round : rounds.listFor(tx, coordinator.id())) {
                result.add(new Summary(round, responses.count(tx, round.id())));
            }
            return result;
        });
    }

    public Overview overview(Coordinator coordinator, String roundId) {
        return sql.inTransaction(tx -> {
            Round round = reachable(tx, coordinator, roundId);
            return new Overview(round, responses.count(tx, round.id()), links.countStarted(tx, round.id()),
                    links.personalLinks(tx, round.id()), links.anyAnswerIn(tx, round.id()));
        });
    }

    /** Changes the anonymity minimum, which is possible only until the first answer is in. */
    public void changeMinimum(Coordinator coordinator, String roundId, int minimum) {
        checkMinimum(minimum);
        sql.inTransaction(tx -> {
            Round round = reachableForUpdate(tx, coordinator, roundId);
            if (links.anyAnswerIn(tx, round.id()) || responses.count(tx, round.id()) > 0) {
                throw new Refusal(Kind.CONFLICT, "minimum-fixed", "minRespondents");
            }
            rounds.updateMinimum(tx, round.id(), minimum);
            return null;
        });
    }

    public Round close(Coordinator coordinator, String roundId) {
        Round closed = sql.inTransaction(tx -> {
            Round round = reachableForUpdate(tx, coordinator, roundId);
            if (!round.isClosed()) {
                // Before anything reads them: the held rest joins the written ones, all in one random order.
                holding.closeOut(tx, round.id());
            }
            // Nobody answers any more: the addresses links were mailed to are forgotten now.
            MailRepository.forgetRound(tx, round.id());
            rounds.close(tx, round.id(), LocalDate.now(clock));
            return rounds.find(tx, round.id()).orElseThrow();
        });
        prepareReport(coordinator, closed);
        return closed;
    }

    /**
     * Advises a round that just closed, and renders its HTML report in its first language, on a
     * background thread: the coordinator who opens it next finds it kept (or joins the one being made)
     * instead of waiting for the rules. At most {@value #PREPARING} rounds wait; more are left to their
     * first opening. A round that cannot be reported (below its minimum, erased meanwhile) is skipped.
     */
    private void prepareReport(Coordinator coordinator, Round round) {
        if (round.languages().isEmpty()) {
            return;
        }
        Language language = round.languages().get(0);
        try {
            PREPARATION.execute(() -> {
                try {
                    report(coordinator, round.id(), ReportFormat.HTML, language);
                } catch (RuntimeException e) {
                    LOG.debug("The report of a closed round was not prepared; its first opening makes it", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException full) {
            LOG.debug("Too many closed rounds wait for their reports; this one is made at its first opening");
        }
    }

    /** The respondents counted so far. */
    public int respondents(Coordinator coordinator, String roundId) {
        return sql.inTransaction(tx -> responses.count(tx, reachable(tx, coordinator, roundId).id()));
    }

    /**
     * The round's report. Shown only once the round is closed (a report that changes with every
     * response would show what each newcomer answered) and only from the anonymity minimum on.
     */
    public ReportOutcome report(Coordinator coordinator, String roundId, ReportFormat format, Language language) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        // Everything the report's key is made of, in one transaction: a kept report then costs one
        // short read, not five.
        record Read(Round round, int respondents, Round previous, int previousRespondents, List<AgreementReview> reviews,
                RoundContext context) {
        }
        Read read = sql.inTransaction(tx -> {
            Round round = reachable(tx, coordinator, roundId);
            int respondents = responses.count(tx, round.id());
            if (!shown(round, respondents)) {
                return new Read(round, respondents, null, 0, List.of(), RoundContext.NONE);
            }
            List<Round> earlier = earlierRounds(tx, round);
            List<AgreementReview> reviews = TeamSessionService.reviews(tx, earlier);
            Round previous = earlier.isEmpty() ? null : reachable(tx, coordinator, earlier.get(0).id());
            int previousRespondents = previous == null ? 0 : responses.count(tx, previous.id());
            RoundContext context = TeamSessionService.picture(tx, roundId).map(RoundContext::of).orElse(RoundContext.NONE)
                    .withReviews(reviews);
            return new Read(round, respondents, previous, previousRespondents, reviews, context);
        });
        Round round = read.round();
        if (!shown(round, read.respondents())) {
            return new ReportOutcome(null, format, read.respondents(), round.minRespondents(), !round.isClosed(), null);
        }
        RuleSetInUse.Rules rules = ruleSets.current();
        Optional<ScanResult> previous = read.previous() == null || !shown(read.previous(), read.previousRespondents())
                ? Optional.empty()
                : Optional.of(result(coordinator, rules, read.previous(), read.previousRespondents(), null));
        History history = previous.isEmpty() && read.reviews().isEmpty() ? History.NONE
                : History.of(previous.map(ScanResult::scores).orElse(null), read.reviews());
        Rendered body = reports.get(rules, new ReportKey(round, read.respondents(), history, read.context(), format, language),
                () -> new Rendered(rules.reporter().render(result(coordinator, rules, round, read.respondents(), history),
                        read.context(), format, ReportOptions.in(language).withMinimumRoleSize(ROLE_MINIMUM))));
        return new ReportOutcome(body.text(), format, read.respondents(), round.minRespondents(), false, body.utf8());
    }

    /** A report may be shown once its round is closed and holds at least its minimum of responses. */
    private static boolean shown(Round round, int respondents) {
        return round.isClosed() && respondents >= round.minRespondents();
    }

    /**
     * Everything a closed round's report is made of, as a key: the round's row (with the organisation's
     * profile and the closing date), its number of responses, the history and the team session's
     * picture, the format and the language. The rules in use are the cache's own key.
     */
    private record ReportKey(Round round, int respondents, History history, RoundContext context, ReportFormat format,
            Language language) {
    }

    /** A closed round's scores and advice: with a history for its report, without (null) for comparisons and charts. */
    private record ResultKey(Round round, int respondents, History history) {
    }

    /** The scores and advice of a round already found shown, made once per rules, round and history. */
    private ScanResult result(Coordinator coordinator, RuleSetInUse.Rules rules, Round round, int respondents, History history) {
        return results.get(rules, new ResultKey(round, respondents, history), () -> {
            // Read again with the access check in one transaction: the round may have been erased meanwhile.
            Scan scan = scanIfShown(coordinator, round.id()).orElseThrow(Refusal::notFound);
            Questionnaire questionnaire = scanReader.questionnaires().find(scan.questionnaireId()).orElseThrow();
            return history == null ? rules.advisor().evaluate(scan, questionnaire)
                    : rules.advisor().evaluate(scan, questionnaire, history);
        });
    }

    /**
     * The existing comparison of the round with the round it follows (both closed and at their minimum),
     * with what became of the agreements made in the earlier round's team session (their status as marked now).
     *
     * @throws Refusal 409 when either report may not be shown or the round follows none
     */
    public String comparison(Coordinator coordinator, String roundId, ReportFormat format, Language language) {
        Round round = overview(coordinator, roundId).round();
        Optional<ScanResult> later = resultIfShown(coordinator, round.id());
        Optional<ScanResult> earlier = round.previousRoundId() == null ? Optional.empty()
                : resultIfShown(coordinator, round.previousRoundId());
        if (later.isEmpty() || earlier.isEmpty()) {
            throw new Refusal(Kind.CONFLICT, "no-comparison", null);
        }
        List<AgreementReview> agreements = sql.inTransaction(tx -> TeamSessionService.reviews(tx,
                rounds.find(tx, round.previousRoundId()).stream().toList()));
        return ruleSets.current().reporter().renderComparison(earlier.get(), later.get(), RoundContext.NONE.withReviews(agreements),
                format, ReportOptions.in(language));
    }

    /** The round's scores and advice, when its report may be shown (closed, at its minimum). */
    Optional<ScanResult> resultIfShown(Coordinator coordinator, String roundId) {
        record Counted(Round round, int respondents) {
        }
        Counted counted = sql.inTransaction(tx -> {
            Round round = reachable(tx, coordinator, roundId);
            return new Counted(round, responses.count(tx, round.id()));
        });
        if (!shown(counted.round(), counted.respondents())) {
            return Optional.empty();
        }
        return Optional.of(result(coordinator, ruleSets.current(), counted.round(), counted.respondents(), null));
    }

    /** A round on the organisation page: its scores once its report may be shown, else null. */
    public record RoundPoint(Round round, int respondents, ScoreCard scores) {
    }

    /** An organisation over time: its rounds, oldest first, and every agreement its teams made. */
    public record OrganisationHistory(String id, String name, List<RoundPoint> rounds,
            List<TeamSessionService.MarkedAgreement> agreements) {
    }

    public OrganisationHistory organisation(Coordinator coordinator, String organisationId) {
        record Rows(String name, List<Round> rounds, List<Integer> counts, List<TeamSessionService.MarkedAgreement> agreements) {
        }
        Rows rows = sql.inTransaction(tx -> {
            Optional<String> name = rounds.organisationName(tx, organisationId);
            if (name.isEmpty() || (coordinator != null && !coordinators.coordinates(tx, coordinator.id(), organisationId))) {
                throw Refusal.notFound();
            }
            List<Round> list = rounds.listOfOrganisation(tx, organisationId);
            List<Integer> counts = new ArrayList<>();
            for (Round round : list) {
                counts.add(responses.count(tx, round.id()));
            }
            return new Rows(name.get(), list, counts, TeamSessionService.agreements(tx, list));
        });
        List<RoundPoint> points = new ArrayList<>();
        for (int i = 0; i < rows.rounds().size(); i++) {
            Round round = rows.rounds().get(i);
            points.add(new RoundPoint(round, rows.counts().get(i),
                    resultIfShown(coordinator, round.id()).map(ScanResult::scores).orElse(null)));
        }
        return new OrganisationHistory(organisationId, rows.name(), points, rows.agreements());
    }

    /** The rounds this one follows, the previous one first (following previous_round_id). */
    List<Round> earlierRounds(Tx tx, Round round) throws SQLException {
        List<Round> earlier = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(round.id()));
        String previous = round.previousRoundId();
        while (previous != null && seen.add(previous)) {
            Optional<Round> found = rounds.find(tx, previous);
            if (found.isEmpty()) {
                break;
            }
            earlier.add(found.get());
            previous = found.get().previousRoundId();
        }
        return earlier;
    }

    /** The round's questionnaire. */
    Questionnaire questionnaire(Round round) {
        return scanReader.questionnaires().find(round.questionnaireId()).orElseThrow();
    }

    /**
     * The fewest respondents a role needs to be shown: in the report (the library's default
     * {@link ReportOptions#minimumRoleSize()}, which the server keeps) and on the export's rows.
     */
    public static final int ROLE_MINIMUM = ReportOptions.defaults().minimumRoleSize();

    private static final SecureRandom SHUFFLE = new SecureRandom();

    /**
     * The round as a scan document (the existing contract), when its report may be shown, with
     * the report's rules applied to every row: see {@link #anonymous(Scan, int, Random)}.
     *
     * @throws Refusal 409 while the round is open or below its minimum
     */
    public Scan exportScan(Coordinator coordinator, String roundId) {
        Scan scan = scanIfShown(coordinator, roundId).orElseThrow(() -> {
            Overview overview = overview(coordinator, roundId);
            return overview.round().isClosed()
                    ? new Refusal(Kind.CONFLICT, "below-minimum", null, "respondents", overview.respondents(),
                            "minimum", overview.round().minRespondents())
                    : new Refusal(Kind.CONFLICT, "round-open", null);
        });
        return anonymous(scan, ROLE_MINIMUM, SHUFFLE);
    }

    /**
     * The scan as it may leave the server: every row keeps its answers, but
     * <ul>
     * <li>a row shows its role only when the report shows that role apart (at least
     * {@code roleMinimum} respondents, and the roles left out together either none or at least
     * {@code roleMinimum}: the report's {@code RoleSelection}); every other row says
     * {@link Role#OTHER}, the scan contract's neutral role;</li>
     * <li>no row carries a note (the notes are in the report only, as its sorted list);</li>
     * <li>the rows come in a random order, each with a fresh random id, so two exports of one round
     * differ and neither says anything about who answered when.</li>
     * </ul>
     */
    static Scan anonymous(Scan scan, int roleMinimum, Random random) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        for (Respondent respondent : scan.respondents()) {
            counts.merge(respondent.role(), 1, Integer::sum);
        }
        Set<Role> shown = EnumSet.noneOf(Role.class);
        int rest = 0;
        for (Map.Entry<Role, Integer> count : counts.entrySet()) {
            if (count.getValue() >= roleMinimum) {
                shown.add(count.getKey());
            } else {
                rest += count.getValue();
            }
        }
        if (!shown.isEmpty() && rest > 0 && rest < roleMinimum) {
            // The shown roles and the total together would give the few others away: the report shows no role then.
            shown.clear();
        }
        List<Respondent> rows = new ArrayList<>(scan.respondents().size());
        for (Respondent respondent : scan.respondents()) {
            rows.add(new Respondent(Tokens.id(), shown.contains(respondent.role()) ? respondent.role() : Role.OTHER,
                    respondent.answers(), null));
        }
        Collections.shuffle(rows, random);
        return new Scan(scan.organisation(), scan.questionnaireId(), scan.date(), rows, scan.note());
    }

    private Optional<Scan> scanIfShown(Coordinator coordinator, String roundId) {
        return sql.inTransaction(tx -> {
            Round round = reachable(tx, coordinator, roundId);
            List<ResponseRepository.StoredResponse> stored = responses.list(tx, round.id());
            if (!round.isClosed() || stored.size() < round.minRespondents()) {
                return Optional.empty();
            }
            List<Respondent> respondents = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                ResponseRepository.StoredResponse response = stored.get(i);
                respondents.add(new Respondent("r" + (i + 1), response.role() == null ? Role.OTHER : response.role(),
                        response.answers(), response.note()));
            }
            LocalDate date = round.closedOn() != null ? round.closedOn() : round.createdOn();
            return Optional.of(new Scan(round.organisation(), round.questionnaireId(), date, respondents));
        });
    }

    /**
     * Imports a scan document as a closed round of the coordinator (or, through the API, of no
     * coordinator). The scan's respondent ids are not kept: each response gets a fresh random id.
     *
     * @throws org.inclusionscan.model.InvalidInputException with every problem of the document
     */
    public Round importScan(Coordinator coordinator, byte[] json, int minRespondents) {
        checkMinimum(minRespondents);
        Scan scan;
        try {
            scan = scanReader.read(new ByteArrayInputStream(json), "scan");
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail.", e);
        }
        LocalDate today = LocalDate.now(clock);
        return sql.inTransaction(tx -> {
            String organisationId = organisationFor(tx, coordinator, scan.organisation().name(), today);
            String previous = rounds.latestOf(tx, organisationId).map(Round::id).orElse(null);
            Round round = new Round(Tokens.id(), organisationId, previous, scan.organisation(), scan.questionnaireId(),
                    List.of(Language.values()), null, minRespondents, LinkKind.SHARED, null, null, RoundStatus.CLOSED,
                    today, scan.date());
            rounds.insert(tx, round);
            List<ResponseRepository.StoredResponse> imported = new ArrayList<>();
            for (Respondent respondent : scan.respondents()) {
                imported.add(new ResponseRepository.StoredResponse(null, respondent.role(), respondent.note(),
                        respondent.answers()));
            }
            holding.writeShuffled(tx, round.id(), imported);
            return round;
        });
    }

    /** The round, when the coordinator may see it (the API, coordinator null, sees every round). */
    Round reachable(Tx tx, Coordinator coordinator, String roundId) throws SQLException {
        return check(tx, coordinator, rounds.find(tx, roundId));
    }

    Round reachableForUpdate(Tx tx, Coordinator coordinator, String roundId) throws SQLException {
        return check(tx, coordinator, rounds.findForUpdate(tx, roundId));
    }

    private Round check(Tx tx, Coordinator coordinator, Optional<Round> round) throws SQLException {
        // Somebody else's round is "not found", not "forbidden": its existence is not for them to learn.
        if (round.isEmpty() || (coordinator != null && !coordinators.coordinates(tx, coordinator.id(), round.get().organisationId()))) {
            throw Refusal.notFound();
        }
        return round.get();
    }
}
