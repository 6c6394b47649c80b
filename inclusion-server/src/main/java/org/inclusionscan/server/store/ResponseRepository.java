package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Role;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.db.Sql.Tx;

/**
 * Submitted responses. A response has a fresh random id, the day it came in and nothing that
 * leads back to the link or person it came from.
 */
public final class ResponseRepository {

    /** One submitted response. */
    public record StoredResponse(String id, Role role, String note, Map<String, Answer> answers) {
    }

    public void insert(Tx tx, String id, String roundId, Role role, String note, LocalDate submittedOn,
            Map<String, Answer> answers) throws SQLException {
        tx.update("INSERT INTO responses (id, round_id, role, note, submitted_on) VALUES (?, ?, ?, ?, ?)",
                id, roundId, role == null ? null : role.id(), note, submittedOn);
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            tx.update("INSERT INTO response_answers (response_id, item_id, answer) VALUES (?, ?, ?)",
                    id, answer.getKey(), AnswerCodes.code(answer.getValue()));
        }
    }

    public int count(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM responses WHERE round_id = ?", roundId);
    }

    /** Every response of the round, ordered by their (random) id. */
    public List<StoredResponse> list(Tx tx, String roundId) throws SQLException {
        List<StoredResponse> responses = tx.list("SELECT id, role, note FROM responses WHERE round_id = ? ORDER BY id",
                row -> new StoredResponse(row.getString(1), row.getString(2) == null ? null : Role.fromId(row.getString(2)),
                        row.getString(3), new LinkedHashMap<>()), roundId);
        Map<String, Map<String, Answer>> byId = new LinkedHashMap<>();
        responses.forEach(response -> byId.put(response.id(), response.answers()));
        tx.list("SELECT a.response_id, a.item_id, a.answer FROM response_answers a JOIN responses r ON r.id = a.response_id "
                + "WHERE r.round_id = ? ORDER BY a.response_id, a.item_id", row -> {
                    byId.get(row.getString(1)).put(row.getString(2), AnswerCodes.answer(row.getInt(3)));
                    return null;
                }, roundId);
        return responses;
    }
}
