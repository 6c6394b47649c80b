package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;

/** Sessions, failed logins and shared secrets: the security state every server process shares. */
public final class SecurityRepository {

    /** A window of failed logins. */
    public record Failures(long windowStart, int failures) {
    }

    public void insertSession(Tx tx, String idHash, String coordinatorId, long expiresAt) throws SQLException {
        tx.update("INSERT INTO sessions (id_hash, coordinator_id, expires_at) VALUES (?, ?, ?)", idHash, coordinatorId,
                expiresAt);
    }

    public Optional<String> sessionCoordinator(Tx tx, String idHash, long now) throws SQLException {
        return tx.one("SELECT coordinator_id FROM sessions WHERE id_hash = ? AND expires_at > ?", row -> row.getString(1),
                idHash, now);
    }

    public void deleteSession(Tx tx, String idHash) throws SQLException {
        tx.update("DELETE FROM sessions WHERE id_hash = ?", idHash);
    }

    public void deleteExpiredSessions(Tx tx, long now) throws SQLException {
        tx.update("DELETE FROM sessions WHERE expires_at <= ?", now);
    }

    public Optional<Failures> failures(Tx tx, String key) throws SQLException {
        return tx.one("SELECT window_start, failures FROM login_failures WHERE attempt_key = ?",
                row -> new Failures(row.getLong(1), row.getInt(2)), key);
    }

    /** Counts one failed login for the key in the window that starts at windowStart. */
    public void countFailure(Tx tx, String key, long windowStart, long now) throws SQLException {
        int changed = tx.update("UPDATE login_failures SET failures = CASE WHEN window_start < ? THEN 1 ELSE failures + 1 END, "
                + "window_start = CASE WHEN window_start < ? THEN ? ELSE window_start END WHERE attempt_key = ?",
                windowStart, windowStart, now, key);
        if (changed == 0) {
            if (!tx.tryInsert("INSERT INTO login_failures (attempt_key, window_start, failures) VALUES (?, ?, 1)", key, now)) {
                tx.update("UPDATE login_failures SET failures = failures + 1 WHERE attempt_key = ?", key);
            }
        }
    }

    public void clearFailures(Tx tx, String key) throws SQLException {
        tx.update("DELETE FROM login_failures WHERE attempt_key = ?", key);
    }

    public Optional<String> secret(Tx tx, String name) throws SQLException {
        return tx.one("SELECT secret FROM server_secrets WHERE name = ?", row -> row.getString(1), name);
    }

    /** Stores the secret unless another process stored one of that name first; false then. */
    public boolean insertSecret(Tx tx, String name, String secret) throws SQLException {
        return tx.tryInsert("INSERT INTO server_secrets (name, secret) VALUES (?, ?)", name, secret);
    }
}
