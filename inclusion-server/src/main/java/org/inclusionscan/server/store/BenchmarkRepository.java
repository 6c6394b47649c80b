package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inclusionscan.server.db.Sql.Tx;

/** What the picture across organisations reads: municipalities and each organisation's closed rounds. */
public final class BenchmarkRepository {

    /** An organisation's municipality: the name as typed and the official code, each possibly absent. */
    public record Municipality(String name, String code) {

        public static final Municipality NONE = new Municipality(null, null);

        public boolean isEmpty() {
            return name == null && code == null;
        }
    }

    /**
     * A closed round of an organisation that is not archived, with how many responses it holds.
     *
     * @param day the day it closed (else was made): what "latest" goes by
     */
    public record ClosedRound(String organisationId, String roundId, LocalDate day, LocalDate createdOn, int minimum,
            int respondents, Municipality municipality) {

        public boolean metMinimum() {
            return respondents >= minimum;
        }
    }

    public Optional<Municipality> municipality(Tx tx, String organisationId) throws SQLException {
        return tx.one("SELECT municipality, municipality_code FROM organisations WHERE id = ?",
                row -> new Municipality(row.getString(1), row.getString(2)), organisationId);
    }

    public void updateMunicipality(Tx tx, String organisationId, Municipality municipality) throws SQLException {
        tx.update("UPDATE organisations SET municipality = ?, municipality_code = ? WHERE id = ?", municipality.name(),
                municipality.code(), organisationId);
    }

    /** Every closed round of every organisation that is not archived, oldest first per organisation. */
    public List<ClosedRound> closedRounds(Tx tx) throws SQLException {
        return tx.list("SELECT r.organisation_id, r.id, COALESCE(r.closed_on, r.created_on), r.created_on, r.min_respondents, "
                + "(SELECT COUNT(*) FROM responses x WHERE x.round_id = r.id), o.municipality, o.municipality_code "
                + "FROM rounds r JOIN organisations o ON o.id = r.organisation_id "
                + "WHERE o.archived = FALSE AND r.status = 'closed' "
                + "ORDER BY r.organisation_id, COALESCE(r.closed_on, r.created_on), r.created_on, r.id",
                row -> new ClosedRound(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class), row.getInt(5), row.getInt(6),
                        new Municipality(row.getString(7), row.getString(8))));
    }

    /** The ids of the organisations that are not archived and have a municipality, with it. */
    public List<Municipality> municipalities(Tx tx) throws SQLException {
        return tx.list("SELECT DISTINCT municipality, municipality_code FROM organisations "
                + "WHERE archived = FALSE AND (municipality IS NOT NULL OR municipality_code IS NOT NULL) "
                + "ORDER BY municipality, municipality_code", row -> new Municipality(row.getString(1), row.getString(2)));
    }
}
