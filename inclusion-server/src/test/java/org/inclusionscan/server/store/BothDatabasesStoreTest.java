package org.inclusionscan.server.store;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.RespondentService.Changes;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.DatabaseUnderTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The migrations and the repositories under the services, on the embedded database and on
 * PostgreSQL alike (STYLE.md, Web: "repository tests run against both"); and what two server
 * processes on one database must share (sessions, the login limit, the CSRF key), shown with two
 * connection pools on one database as two processes have.
 */
class BothDatabasesStoreTest {

    private static final Organisation ORGANISATION = new Organisation("Dienstencentrum De Linde", Region.BRUSSELS,
            Sector.LOCAL_SERVICE_CENTRE, List.of(TargetGroup.values()[0]));

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void migrationsMakeTheSchemaOnceAndKeepItsRules(DatabaseUnderTest database) throws SQLException {
        // GIVEN a database migrated by a first start
        try (Database first = Database.open(database.url(), null, null)) {
            // WHEN a second start opens it again
            try (Database second = Database.open(database.url(), null, null);
                 Connection connection = second.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                // THEN every migration ran exactly once, with success
                try (ResultSet history = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                    int migrations = 0;
                    while (history.next()) {
                        migrations++;
                        then(history.getBoolean(2)).as("migration %s succeeded", history.getString(1)).isTrue();
                    }
                    then(migrations).isPositive();
                }
                // AND the schema's own checks hold on this database too
                statement.executeUpdate("INSERT INTO organisations (id, name, created_on) VALUES ('o1', 'x', DATE '2026-12-01')");
                Throwable tooFew = catchThrowableOfType(SQLException.class, () -> statement.executeUpdate("""
                        INSERT INTO rounds (id, organisation_id, organisation_name, region, sector, target_groups,
                          questionnaire_id, languages, min_respondents, link_kind, status, created_on)
                        VALUES ('r1', 'o1', 'x', 'brussels', 's', '', 'selfscan-1', 'nl', 2, 'shared', 'open', DATE '2026-12-01')"""));
                then(tooFew).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void theCompactAnswersMigrationKeepsEveryAnswerOfWrittenAndHeldResponses(DatabaseUnderTest database) throws SQLException {
        // GIVEN a database of the schema before V11 with a written and a held response, answers one row per item
        javax.sql.DataSource source = database.url().startsWith("jdbc:h2:") ? h2(database.url()) : postgres(database.url());
        org.flywaydb.core.Flyway.configure().dataSource(source).locations(Database.MIGRATIONS).target("10").load().migrate();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO organisations (id, name, created_on) VALUES ('o1', 'x', DATE '2026-12-01')");
            statement.executeUpdate("""
                    INSERT INTO rounds (id, organisation_id, organisation_name, region, sector, target_groups,
                      questionnaire_id, languages, min_respondents, link_kind, status, created_on)
                    VALUES ('r1', 'o1', 'x', 'brussels', 'other', '', 'selfscan-1', 'nl', 5, 'shared', 'open', DATE '2026-12-01')""");
            statement.executeUpdate("INSERT INTO responses (id, round_id, role, note) VALUES ('w1', 'r1', 'staff', 'a note')");
            statement.executeUpdate("INSERT INTO response_answers (response_id, item_id, answer) VALUES "
                    + "('w1', 'vision-2', 0), ('w1', 'legislation-1', 4)");
            statement.executeUpdate("INSERT INTO pending_responses (id, round_id, role, note) VALUES ('p1', 'r1', NULL, NULL)");
            statement.executeUpdate("INSERT INTO pending_answers (pending_id, item_id, answer) VALUES ('p1', 'legislation-2', 5)");
        }

        // WHEN the server opens it (every migration after V10 runs)
        try (Database db = Database.open(database.url(), null, null)) {
            // THEN the answers are in their response's row, in item order, and the answer tables are gone
            List<ResponseRepository.StoredResponse> written = db.sql().inTransaction(tx -> new ResponseRepository().list(tx, "r1"));
            List<ResponseRepository.StoredResponse> held = db.sql().inTransaction(tx -> new ResponseRepository().listHeld(tx, "r1"));
            then(written).singleElement().satisfies(response -> {
                then(response.note()).isEqualTo("a note");
                then(response.answers()).containsExactly(java.util.Map.entry("legislation-1", org.inclusionscan.scan.Answer.of(4)),
                        java.util.Map.entry("vision-2", org.inclusionscan.scan.Answer.DONT_KNOW));
            });
            then(held).singleElement().satisfies(response -> then(response.answers())
                    .containsExactly(java.util.Map.entry("legislation-2", org.inclusionscan.scan.Answer.of(5))));
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                Throwable gone = catchThrowableOfType(SQLException.class,
                        () -> statement.executeQuery("SELECT COUNT(*) FROM response_answers"));
                then(gone).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void aRespondentSavesResumesAndSubmitsOnceWithoutATraceOfTheLink(DatabaseUnderTest database) throws SQLException {
        try (Database db = Database.open(database.url(), null, null)) {
            Services services = Services.over(db, Clock.systemDefaultZone());
            // GIVEN a round with a shared link, joined by one respondent
            Round round = services.rounds().create(null, new NewRound(ORGANISATION, "selfscan-1", List.of(Language.NL),
                    null, 5, LinkKind.SHARED, 0, false));
            String token = services.respondents().join(round.joinKey(), null);

            // WHEN they save two answers, one of them twice, and come back later
            services.respondents().save(token, Changes.answers(Map.of("legislation-1", "4", "legislation-2", "dont-know")));
            services.respondents().save(token, Changes.answers(Map.of("legislation-1", "2")));
            var resumed = services.respondents().open(token).link();

            // THEN the draft holds the latest answers
            then(resumed.state()).isEqualTo(LinkState.STARTED);
            then(resumed.answers()).hasSize(2);
            then(resumed.answers().get("legislation-1").toString()).contains("2");

            // WHEN they submit, and try again through the same link
            services.respondents().submit(token);
            Refusal again = catchThrowableOfType(Refusal.class, () -> services.respondents().submit(token));

            // THEN one response is held (the minimum of 5 is not reached), the second submit is refused
            // politely, and no stored row names the token
            then(again.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                then(count(statement, "SELECT count(*) FROM pending_responses WHERE round_id = '%s'".formatted(round.id())))
                        .isEqualTo(1);
                then(count(statement, "SELECT count(*) FROM responses")).isZero();
                then(count(statement, "SELECT count(*) FROM draft_answers")).isZero();
                then(string(statement, "SELECT answers FROM pending_responses")).isEqualTo("legislation-1:2,legislation-2:0");
                then(count(statement, "SELECT count(*) FROM pending_responses WHERE id = '%s' OR note = '%s'"
                        .formatted(token, token))).isZero();
            }
            then(services.rounds().overview(null, round.id()).respondents()).isOne();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void twoServersOnOneDatabaseShareSessionsTheLoginLimitAndTheCsrfKey(DatabaseUnderTest database) {
        // GIVEN two servers' worth of services, each with its own pool, on one database
        try (Database one = Database.open(database.url(), null, null); Database two = Database.open(database.url(), null, null)) {
            Services first = Services.over(one, Clock.systemDefaultZone());
            Services second = Services.over(two, Clock.systemDefaultZone());
            first.accounts().addCoordinator("coordinator@example.org", "a long enough password");

            // WHEN a coordinator logs in on the first
            AccountService.Session session = first.accounts().login("coordinator@example.org", "a long enough password", "127.0.0.1");

            // THEN the second knows the session, and signs CSRF tokens alike
            then(second.accounts().coordinatorOf(session.cookieValue())).contains(session.coordinator());
            then(second.signing().verify("form", first.signing().sign("form"))).isTrue();

            // WHEN wrong passwords are tried on both in turn, up to the limit
            for (int i = 0; i < AccountService.MAX_FAILURES_PER_EMAIL; i++) {
                Services server = i % 2 == 0 ? first : second;
                Refusal wrong = catchThrowableOfType(Refusal.class,
                        () -> server.accounts().login("coordinator@example.org", "wrong password!", "127.0.0.1"));
                then(wrong.kind()).isEqualTo(Refusal.Kind.UNAUTHORISED);
            }

            // THEN both refuse even the right password until the window has passed
            for (Services server : List.of(first, second)) {
                Refusal throttled = catchThrowableOfType(Refusal.class,
                        () -> server.accounts().login("coordinator@example.org", "a long enough password", "127.0.0.1"));
                then(throttled.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
            }
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String string(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static javax.sql.DataSource h2(String url) {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        return source;
    }

    private static javax.sql.DataSource postgres(String url) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(url);
        return source;
    }
}
