package org.inclusionscan.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.store.RoundRepository;
import org.inclusionscan.server.store.TeamSessionRepository;
import org.inclusionscan.server.store.TeamSessionRepository.StoredAgreement;
import org.inclusionscan.server.store.TeamSessionRepository.StoredSession;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.Card;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.Deck;
import org.inclusionscan.session.DeckBuilder;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The team session ("the game"): the coordinator starts it on a closed round that met its
 * minimum, participants join by a short code and place themselves on each card, the coordinator
 * records each card's outcome, skips, goes back and ends it. Every step is one transaction, so
 * nothing lives in a server's memory: two processes on one database serve the same session.
 * Thread-safe.
 */
public final class TeamSessionService {

    /** The distribution can be revealed from this many places on, so nobody's place is seen alone. */
    public static final int LIVE_MINIMUM = DeckBuilder.LOWEST_MINIMUM;
    public static final int MAX_AGREEMENTS = 5;

    private final Sql sql;
    private final Clock clock;
    private final RoundService rounds;
    private final ToolCatalogue tools;
    private final TeamSessionRepository sessions = new TeamSessionRepository();
    private final RoundRepository roundRows = new RoundRepository();
    private final CoordinatorRepository coordinators = new CoordinatorRepository();

    public TeamSessionService(Sql sql, Clock clock, RoundService rounds, ToolCatalogue tools) {
        this.sql = sql;
        this.clock = clock;
        this.rounds = rounds;
        this.tools = tools;
    }

    /** A running or ended session, with its deck read back. */
    public record Session(String id, Round round, String joinCode, Deck deck, int position, boolean ended, LocalDate startedOn) {

        public Card card() {
            return deck.cards().get(position - 1);
        }

        public int cardCount() {
            return deck.cards().size();
        }
    }

    /**
     * What the shared screen and the phones follow, as it is in the database now. While a card is
     * open only how many placed themselves shows; the distribution shows once the coordinator
     * revealed it, as it was at that moment (places on a revealed card are refused).
     *
     * @param votes    how many placed themselves on the card (for a revealed card: how many were revealed)
     * @param revealed whether the coordinator revealed the card's distribution
     * @param counts   the revealed places on 1..5, or null while the card is not revealed
     */
    public record Live(int position, String card, int participants, int votes, boolean revealed, List<Integer> counts,
            boolean ended) {
    }

    /** The shared screen: the session, what is live, and the current card's recorded outcome. */
    public record Screen(Session session, Questionnaire questionnaire, Live live, Integer sharedScore,
            List<StoredAgreement> agreements, int outcomes) {
    }

    /**
     * The end of a session: each card the team recorded, in the deck's order, beside what the
     * respondents said, and the action plan (every agreement, in the deck's order).
     */
    public record Summary(Session session, Questionnaire questionnaire, List<RecordedCard> cards, List<StoredAgreement> plan) {
    }

    /** A card with the shared score the team agreed on. */
    public record RecordedCard(Card card, int sharedScore) {
    }

    /**
     * A phone's view: the current card, the participant's own place on it, and the card's revealed
     * distribution (null until the coordinator reveals it).
     */
    public record Phone(Session session, Questionnaire questionnaire, Integer place, List<Integer> revealed) {
    }

    /** A joined participant: the session and the token the phone keeps in its cookie. */
    public record Participation(Session session, String token, boolean rejoined) {
    }

    /**
     * Starts the round's team session, or returns the one it has.
     *
     * @throws Refusal 409 while the round is open or below its minimum
     */
    public Session start(Coordinator coordinator, String roundId) {
        ScanResult result = rounds.resultIfShown(coordinator, roundId).orElseThrow(
                () -> new Refusal(Kind.CONFLICT, "session-needs-report", null));
        return sql.inTransaction(tx -> {
            Round round = rounds.reachableForUpdate(tx, coordinator, roundId);
            Optional<StoredSession> existing = sessions.findByRound(tx, round.id());
            if (existing.isPresent()) {
                return read(tx, existing.get());
            }
            Deck deck = DeckBuilder.create().build(result, round.minRespondents());
            if (deck.cards().isEmpty()) {
                throw new Refusal(Kind.CONFLICT, "session-no-cards", null);
            }
            String code = Tokens.joinCode();
            while (sessions.findByCode(tx, code).isPresent()) {
                code = Tokens.joinCode();
            }
            StoredSession stored = new StoredSession(Tokens.id(), round.id(), code, json(deck), deck.cards().size(), 1, false,
                    LocalDate.now(clock));
            sessions.insert(tx, stored);
            return read(tx, stored);
        });
    }

    /** The round's session, if it has one. */
    public Optional<Session> ofRound(Coordinator coordinator, String roundId) {
        return sql.inTransaction(tx -> {
            Round round = rounds.reachable(tx, coordinator, roundId);
            Optional<StoredSession> stored = sessions.findByRound(tx, round.id());
            return stored.isEmpty() ? Optional.<Session>empty() : Optional.of(read(tx, stored.get()));
        });
    }

    public Screen screen(Coordinator coordinator, String sessionId) {
        return sql.inTransaction(tx -> {
            Session session = reachable(tx, coordinator, sessionId);
            String key = session.card().ref().key();
            Map<String, Integer> shared = sessions.sharedScores(tx, session.id());
            List<StoredAgreement> agreements = sessions.agreements(tx, session.id()).stream()
                    .filter(agreement -> agreement.cardKey().equals(key)).toList();
            return new Screen(session, rounds.questionnaire(session.round()), live(tx, session), shared.get(key), agreements,
                    shared.size());
        });
    }

    public Summary summary(Coordinator coordinator, String sessionId) {
        return sql.inTransaction(tx -> {
            Session session = reachable(tx, coordinator, sessionId);
            Map<String, Integer> shared = sessions.sharedScores(tx, session.id());
            List<StoredAgreement> agreements = sessions.agreements(tx, session.id());
            List<RecordedCard> cards = new ArrayList<>();
            List<StoredAgreement> plan = new ArrayList<>();
            for (Card card : session.deck().cards()) {
                String key = card.ref().key();
                if (shared.containsKey(key)) {
                    cards.add(new RecordedCard(card, shared.get(key)));
                    agreements.stream().filter(agreement -> agreement.cardKey().equals(key)).forEach(plan::add);
                }
            }
            return new Summary(session, rounds.questionnaire(session.round()), cards, plan);
        });
    }

    /** What is live now, for the shared screen (SSE and polling). */
    public Live live(Coordinator coordinator, String sessionId) {
        return sql.inTransaction(tx -> live(tx, reachable(tx, coordinator, sessionId)));
    }

    private Live live(Tx tx, Session session) throws SQLException {
        String key = session.card().ref().key();
        Optional<int[]> revealed = sessions.revealed(tx, session.id(), key);
        int votes = revealed.isPresent() ? Arrays.stream(revealed.get()).sum()
                : Arrays.stream(sessions.counts(tx, session.id(), key)).sum();
        return new Live(session.position(), key, sessions.participants(tx, session.id()), votes, revealed.isPresent(),
                revealed.map(TeamSessionService::list).orElse(null), session.ended());
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    /**
     * What a phone follows: the card, whether it was revealed (with the revealed distribution, which
     * the shared screen shows the whole team) and whether the session ended; never live counts.
     */
    public Live phoneLive(String code) {
        return sql.inTransaction(tx -> {
            Session session = byCode(tx, code);
            String key = session.card().ref().key();
            Optional<int[]> revealed = sessions.revealed(tx, session.id(), key);
            return new Live(session.position(), key, 0, 0, revealed.isPresent(), revealed.map(TeamSessionService::list).orElse(null),
                    session.ended());
        });
    }

    /**
     * Reveals the current card's distribution to the team, as it is now; later places on the card
     * are refused. Revealing a revealed card again changes nothing.
     *
     * @throws Refusal 409 for a card that is no longer the current one, with fewer than
     *                 {@link #LIVE_MINIMUM} places, or once the session ended
     */
    public void reveal(Coordinator coordinator, String sessionId, String cardKey) {
        sql.inTransaction(tx -> {
            Session session = reachableForUpdate(tx, coordinator, sessionId);
            Card card = card(session, cardKey);
            if (session.ended()) {
                throw new Refusal(Kind.CONFLICT, "session-ended", null);
            }
            if (card.position() != session.position()) {
                throw new Refusal(Kind.CONFLICT, "reveal-not-current", "card");
            }
            if (sessions.revealed(tx, session.id(), cardKey).isPresent()) {
                return null;
            }
            int[] counts = sessions.counts(tx, session.id(), cardKey);
            int votes = Arrays.stream(counts).sum();
            if (votes < LIVE_MINIMUM) {
                throw new Refusal(Kind.CONFLICT, "reveal-too-few", null, "votes", votes, "minimum", LIVE_MINIMUM);
            }
            sessions.reveal(tx, session.id(), cardKey, counts);
            return null;
        });
    }

    /**
     * Joins the session of the code. A phone that already holds a token of this session keeps it
     * (and its places); otherwise it gets a new one.
     *
     * @param browserCoordinator the coordinator whose login the phone's browser holds, or null
     * @throws Refusal 404 for an unknown code, 410 once the session ended, 403 for a browser logged in
     *                 as a coordinator of the session's organisation
     */
    public Participation join(String code, String heldToken, Coordinator browserCoordinator) {
        return sql.inTransaction(tx -> {
            Session session = byCode(tx, code);
            refuseCoordinator(tx, session, browserCoordinator);
            if (heldToken != null && sessions.isParticipant(tx, session.id(), Tokens.sha256(heldToken))) {
                return new Participation(session, heldToken, true);
            }
            if (session.ended()) {
                throw new Refusal(Kind.GONE, "session-ended", null);
            }
            String token = Tokens.secret();
            sessions.join(tx, session.id(), Tokens.sha256(token), clock.millis());
            return new Participation(session, token, false);
        });
    }

    public Phone phone(String code, String token, Coordinator browserCoordinator) {
        return sql.inTransaction(tx -> {
            Session session = byCode(tx, code);
            refuseCoordinator(tx, session, browserCoordinator);
            String hash = participant(tx, session, token);
            String key = session.card().ref().key();
            return new Phone(session, rounds.questionnaire(session.round()), sessions.voteOf(tx, session.id(), key, hash).orElse(null),
                    sessions.revealed(tx, session.id(), key).map(TeamSessionService::list).orElse(null));
        });
    }

    /**
     * The coordinator's own phones must not count toward the minimum: with two of them a coordinator
     * could read the third person's place from a revealed distribution.
     */
    private void refuseCoordinator(Tx tx, Session session, Coordinator browserCoordinator) throws SQLException {
        if (browserCoordinator != null && coordinators.coordinates(tx, browserCoordinator.id(), session.round().organisationId())) {
            throw new Refusal(Kind.FORBIDDEN, "session-coordinator-plays", null);
        }
    }

    /**
     * Places the participant on the card (again, replacing an earlier place).
     *
     * @throws Refusal 400 for a place outside 1..5 or a card not in the deck, 403 for a phone that
     *                 did not join or a browser of the organisation's coordinator, 409 once the session
     *                 ended or the card was revealed
     */
    public void vote(String code, String token, String cardKey, int place, Coordinator browserCoordinator) {
        if (place < 1 || place > 5) {
            throw new Refusal(Kind.BAD_INPUT, "place-range", "place");
        }
        sql.inTransaction(tx -> {
            Session session = byCode(tx, code);
            refuseCoordinator(tx, session, browserCoordinator);
            String hash = participant(tx, session, token);
            if (session.ended()) {
                throw new Refusal(Kind.CONFLICT, "session-ended", null);
            }
            card(session, cardKey);
            if (sessions.revealed(tx, session.id(), cardKey).isPresent()) {
                throw new Refusal(Kind.CONFLICT, "card-revealed", "card");
            }
            sessions.vote(tx, session.id(), cardKey, hash, place);
            return null;
        });
    }

    /**
     * Records the card's outcome (replacing an earlier one) and moves on to the next card.
     *
     * @throws Refusal 400 for a score outside 1..5 or an unknown tool
     */
    public void record(Coordinator coordinator, String sessionId, String cardKey, int sharedScore, List<NewAgreement> agreements) {
        if (sharedScore < 1 || sharedScore > 5) {
            throw new Refusal(Kind.BAD_INPUT, "place-range", "sharedScore");
        }
        if (agreements.size() > MAX_AGREEMENTS) {
            throw new Refusal(Kind.BAD_INPUT, "too-many-agreements", "agreements", "max", MAX_AGREEMENTS);
        }
        sql.inTransaction(tx -> {
            Session session = reachableForUpdate(tx, coordinator, sessionId);
            Card card = card(session, cardKey);
            List<Agreement> made = new ArrayList<>();
            for (NewAgreement agreement : agreements) {
                if (agreement.tool() != null && tools.find(agreement.tool()).isEmpty()) {
                    throw new Refusal(Kind.BAD_INPUT, "unknown-tool", "tool", "value", agreement.tool());
                }
                made.add(new Agreement(card.ref().factor(), agreement.action(), agreement.role(), agreement.due(), agreement.tool()));
            }
            sessions.saveOutcome(tx, session.id(), cardKey, sharedScore, made, LocalDate.now(clock), Tokens::id);
            if (card.position() == session.position() && session.position() < session.cardCount()) {
                sessions.move(tx, session.id(), session.position() + 1);
            }
            return null;
        });
    }

    /** An agreement as the coordinator types it; checked here so the form can name the field. */
    public record NewAgreement(String action, org.inclusionscan.model.Role role, LocalDate due, String tool) {

        public NewAgreement {
            if (action == null || action.isBlank()) {
                throw new Refusal(Kind.BAD_INPUT, "field-required", "action");
            }
            if (action.length() > Agreement.MAX_ACTION_LENGTH) {
                throw new Refusal(Kind.BAD_INPUT, "action-length", "action", "max", Agreement.MAX_ACTION_LENGTH);
            }
            if (role == null) {
                throw new Refusal(Kind.BAD_INPUT, "field-required", "role");
            }
            if (due == null) {
                throw new Refusal(Kind.BAD_INPUT, "field-required", "due");
            }
            action = action.strip();
        }
    }

    /** Skips forward (+1) or goes back (-1); stays on the first or the last card. */
    public void move(Coordinator coordinator, String sessionId, int step) {
        sql.inTransaction(tx -> {
            Session session = reachableForUpdate(tx, coordinator, sessionId);
            int position = Math.max(1, Math.min(session.cardCount(), session.position() + step));
            sessions.move(tx, session.id(), position);
            return null;
        });
    }

    public void end(Coordinator coordinator, String sessionId) {
        sql.inTransaction(tx -> {
            Session session = reachableForUpdate(tx, coordinator, sessionId);
            if (!session.ended()) {
                sessions.end(tx, session.id(), LocalDate.now(clock));
            }
            return null;
        });
    }

    /** The round's agreed picture, once its session has at least one outcome. */
    static Optional<AgreedPicture> picture(Tx tx, String roundId) throws SQLException {
        TeamSessionRepository sessions = new TeamSessionRepository();
        Optional<StoredSession> stored = sessions.findByRound(tx, roundId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Deck deck = deck(stored.get().deckJson());
        Map<String, Integer> shared = sessions.sharedScores(tx, stored.get().id());
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        List<StoredAgreement> agreements = sessions.agreements(tx, stored.get().id());
        List<CardOutcome> outcomes = new ArrayList<>();
        for (Card card : deck.cards()) {
            Integer score = shared.get(card.ref().key());
            if (score != null) {
                outcomes.add(new CardOutcome(card.ref(), score, agreements.stream()
                        .filter(agreement -> agreement.cardKey().equals(card.ref().key())).map(StoredAgreement::agreement).toList()));
            }
        }
        return Optional.of(new AgreedPicture(stored.get().startedOn(), outcomes));
    }

    /** Every agreement made in the team sessions of these rounds, with the status marked so far. */
    static List<AgreementReview> reviews(Tx tx, List<Round> earlier) throws SQLException {
        TeamSessionRepository sessions = new TeamSessionRepository();
        List<AgreementReview> reviews = new ArrayList<>();
        for (Round round : earlier) {
            Optional<StoredSession> stored = sessions.findByRound(tx, round.id());
            if (stored.isPresent()) {
                for (StoredAgreement agreement : sessions.agreements(tx, stored.get().id())) {
                    reviews.add(new AgreementReview(agreement.agreement(), stored.get().startedOn(), agreement.status()));
                }
            }
        }
        return reviews;
    }

    /** Every agreement of these rounds' sessions, with its id (to mark it) and its round. */
    static List<MarkedAgreement> agreements(Tx tx, List<Round> rounds) throws SQLException {
        TeamSessionRepository sessions = new TeamSessionRepository();
        List<MarkedAgreement> result = new ArrayList<>();
        for (Round round : rounds) {
            Optional<StoredSession> stored = sessions.findByRound(tx, round.id());
            if (stored.isPresent()) {
                for (StoredAgreement agreement : sessions.agreements(tx, stored.get().id())) {
                    result.add(new MarkedAgreement(agreement.id(), round, stored.get().startedOn(), agreement.agreement(),
                            agreement.status()));
                }
            }
        }
        return result;
    }

    /** An agreement as the organisation page lists it. */
    public record MarkedAgreement(String id, Round round, LocalDate agreedOn, Agreement agreement, AgreementStatus status) {
    }

    /**
     * Marks what became of an agreement (done, ongoing, dropped, or open again).
     *
     * @return the organisation of the agreement's round
     */
    public String mark(Coordinator coordinator, String agreementId, AgreementStatus status) {
        return sql.inTransaction(tx -> {
            String sessionId = sessions.sessionOfAgreement(tx, agreementId).orElseThrow(Refusal::notFound);
            Session session = reachable(tx, coordinator, sessionId);
            sessions.mark(tx, sessionId, agreementId, status);
            return session.round().organisationId();
        });
    }

    private static Card card(Session session, String cardKey) {
        return session.deck().cards().stream().filter(card -> card.ref().key().equals(cardKey)).findFirst()
                .orElseThrow(() -> new Refusal(Kind.BAD_INPUT, "unknown-card", "card"));
    }

    private String participant(Tx tx, Session session, String token) throws SQLException {
        String hash = token == null ? null : Tokens.sha256(token);
        if (hash == null || !sessions.isParticipant(tx, session.id(), hash)) {
            throw new Refusal(Kind.FORBIDDEN, "session-join-first", null);
        }
        return hash;
    }

    private Session byCode(Tx tx, String code) throws SQLException {
        String normal = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (normal.isEmpty() || normal.length() > 20) {
            throw new Refusal(Kind.NOT_FOUND, "session-unknown-code", "code");
        }
        StoredSession stored = sessions.findByCode(tx, normal)
                .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "session-unknown-code", "code"));
        return read(tx, stored);
    }

    private Session reachable(Tx tx, Coordinator coordinator, String sessionId) throws SQLException {
        StoredSession stored = sessions.find(tx, sessionId).orElseThrow(Refusal::notFound);
        rounds.reachable(tx, coordinator, stored.roundId());
        return read(tx, stored);
    }

    private Session reachableForUpdate(Tx tx, Coordinator coordinator, String sessionId) throws SQLException {
        StoredSession stored = sessions.findForUpdate(tx, sessionId).orElseThrow(Refusal::notFound);
        rounds.reachable(tx, coordinator, stored.roundId());
        return read(tx, stored);
    }

    private Session read(Tx tx, StoredSession stored) throws SQLException {
        Round round = roundRows.find(tx, stored.roundId()).orElseThrow();
        return new Session(stored.id(), round, stored.joinCode(), deck(stored.deckJson()), stored.position(), stored.ended(),
                stored.startedOn());
    }

    private static String json(Deck deck) {
        try {
            return Json.mapper().writeValueAsString(deck);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A deck always writes as JSON.", e);
        }
    }

    private static Deck deck(String json) {
        try {
            return Json.mapper().readValue(json, Deck.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored deck cannot be read back.", e);
        }
    }
}
