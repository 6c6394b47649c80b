package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.List;
import org.inclusionscan.server.db.Sql.Tx;

/**
 * Erasing a round or an organisation (GDPR article 17): every row that belongs to it, children
 * first. A new table that refers to a round or an organisation must be added here;
 * {@code ErasureTest} finds every table with such a column in the database's own catalogue and
 * fails when one keeps a row of an erased round or organisation.
 */
public final class Erasure {

    private static final String SESSIONS_OF_ROUND = "SELECT id FROM team_sessions WHERE round_id = ?";

    private Erasure() {
    }

    public static void round(Tx tx, String roundId) throws SQLException {
        for (String table : List.of("agreements", "card_reveals", "card_outcomes", "session_votes", "session_participants")) {
            tx.update("DELETE FROM " + table + " WHERE session_id IN (" + SESSIONS_OF_ROUND + ")", roundId);
        }
        tx.update("DELETE FROM team_sessions WHERE round_id = ?", roundId);
        MailRepository.forgetRound(tx, roundId);
        tx.update("DELETE FROM draft_answers WHERE token IN (SELECT token FROM respondent_links WHERE round_id = ?)", roundId);
        tx.update("DELETE FROM respondent_links WHERE round_id = ?", roundId);
        tx.update("DELETE FROM responses WHERE round_id = ?", roundId);
        tx.update("DELETE FROM pending_responses WHERE round_id = ?", roundId);
        tx.update("UPDATE rounds SET previous_round_id = NULL WHERE previous_round_id = ?", roundId);
        tx.update("DELETE FROM rounds WHERE id = ?", roundId);
    }

    public static void organisation(Tx tx, String organisationId) throws SQLException {
        for (String roundId : tx.list("SELECT id FROM rounds WHERE organisation_id = ?", row -> row.getString(1), organisationId)) {
            round(tx, roundId);
        }
        tx.update("DELETE FROM api_tokens WHERE organisation_id = ?", organisationId);
        tx.update("DELETE FROM invitations WHERE organisation_id = ?", organisationId);
        tx.update("DELETE FROM organisation_coordinators WHERE organisation_id = ?", organisationId);
        tx.update("DELETE FROM organisations WHERE id = ?", organisationId);
    }
}
