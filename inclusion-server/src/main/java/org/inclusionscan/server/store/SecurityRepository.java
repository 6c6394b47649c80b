package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;

/** Sessions, counted attempts (logins, codes) and shared secrets: the security state every server process shares. */
public final class SecurityRepository {

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

    /**
     * Counts one attempt for the key in the window and returns the window's attempts, this one
     * included, in one atomic step: the row stays locked until the transaction ends, so parallel
     * attempts get 1, 2, 3, ... in turn (on H2 and PostgreSQL alike). Roll the transaction back to
     * take the attempt back.
     */
    public int reserve(Tx tx, String key, long windowStart) throws SQLException {
        String increment = "UPDATE attempt_counters SET attempts = attempts + 1 WHERE attempt_key = ? AND window_start = ?";
        if (tx.update(increment, key, windowStart) == 0
                && !tx.tryInsert("INSERT INTO attempt_counters (attempt_key, window_start, attempts) VALUES (?, ?, 1)", key,
                        windowStart)) {
            tx.update(increment, key, windowStart);
        }
        return attempts(tx, key, windowStart);
    }

    /** The attempts counted for the key in the window. */
    public int attempts(Tx tx, String key, long windowStart) throws SQLException {
        return tx.count("SELECT attempts FROM attempt_counters WHERE attempt_key = ? AND window_start = ?", key, windowStart);
    }

    /** Takes one attempt back (a login that succeeded was no failure). */
    public void release(Tx tx, String key, long windowStart) throws SQLException {
        tx.update("UPDATE attempt_counters SET attempts = attempts - 1 WHERE attempt_key = ? AND window_start = ? AND attempts > 0",
                key, windowStart);
    }

    /** Drops the windows that started before the given second. */
    public void deleteAttemptsBefore(Tx tx, long windowStart) throws SQLException {
        tx.update("DELETE FROM attempt_counters WHERE window_start < ?", windowStart);
    }

    public Optional<String> secret(Tx tx, String name) throws SQLException {
        return tx.one("SELECT secret FROM server_secrets WHERE name = ?", row -> row.getString(1), name);
    }

    /** Stores the secret unless another process stored one of that name first; false then. */
    public boolean insertSecret(Tx tx, String name, String secret) throws SQLException {
        return tx.tryInsert("INSERT INTO server_secrets (name, secret) VALUES (?, ?)", name, secret);
    }
}
