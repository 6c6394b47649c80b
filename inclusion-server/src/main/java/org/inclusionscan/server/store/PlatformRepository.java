package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;

/** Administrators, organisations as a host manages them, invitations, API tokens and the audit log. */
public final class PlatformRepository {

    /** An organisation in the administrators' list. */
    public record OrganisationRow(String id, String name, boolean archived, int coordinators, int rounds) {
    }

    /** An invitation that can still be used. */
    public record Invitation(String organisationId, String email, long expiresAt) {
    }

    /** An API token as its page shows it: never the token itself. */
    public record TokenRow(String id, String name, long createdAt, Long lastUsedAt, Long revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A live token: its organisation and when it was last used. */
    public record LiveToken(String id, String organisationId, String name, Long lastUsedAt) {
    }

    /** One line of the audit log. */
    public record AuditEntry(long atMillis, String actor, String action, String organisationName, String subject) {
    }

    public boolean isAdmin(Tx tx, String coordinatorId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM coordinators WHERE id = ? AND is_admin = TRUE", coordinatorId) > 0;
    }

    public void makeAdmin(Tx tx, String coordinatorId) throws SQLException {
        tx.update("UPDATE coordinators SET is_admin = TRUE WHERE id = ?", coordinatorId);
    }

    private static final String ORGANISATION_ROWS = "SELECT o.id, o.name, o.archived, "
            + "(SELECT COUNT(*) FROM organisation_coordinators c WHERE c.organisation_id = o.id), "
            + "(SELECT COUNT(*) FROM rounds r WHERE r.organisation_id = o.id) FROM organisations o ";

    private static OrganisationRow organisationRow(java.sql.ResultSet row) throws SQLException {
        return new OrganisationRow(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4), row.getInt(5));
    }

    public List<OrganisationRow> organisations(Tx tx) throws SQLException {
        return tx.list(ORGANISATION_ROWS + "ORDER BY o.archived, LOWER(o.name), o.id", PlatformRepository::organisationRow);
    }

    public Optional<OrganisationRow> organisation(Tx tx, String id) throws SQLException {
        return tx.one(ORGANISATION_ROWS + "WHERE o.id = ?", PlatformRepository::organisationRow, id);
    }

    public Optional<OrganisationRow> organisationForUpdate(Tx tx, String id) throws SQLException {
        tx.one("SELECT id FROM organisations WHERE id = ? FOR UPDATE", row -> row.getString(1), id);
        return organisation(tx, id);
    }

    public void rename(Tx tx, String id, String name) throws SQLException {
        tx.update("UPDATE organisations SET name = ? WHERE id = ?", name, id);
    }

    public void archive(Tx tx, String id, boolean archived) throws SQLException {
        tx.update("UPDATE organisations SET archived = ? WHERE id = ?", archived, id);
    }

    public List<Coordinator> coordinatorsOf(Tx tx, String organisationId) throws SQLException {
        return tx.list("SELECT k.id, k.email FROM coordinators k JOIN organisation_coordinators c ON c.coordinator_id = k.id "
                + "WHERE c.organisation_id = ? ORDER BY k.email", row -> new Coordinator(row.getString(1), row.getString(2)),
                organisationId);
    }

    public int removeCoordinator(Tx tx, String organisationId, String coordinatorId) throws SQLException {
        return tx.update("DELETE FROM organisation_coordinators WHERE organisation_id = ? AND coordinator_id = ?",
                organisationId, coordinatorId);
    }

    public void deleteSessionsOf(Tx tx, String coordinatorId) throws SQLException {
        tx.update("DELETE FROM sessions WHERE coordinator_id = ?", coordinatorId);
    }

    public void insertInvitation(Tx tx, String idHash, String organisationId, String email, long expiresAt) throws SQLException {
        tx.update("INSERT INTO invitations (id_hash, organisation_id, email, expires_at) VALUES (?, ?, ?, ?)", idHash,
                organisationId, email, expiresAt);
    }

    public Optional<Invitation> invitation(Tx tx, String idHash, long now) throws SQLException {
        return tx.one("SELECT organisation_id, email, expires_at FROM invitations WHERE id_hash = ? AND expires_at > ?",
                row -> new Invitation(row.getString(1), row.getString(2), row.getLong(3)), idHash, now);
    }

    /** Uses the invitation up: true for the one caller that deleted it. */
    public boolean consumeInvitation(Tx tx, String idHash, long now) throws SQLException {
        return tx.update("DELETE FROM invitations WHERE id_hash = ? AND expires_at > ?", idHash, now) == 1;
    }

    public void deleteInvitationsFor(Tx tx, String email) throws SQLException {
        tx.update("DELETE FROM invitations WHERE email = ?", email);
    }

    public int pendingInvitations(Tx tx, String organisationId, long now) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM invitations WHERE organisation_id = ? AND expires_at > ?", organisationId, now);
    }

    public void insertToken(Tx tx, String id, String organisationId, String name, String hash, long now) throws SQLException {
        tx.update("INSERT INTO api_tokens (id, organisation_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)", id,
                organisationId, name, hash, now);
    }

    public List<TokenRow> tokensOf(Tx tx, String organisationId) throws SQLException {
        return tx.list("SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE organisation_id = ? "
                + "ORDER BY created_at, id", row -> new TokenRow(row.getString(1), row.getString(2), row.getLong(3),
                        (Long) row.getObject(4, Long.class), (Long) row.getObject(5, Long.class)), organisationId);
    }

    public Optional<LiveToken> liveToken(Tx tx, String hash) throws SQLException {
        return tx.one("SELECT t.id, t.organisation_id, t.name, t.last_used_at FROM api_tokens t JOIN organisations o "
                + "ON o.id = t.organisation_id WHERE t.token_hash = ? AND t.revoked_at IS NULL AND o.archived = FALSE",
                row -> new LiveToken(row.getString(1), row.getString(2), row.getString(3), (Long) row.getObject(4, Long.class)),
                hash);
    }

    public void touchToken(Tx tx, String id, long now) throws SQLException {
        tx.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, id);
    }

    public int revokeToken(Tx tx, String organisationId, String id, long now) throws SQLException {
        return tx.update("UPDATE api_tokens SET revoked_at = ? WHERE organisation_id = ? AND id = ? AND revoked_at IS NULL",
                now, organisationId, id);
    }

    public void audit(Tx tx, String id, long now, String actor, String action, String organisationId, String organisationName,
            String subject) throws SQLException {
        tx.update("INSERT INTO audit_log (id, at_millis, actor, action, organisation_id, organisation_name, subject) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, now, actor, action, organisationId, organisationName, subject);
    }

    public List<AuditEntry> auditLog(Tx tx, int limit) throws SQLException {
        return tx.list("SELECT at_millis, actor, action, organisation_name, subject FROM audit_log "
                + "ORDER BY at_millis DESC, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                row -> new AuditEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    }
}
