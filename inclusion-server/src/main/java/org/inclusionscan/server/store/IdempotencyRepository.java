package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;

/** The API's idempotency keys: what a POST asked and the answer it got, per caller and key. */
public final class IdempotencyRepository {

    /** A key that was used: the hash of its request and the answer that went out. */
    public record Used(String requestHash, int status, String body) {
    }

    public Optional<Used> find(Tx tx, String caller, String key) throws SQLException {
        return tx.one("SELECT request_hash, status, body FROM idempotency_keys WHERE caller = ? AND idem_key = ?",
                row -> new Used(row.getString(1), row.getInt(2), row.getString(3)), caller, key);
    }

    /**
     * Claims the key for this transaction; false when another transaction holds it (committed, or
     * committed while this one waited for its lock).
     */
    public boolean claim(Tx tx, String caller, String key, String requestHash, long now) throws SQLException {
        return tx.tryInsert("INSERT INTO idempotency_keys (caller, idem_key, request_hash, status, body, created_at) "
                + "VALUES (?, ?, ?, 0, NULL, ?)", caller, key, requestHash, now);
    }

    public void answer(Tx tx, String caller, String key, int status, String body) throws SQLException {
        tx.update("UPDATE idempotency_keys SET status = ?, body = ? WHERE caller = ? AND idem_key = ?", status, body,
                caller, key);
    }

    /** Forgets the key when it is older than the cutoff, so that it can be used anew. */
    public void forgetExpired(Tx tx, String caller, String key, long cutoff) throws SQLException {
        tx.update("DELETE FROM idempotency_keys WHERE caller = ? AND idem_key = ? AND created_at < ?", caller, key, cutoff);
    }

    public int deleteOlderThan(Tx tx, long cutoff) throws SQLException {
        return tx.update("DELETE FROM idempotency_keys WHERE created_at < ?", cutoff);
    }
}
