package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.db.Sql.Tx;

/**
 * The addresses personal links were mailed to ({@code mail_recipients}), kept only while their link
 * is not handed in, the handled mailing forms ({@code mail_requests}) and the last reminders
 * ({@code mail_reminders}). {@link LinkRepository#markSubmitted} deletes a link's address in the
 * submit's transaction; {@link #forgetRound} and {@link Erasure} delete a round's.
 */
public final class MailRepository {

    /** A mailed link waiting for its mail, or one whose mail went out. */
    public record Recipient(String token, String address, Language language) {

        @Override
        public String toString() {
            return "Recipient[" + language + "]";
        }
    }

    /** Notes a mailing form as handled; false when it was handled before (a second post of the same form). */
    public boolean claimRequest(Tx tx, String roundId, String requestKey) throws SQLException {
        return tx.tryInsert("INSERT INTO mail_requests (round_id, request_key) VALUES (?, ?)", roundId, requestKey);
    }

    /** A new address for a new link, claimed for sending now. */
    public void insert(Tx tx, String token, String roundId, String address, Language language, long now) throws SQLException {
        tx.update("INSERT INTO mail_recipients (token, round_id, address, language, state, claimed_at) VALUES (?, ?, ?, ?, 'sending', ?)",
                token, roundId, address, language.id(), now);
    }

    /**
     * Claims the round's mails that did not go out (never sent, or claimed by a sender that stopped
     * before {@code staleBefore}): only the caller sends them.
     */
    public List<Recipient> claimUnsent(Tx tx, String roundId, long now, long staleBefore) throws SQLException {
        List<Recipient> unsent = tx.list("SELECT token, address, language FROM mail_recipients WHERE round_id = ? "
                + "AND (state = 'pending' OR (state = 'sending' AND claimed_at < ?)) ORDER BY token FOR UPDATE",
                MailRepository::recipient, roundId, staleBefore);
        for (Recipient recipient : unsent) {
            tx.update("UPDATE mail_recipients SET state = 'sending', claimed_at = ? WHERE token = ?", now, recipient.token());
        }
        return unsent;
    }

    public void markSent(Tx tx, String token) throws SQLException {
        tx.update("UPDATE mail_recipients SET state = 'sent', claimed_at = NULL WHERE token = ?", token);
    }

    /** A mail that did not go out waits for the next attempt. */
    public void markUnsent(Tx tx, String token) throws SQLException {
        tx.update("UPDATE mail_recipients SET state = 'pending', claimed_at = NULL WHERE token = ? AND state = 'sending'", token);
    }

    /** The address is refused by the mail server: it and its link, never delivered, go. */
    public void dropRefused(Tx tx, String token) throws SQLException {
        tx.update("DELETE FROM mail_recipients WHERE token = ?", token);
        tx.update("DELETE FROM respondent_links WHERE token = ? AND state = 'unused'", token);
    }

    /** The addresses whose mail went out and whose link is not handed in yet. */
    public List<Recipient> waiting(Tx tx, String roundId) throws SQLException {
        return tx.list("SELECT token, address, language FROM mail_recipients WHERE round_id = ? AND state = 'sent' ORDER BY token",
                MailRepository::recipient, roundId);
    }

    /** The address of a link, while it is still kept. */
    public boolean stillWaiting(Tx tx, String token) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM mail_recipients WHERE token = ?", token) > 0;
    }

    public int countWaiting(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ? AND state = 'sent'", roundId);
    }

    public int countUnsent(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ? AND state <> 'sent'", roundId);
    }

    public Optional<Long> lastReminder(Tx tx, String roundId) throws SQLException {
        return tx.one("SELECT sent_at FROM mail_reminders WHERE round_id = ?", row -> row.getLong(1), roundId);
    }

    public void setLastReminder(Tx tx, String roundId, Long sentAt) throws SQLException {
        tx.update("DELETE FROM mail_reminders WHERE round_id = ?", roundId);
        if (sentAt != null) {
            tx.update("INSERT INTO mail_reminders (round_id, sent_at) VALUES (?, ?)", roundId, sentAt);
        }
    }

    /** Forgets every address of the round (at close; erasure does the same). */
    public static void forgetRound(Tx tx, String roundId) throws SQLException {
        tx.update("DELETE FROM mail_recipients WHERE round_id = ?", roundId);
        tx.update("DELETE FROM mail_requests WHERE round_id = ?", roundId);
        tx.update("DELETE FROM mail_reminders WHERE round_id = ?", roundId);
    }

    private static Recipient recipient(java.sql.ResultSet row) throws SQLException {
        return new Recipient(row.getString(1), row.getString(2), Language.fromId(row.getString(3)));
    }
}
