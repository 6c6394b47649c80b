package org.inclusionscan.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.model.RoundStatus;

/** Organisations and their rounds. */
public final class RoundRepository {

    private static final String COLUMNS = "id, organisation_id, previous_round_id, organisation_name, region, sector, "
            + "target_groups, organisation_note, questionnaire_id, languages, closes_on, min_respondents, link_kind, "
            + "join_key, join_code, status, created_on, closed_on";

    /** An organisation with how many rounds it has. */
    public record OrganisationRow(String id, String name) {
    }

    public void insertOrganisation(Tx tx, String id, String name, LocalDate createdOn) throws SQLException {
        tx.update("INSERT INTO organisations (id, name, created_on) VALUES (?, ?, ?)", id, name, createdOn);
    }

    /** The organisation of that name the coordinator coordinates, if any. */
    public Optional<String> findOrganisation(Tx tx, String coordinatorId, String name) throws SQLException {
        return tx.list("SELECT o.id FROM organisations o JOIN organisation_coordinators c ON c.organisation_id = o.id "
                + "WHERE c.coordinator_id = ? AND o.name = ? ORDER BY o.created_on, o.id", row -> row.getString(1),
                coordinatorId, name).stream().findFirst();
    }

    /** The organisation of that name that no coordinator coordinates (made through the API), if any. */
    public Optional<String> findUncoordinatedOrganisation(Tx tx, String name) throws SQLException {
        return tx.list("SELECT o.id FROM organisations o WHERE o.name = ? AND NOT EXISTS "
                + "(SELECT 1 FROM organisation_coordinators c WHERE c.organisation_id = o.id) ORDER BY o.created_on, o.id",
                row -> row.getString(1), name).stream().findFirst();
    }

    public void insert(Tx tx, Round round) throws SQLException {
        Organisation organisation = round.organisation();
        tx.update("INSERT INTO rounds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                round.id(), round.organisationId(), round.previousRoundId(), organisation.name(),
                organisation.region().id(), organisation.sector().id(), ids(organisation.targetGroups()),
                organisation.note(), round.questionnaireId(), ids(round.languages()), round.closesOn(),
                round.minRespondents(), round.linkKind().id(), round.joinKey(), round.joinCode(), round.status().id(),
                round.createdOn(), round.closedOn());
    }

    public Optional<Round> find(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM rounds WHERE id = ?", RoundRepository::round, id);
    }

    /** Locks the round's row until the transaction ends (closing and submitting take turns). */
    public Optional<Round> findForUpdate(Tx tx, String id) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM rounds WHERE id = ? FOR UPDATE", RoundRepository::round, id);
    }

    public Optional<Round> findByJoinKey(Tx tx, String joinKey) throws SQLException {
        return tx.one("SELECT " + COLUMNS + " FROM rounds WHERE join_key = ?", RoundRepository::round, joinKey);
    }

    /** The organisation's latest round, which a new round follows. */
    public Optional<Round> latestOf(Tx tx, String organisationId) throws SQLException {
        // Rounds made on one day (imports of earlier scans) follow the order of their scans' dates.
        return tx.list("SELECT " + COLUMNS + " FROM rounds WHERE organisation_id = ? "
                + "ORDER BY created_on DESC, COALESCE(closed_on, created_on) DESC, id",
                RoundRepository::round, organisationId).stream().findFirst();
    }

    /** Every round of every organisation the coordinator coordinates, newest first. */
    public List<Round> listFor(Tx tx, String coordinatorId) throws SQLException {
        return tx.list("SELECT " + prefixed("r") + " FROM rounds r JOIN organisation_coordinators c "
                + "ON c.organisation_id = r.organisation_id WHERE c.coordinator_id = ? "
                + "ORDER BY r.created_on DESC, r.organisation_name, r.id", RoundRepository::round, coordinatorId);
    }

    /** The organisation's rounds, oldest first (by the day they closed, else were made). */
    public List<Round> listOfOrganisation(Tx tx, String organisationId) throws SQLException {
        return tx.list("SELECT " + COLUMNS + " FROM rounds WHERE organisation_id = ? "
                + "ORDER BY COALESCE(closed_on, created_on), created_on, id", RoundRepository::round, organisationId);
    }

    public Optional<String> organisationName(Tx tx, String organisationId) throws SQLException {
        return tx.one("SELECT name FROM organisations WHERE id = ?", row -> row.getString(1), organisationId);
    }

    public void close(Tx tx, String id, LocalDate closedOn) throws SQLException {
        tx.update("UPDATE rounds SET status = 'closed', closed_on = ? WHERE id = ? AND status = 'open'", closedOn, id);
    }

    public void updateMinimum(Tx tx, String id, int minRespondents) throws SQLException {
        tx.update("UPDATE rounds SET min_respondents = ? WHERE id = ?", minRespondents, id);
    }

    private static String prefixed(String alias) {
        return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    private static String ids(List<? extends HasId> values) {
        return values.stream().map(HasId::id).collect(Collectors.joining(","));
    }

    private static Round round(ResultSet row) throws SQLException {
        String groups = row.getString("target_groups");
        List<TargetGroup> targetGroups = groups.isEmpty() ? List.of()
                : Arrays.stream(groups.split(",")).map(TargetGroup::fromId).toList();
        Organisation organisation = new Organisation(row.getString("organisation_name"),
                Region.fromId(row.getString("region")), Sector.fromId(row.getString("sector")), targetGroups,
                row.getString("organisation_note"));
        List<Language> languages = Arrays.stream(row.getString("languages").split(",")).map(Language::fromId).toList();
        return new Round(row.getString("id"), row.getString("organisation_id"), row.getString("previous_round_id"),
                organisation, row.getString("questionnaire_id"), languages, row.getObject("closes_on", LocalDate.class),
                row.getInt("min_respondents"), LinkKind.fromId(row.getString("link_kind")), row.getString("join_key"),
                row.getString("join_code"), RoundStatus.fromId(row.getString("status")),
                row.getObject("created_on", LocalDate.class), row.getObject("closed_on", LocalDate.class));
    }
}
