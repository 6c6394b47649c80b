package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.ArrayList;
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

    /**
     * Writes responses to {@code responses} in the order given, with the ids they carry: one batch of inserts and
     * one update of the round's count, whatever their number (issue 25: a group of five cost ten statements).
     */
    public void insertAll(Tx tx, String roundId, List<StoredResponse> written) throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(written.size());
        for (StoredResponse response : written) {
            rows.add(new Object[] {response.id(), roundId, response.role() == null ? null : response.role().id(), response.note(),
                    AnswerCodes.encode(response.answers())});
        }
        tx.batch("INSERT INTO responses (id, round_id, role, note, answers) VALUES (?, ?, ?, ?, ?)", rows);
        tx.update("UPDATE rounds SET written_responses = written_responses + ? WHERE id = ?", written.size(), roundId);
    }

    /** Puts a handed-in response in the holding area. */
    public void hold(Tx tx, String id, String roundId, Role role, String note, Map<String, Answer> answers)
            throws SQLException {
        tx.update("INSERT INTO pending_responses (id, round_id, role, note, answers) VALUES (?, ?, ?, ?, ?)",
                id, roundId, role == null ? null : role.id(), note, AnswerCodes.encode(answers));
    }

    /** How many responses the round has, held ones included: what the coordinator sees as handed in. */
    public int count(Tx tx, String roundId) throws SQLException {
        return written(tx, roundId) + held(tx, roundId);
    }

    /** How many responses of the round are written (what a report reads). */
    public int written(Tx tx, String roundId) throws SQLException {
        // Kept on the round's row by insert and deleteWritten (V11): counting the rows grew with the round.
        return tx.count("SELECT written_responses FROM rounds WHERE id = ?", roundId);
    }

    /** How many responses of the round wait in the holding area. */
    public int held(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", roundId);
    }

    /** Every written response of the round, ordered by their (random) id. */
    public List<StoredResponse> list(Tx tx, String roundId) throws SQLException {
        return read(tx, roundId, "responses");
    }

    /** Every held response of the round. */
    public List<StoredResponse> listHeld(Tx tx, String roundId) throws SQLException {
        return read(tx, roundId, "pending_responses");
    }

    /** Removes the round's written responses (to write them again in another order). */
    public void deleteWritten(Tx tx, String roundId) throws SQLException {
        tx.update("DELETE FROM responses WHERE round_id = ?", roundId);
        tx.update("UPDATE rounds SET written_responses = 0 WHERE id = ?", roundId);
    }

    /** Empties the round's holding area. */
    public void deleteHeld(Tx tx, String roundId) throws SQLException {
        tx.update("DELETE FROM pending_responses WHERE round_id = ?", roundId);
    }

    // The table name comes from the two calls above, never from a request.
    private static List<StoredResponse> read(Tx tx, String roundId, String table) throws SQLException {
        return tx.list("SELECT id, role, note, answers FROM " + table + " WHERE round_id = ? ORDER BY id",
                row -> new StoredResponse(row.getString(1), row.getString(2) == null ? null : Role.fromId(row.getString(2)),
                        row.getString(3), AnswerCodes.decode(row.getString(4))), roundId);
    }
}
