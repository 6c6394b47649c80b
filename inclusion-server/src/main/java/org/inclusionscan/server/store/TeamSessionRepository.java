package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Role;
import org.inclusionscan.server.db.Sql.Row;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementStatus;

/** Team sessions, their participants, votes, card outcomes and agreements. */
public final class TeamSessionRepository {

    /** A session as stored; the deck stays JSON here, the service reads it. */
    public record StoredSession(String id, String roundId, String joinCode, String deckJson, int cardCount, int position,
            boolean ended, LocalDate startedOn) {
    }

    /** An agreement as stored, with its id and status. */
    public record StoredAgreement(String id, String cardKey, Agreement agreement, AgreementStatus status) {
    }

    private static final String COLUMNS = "id, round_id, join_code, deck_json, card_count, position, status, started_on";

    private static final Row<StoredSession> SESSION = row -> new StoredSession(row.getString(1), row.getString(2),
            row.getString(3), row.getString(4), row.getInt(5), row.getInt(6), "ended".equals(row.getString(7)),
            row.getObject(8, LocalDate.class));

    public void insert(Tx tx, StoredSession session) throws SQLException {
        tx.update("INSERT INTO team_sessions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", session.id(),
                session.roundId(), session.joinCode(), session.deckJson(), session.cardCount(), session.position(),
                session.ended() ? "ended" : "running", session.startedOn());
    }

    public Optional<StoredSession> find(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM team_sessions WHERE id = ?", SESSION, id);
    }

    public Optional<StoredSession> findForUpdate(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM team_sessions WHERE id = ? FOR UPDATE", SESSION, id);
    }

    public Optional<StoredSession> findByCode(Tx tx, String code) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM team_sessions WHERE join_code = ?", SESSION, code);
    }

    public Optional<StoredSession> findByRound(Tx tx, String roundId) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM team_sessions WHERE round_id = ?", SESSION, roundId);
    }

    public void move(Tx tx, String id, int position) throws SQLException {
        tx.update("UPDATE team_sessions SET position = ? WHERE id = ?", position, id);
    }

    public void end(Tx tx, String id, LocalDate on) throws SQLException {
        tx.update("UPDATE team_sessions SET status = 'ended', ended_on = ? WHERE id = ?", on, id);
    }

    /** Adds the participant; false when the token was already in (a rejoin). */
    public boolean join(Tx tx, String sessionId, String tokenHash, long now) throws SQLException {
        return tx.tryInsert("INSERT INTO session_participants (session_id, token_hash, joined_at) VALUES (?, ?, ?)",
                sessionId, tokenHash, now);
    }

    public boolean isParticipant(Tx tx, String sessionId, String tokenHash) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM session_participants WHERE session_id = ? AND token_hash = ?", sessionId,
                tokenHash) > 0;
    }

    public int participants(Tx tx, String sessionId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM session_participants WHERE session_id = ?", sessionId);
    }

    /** Places the participant on the card, replacing an earlier place. */
    public void vote(Tx tx, String sessionId, String cardKey, String tokenHash, int answer) throws SQLException {
        String update = "UPDATE session_votes SET answer = ? WHERE session_id = ? AND card_key = ? AND token_hash = ?";
        if (tx.update(update, answer, sessionId, cardKey, tokenHash) == 0
                && !tx.tryInsert("INSERT INTO session_votes (session_id, card_key, token_hash, answer) VALUES (?, ?, ?, ?)",
                        sessionId, cardKey, tokenHash, answer)) {
            tx.update(update, answer, sessionId, cardKey, tokenHash);
        }
    }

    public Optional<Integer> voteOf(Tx tx, String sessionId, String cardKey, String tokenHash) throws SQLException {
        return tx.one("SELECT answer FROM session_votes WHERE session_id = ? AND card_key = ? AND token_hash = ?",
                row -> row.getInt(1), sessionId, cardKey, tokenHash);
    }

    /** How many participants placed themselves on 1..5 (index 0..4). */
    public int[] counts(Tx tx, String sessionId, String cardKey) throws SQLException {
        int[] counts = new int[5];
        for (int[] pair : tx.list("SELECT answer, COUNT(*) FROM session_votes WHERE session_id = ? AND card_key = ? GROUP BY answer",
                row -> new int[] {row.getInt(1), row.getInt(2)}, sessionId, cardKey)) {
            counts[pair[0] - 1] = pair[1];
        }
        return counts;
    }

    /** Keeps the card's distribution as revealed; false when it was revealed already. */
    public boolean reveal(Tx tx, String sessionId, String cardKey, int[] counts) throws SQLException {
        return tx.tryInsert("INSERT INTO card_reveals (session_id, card_key, count1, count2, count3, count4, count5) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, cardKey, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** The card's distribution as it was revealed (index 0..4 for places 1..5), if it was. */
    public Optional<int[]> revealed(Tx tx, String sessionId, String cardKey) throws SQLException {
        return tx.one("SELECT count1, count2, count3, count4, count5 FROM card_reveals WHERE session_id = ? AND card_key = ?",
                row -> new int[] {row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)}, sessionId, cardKey);
    }

    /** Replaces the card's outcome and its agreements. */
    public void saveOutcome(Tx tx, String sessionId, String cardKey, int sharedScore, List<Agreement> agreements, LocalDate on,
            IdSource ids) throws SQLException {
        tx.update("DELETE FROM agreements WHERE session_id = ? AND card_key = ?", sessionId, cardKey);
        tx.update("DELETE FROM card_outcomes WHERE session_id = ? AND card_key = ?", sessionId, cardKey);
        tx.update("INSERT INTO card_outcomes (session_id, card_key, shared_score, recorded_on) VALUES (?, ?, ?, ?)", sessionId,
                cardKey, sharedScore, on);
        int position = 1;
        for (Agreement agreement : agreements) {
            tx.update("INSERT INTO agreements (id, session_id, card_key, position, factor, action, role, due_on, tool, status) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')", ids.next(), sessionId, cardKey, position++,
                    agreement.factor().id(), agreement.action(), agreement.role().id(), agreement.due(), agreement.tool());
        }
    }

    /** Makes the ids of new rows. */
    @FunctionalInterface
    public interface IdSource {
        String next();
    }

    /** The shared score per card key, in the order recorded. */
    public Map<String, Integer> sharedScores(Tx tx, String sessionId) throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Object[] pair : tx.list("SELECT card_key, shared_score FROM card_outcomes WHERE session_id = ? ORDER BY card_key",
                row -> new Object[] {row.getString(1), row.getInt(2)}, sessionId)) {
            scores.put((String) pair[0], (Integer) pair[1]);
        }
        return scores;
    }

    public List<StoredAgreement> agreements(Tx tx, String sessionId) throws SQLException {
        return new ArrayList<>(tx.list("SELECT id, card_key, factor, action, role, due_on, tool, status FROM agreements "
                + "WHERE session_id = ? ORDER BY card_key, position", row -> new StoredAgreement(row.getString(1), row.getString(2),
                        new Agreement(Factor.fromId(row.getString(3)), row.getString(4), Role.fromId(row.getString(5)),
                                row.getObject(6, LocalDate.class), row.getString(7)),
                        AgreementStatus.fromId(row.getString(8))), sessionId));
    }

    /** The session an agreement belongs to, if the agreement exists. */
    public Optional<String> sessionOfAgreement(Tx tx, String agreementId) throws SQLException {
        return tx.one("SELECT session_id FROM agreements WHERE id = ?", row -> row.getString(1), agreementId);
    }

    /** Marks an agreement of the session; false when it has no such agreement. */
    public boolean mark(Tx tx, String sessionId, String agreementId, AgreementStatus status) throws SQLException {
        return tx.update("UPDATE agreements SET status = ? WHERE session_id = ? AND id = ?", status.id(), sessionId,
                agreementId) == 1;
    }
}
