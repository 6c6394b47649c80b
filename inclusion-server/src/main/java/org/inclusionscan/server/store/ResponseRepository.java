package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Role;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.db.Sql.Tx;

/**
 * Handed-in responses: first held ({@code pending_responses}), then written ({@code responses}).
 * Either kind has a random id, the round, the role, the note and the answers; nothing leads back to
 * the link or person it came from, and no column holds a time. Which held responses are written
 * together, and in which order, is {@code service.Holding}'s business.
 */
public final class ResponseRepository {

    /** One response, held or written. */
    public record StoredResponse(String id, Role role, String note, Map<String, Answer> answers) {
    }

    /** Writes a response to {@code responses}. */
    public void insert(Tx tx, String id, String roundId, Role role, String note, Map<String, Answer> answers)
            throws SQLException {
        tx.update("INSERT INTO responses (id, round_id, role, note) VALUES (?, ?, ?, ?)",
                id, roundId, role == null ? null : role.id(), note);
        tx.batch("INSERT INTO response_answers (response_id, item_id, answer) VALUES (?, ?, ?)", rows(id, answers));
    }

    /** Puts a handed-in response in the holding area. */
    public void hold(Tx tx, String id, String roundId, Role role, String note, Map<String, Answer> answers)
            throws SQLException {
        tx.update("INSERT INTO pending_responses (id, round_id, role, note) VALUES (?, ?, ?, ?)",
                id, roundId, role == null ? null : role.id(), note);
        tx.batch("INSERT INTO pending_answers (pending_id, item_id, answer) VALUES (?, ?, ?)", rows(id, answers));
    }

    /** How many responses the round has, held ones included: what the coordinator sees as handed in. */
    public int count(Tx tx, String roundId) throws SQLException {
        return written(tx, roundId) + held(tx, roundId);
    }

    /** How many responses of the round are written (what a report reads). */
    public int written(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM responses WHERE round_id = ?", roundId);
    }

    /** How many responses of the round wait in the holding area. */
    public int held(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", roundId);
    }

    /** Every written response of the round, ordered by their (random) id. */
    public List<StoredResponse> list(Tx tx, String roundId) throws SQLException {
        return read(tx, roundId, "responses", "response_answers", "response_id");
    }

    /** Every held response of the round. */
    public List<StoredResponse> listHeld(Tx tx, String roundId) throws SQLException {
        return read(tx, roundId, "pending_responses", "pending_answers", "pending_id");
    }

    /** Removes the round's written responses (to write them again in another order). */
    public void deleteWritten(Tx tx, String roundId) throws SQLException {
        tx.update("DELETE FROM response_answers WHERE response_id IN (SELECT id FROM responses WHERE round_id = ?)", roundId);
        tx.update("DELETE FROM responses WHERE round_id = ?", roundId);
    }

    /** Empties the round's holding area. */
    public void deleteHeld(Tx tx, String roundId) throws SQLException {
        tx.update("DELETE FROM pending_answers WHERE pending_id IN (SELECT id FROM pending_responses WHERE round_id = ?)",
                roundId);
        tx.update("DELETE FROM pending_responses WHERE round_id = ?", roundId);
    }

    // The table names come from the two calls above, never from a request.
    private static List<StoredResponse> read(Tx tx, String roundId, String table, String answerTable, String key)
            throws SQLException {
        List<StoredResponse> responses = tx.list("SELECT id, role, note FROM " + table + " WHERE round_id = ? ORDER BY id",
                row -> new StoredResponse(row.getString(1), row.getString(2) == null ? null : Role.fromId(row.getString(2)),
                        row.getString(3), new LinkedHashMap<>()), roundId);
        Map<String, Map<String, Answer>> byId = new LinkedHashMap<>();
        responses.forEach(response -> byId.put(response.id(), response.answers()));
        tx.list("SELECT a." + key + ", a.item_id, a.answer FROM " + answerTable + " a JOIN " + table + " r ON r.id = a." + key
                + " WHERE r.round_id = ? ORDER BY a." + key + ", a.item_id", row -> {
                    byId.get(row.getString(1)).put(row.getString(2), AnswerCodes.answer(row.getInt(3)));
                    return null;
                }, roundId);
        return responses;
    }

    private static List<Object[]> rows(String id, Map<String, Answer> answers) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            rows.add(new Object[] {id, answer.getKey(), AnswerCodes.code(answer.getValue())});
        }
        return rows;
    }
}
