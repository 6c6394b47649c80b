package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;

/** Coordinator accounts and the organisations they coordinate. */
public final class CoordinatorRepository {

    /** An account with its password hash, for checking a login. */
    public record Account(Coordinator coordinator, String passwordHash) {
    }

    public void insert(Tx tx, Coordinator coordinator, String passwordHash, LocalDate createdOn) throws SQLException {
        tx.update("INSERT INTO coordinators (id, email, password_hash, created_on) VALUES (?, ?, ?, ?)",
                coordinator.id(), coordinator.email(), passwordHash, createdOn);
    }

    public void updatePassword(Tx tx, String coordinatorId, String passwordHash) throws SQLException {
        tx.update("UPDATE coordinators SET password_hash = ? WHERE id = ?", passwordHash, coordinatorId);
    }

    public Optional<Account> findByEmail(Tx tx, String email) throws SQLException {
        return tx.one("SELECT id, email, password_hash FROM coordinators WHERE email = ?",
                row -> new Account(new Coordinator(row.getString(1), row.getString(2)), row.getString(3)), email);
    }

    public Optional<Coordinator> find(Tx tx, String id) throws SQLException {
        return tx.one("SELECT id, email FROM coordinators WHERE id = ?",
                row -> new Coordinator(row.getString(1), row.getString(2)), id);
    }

    public int count(Tx tx) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM coordinators");
    }

    public boolean coordinates(Tx tx, String coordinatorId, String organisationId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM organisation_coordinators WHERE coordinator_id = ? AND organisation_id = ?",
                coordinatorId, organisationId) > 0;
    }

    public void addToOrganisation(Tx tx, String coordinatorId, String organisationId) throws SQLException {
        if (!coordinates(tx, coordinatorId, organisationId)) {
            tx.update("INSERT INTO organisation_coordinators (organisation_id, coordinator_id) VALUES (?, ?)",
                    organisationId, coordinatorId);
        }
    }
}
