package org.inclusionscan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.RespondentLink;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.model.RoundStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repositories against a real database: H2 by default, PostgreSQL with
 * {@code -Dinclusion.test.db=jdbc:postgresql://...} (see {@link TestDatabase}).
 */
class RepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private Database database;
    private Sql sql;
    private final RoundRepository rounds = new RoundRepository();
    private final LinkRepository links = new LinkRepository();
    private final ResponseRepository responses = new ResponseRepository();
    private final CoordinatorRepository coordinators = new CoordinatorRepository();
    private final SecurityRepository security = new SecurityRepository();

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        sql = database.sql();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Round round(String id, String organisationId, String previous, LocalDate createdOn) {
        return new Round(id, organisationId, previous, new Organisation("Het Anker 'vzw'", Region.BRUSSELS,
                Sector.LOCAL_SERVICE_CENTRE, List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.POVERTY), "a note"), "selfscan-1",
                List.of(Language.FR, Language.NL), DAY.plusDays(30), 5, LinkKind.SHARED, "key-" + id, "ABC123", RoundStatus.OPEN,
                createdOn, null);
    }

    @Test
    void migrating_again_changes_nothing() {
        String history = "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE";
        int before = sql.inTransaction(tx -> tx.count(history));

        Database again = Database.open(currentUrl(), TestDatabase.user(), TestDatabase.password());
        again.close();

        int after = sql.inTransaction(tx -> tx.count(history));
        int versionOne = sql.inTransaction(tx -> tx.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"));
        assertThat(after).isEqualTo(before);
        assertThat(versionOne).isOne();
    }

    private String currentUrl() {
        return ((com.zaxxer.hikari.HikariDataSource) database.dataSource()).getJdbcUrl();
    }

    @Test
    void a_round_comes_back_as_it_was_stored_and_follows_the_previous_one() {
        Round first = round("r1", "o1", null, DAY);
        Round second = round("r2", "o1", "r1", DAY.plusYears(1));
        sql.inTransaction(tx -> {
            rounds.insertOrganisation(tx, "o1", "Het Anker 'vzw'", DAY);
            rounds.insert(tx, first);
            rounds.insert(tx, second);
            return null;
        });

        Round found = sql.inTransaction(tx -> rounds.find(tx, "r2")).orElseThrow();
        Round latest = sql.inTransaction(tx -> rounds.latestOf(tx, "o1")).orElseThrow();

        assertThat(found).isEqualTo(second);
        assertThat(found.previousRoundId()).isEqualTo("r1");
        assertThat(latest.id()).isEqualTo("r2");
        var read1 = sql.inTransaction(tx -> rounds.findByJoinKey(tx, "key-r1"));
        assertThat(read1).contains(first);
    }

    @Test
    void a_coordinator_lists_only_the_rounds_of_their_organisations() {
        sql.inTransaction(tx -> {
            coordinators.insert(tx, new Coordinator("c1", "a@example.org"), "hash", DAY);
            coordinators.insert(tx, new Coordinator("c2", "b@example.org"), "hash", DAY);
            rounds.insertOrganisation(tx, "o1", "One", DAY);
            rounds.insertOrganisation(tx, "o2", "Two", DAY);
            coordinators.addToOrganisation(tx, "c1", "o1");
            coordinators.addToOrganisation(tx, "c1", "o1");
            coordinators.addToOrganisation(tx, "c2", "o2");
            rounds.insert(tx, round("r1", "o1", null, DAY));
            rounds.insert(tx, round("r2", "o2", null, DAY));
            return null;
        });

        var read2 = sql.inTransaction(tx -> rounds.listFor(tx, "c1"));
        assertThat(read2).extracting(Round::id).containsExactly("r1");
        var read3 = sql.inTransaction(tx -> rounds.findOrganisation(tx, "c2", "Two"));
        assertThat(read3).contains("o2");
        var read4 = sql.inTransaction(tx -> rounds.findOrganisation(tx, "c1", "Two"));
        assertThat(read4).isEmpty();
    }

    @Test
    void a_draft_answer_is_replaced_and_submitting_forgets_the_draft_once() {
        sql.inTransaction(tx -> {
            rounds.insertOrganisation(tx, "o1", "One", DAY);
            rounds.insert(tx, round("r1", "o1", null, DAY));
            links.insert(tx, "t1", "r1", LinkKind.PERSONAL, 1, LinkState.UNUSED);
            links.saveAnswer(tx, "t1", "legislation-1", Answer.of(2));
            links.saveAnswer(tx, "t1", "legislation-1", Answer.of(5));
            links.saveAnswer(tx, "t1", "vision-1", Answer.DONT_KNOW);
            links.saveDetails(tx, "t1", Language.FR, Role.VOLUNTEER, "note");
            links.markStarted(tx, "t1");
            return null;
        });

        RespondentLink draft = sql.inTransaction(tx -> links.find(tx, "t1")).orElseThrow();
        assertThat(draft.answers()).isEqualTo(Map.of("legislation-1", Answer.of(5), "vision-1", Answer.DONT_KNOW));
        assertThat(draft.state()).isEqualTo(LinkState.STARTED);
        assertThat(draft.role()).isEqualTo(Role.VOLUNTEER);

        var read5 = sql.inTransaction(tx -> links.markSubmitted(tx, "t1"));
        assertThat(read5).isTrue();
        var read6 = sql.inTransaction(tx -> links.markSubmitted(tx, "t1"));
        assertThat(read6).isFalse();
        RespondentLink submitted = sql.inTransaction(tx -> links.find(tx, "t1")).orElseThrow();
        assertThat(submitted.answers()).isEmpty();
        assertThat(submitted.role()).isNull();
        assertThat(submitted.note()).isNull();
        assertThat(submitted.language()).isNull();
    }

    @Test
    void a_response_keeps_every_answer_including_dont_know() {
        Map<String, Answer> answers = Map.of("legislation-1", Answer.of(1), "vision-1", Answer.DONT_KNOW, "image-1", Answer.of(5));
        sql.inTransaction(tx -> {
            rounds.insertOrganisation(tx, "o1", "One", DAY);
            rounds.insert(tx, round("r1", "o1", null, DAY));
            responses.insertAll(tx, "r1", List.of(new ResponseRepository.StoredResponse("x1", null, "<i>note</i>", answers),
                    new ResponseRepository.StoredResponse("x2", Role.BOARD, null, Map.of())));
            return null;
        });

        List<ResponseRepository.StoredResponse> stored = sql.inTransaction(tx -> responses.list(tx, "r1"));

        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).answers()).isEqualTo(answers);
        assertThat(stored.get(0).note()).isEqualTo("<i>note</i>");
        assertThat(stored.get(1).role()).isEqualTo(Role.BOARD);
        var read7 = sql.inTransaction(tx -> responses.count(tx, "r1"));
        assertThat(read7).isEqualTo(2);
    }

    @Test
    void attempts_count_per_key_and_window_and_can_be_taken_back() {
        // GIVEN two attempts in one window and one in the next
        int first = sql.inTransaction(tx -> security.reserve(tx, "k", 1000));
        int second = sql.inTransaction(tx -> security.reserve(tx, "k", 1000));
        int nextWindow = sql.inTransaction(tx -> security.reserve(tx, "k", 2000));

        // THEN each got its number in its own window
        assertThat(List.of(first, second, nextWindow)).containsExactly(1, 2, 1);

        // WHEN one is taken back, the old window dropped and an attempt rolled back
        sql.inTransaction(tx -> {
            security.release(tx, "k", 2000);
            security.deleteAttemptsBefore(tx, 2000);
            return null;
        });
        try {
            sql.inTransaction(tx -> {
                security.reserve(tx, "k", 2000);
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the reservation went with the transaction
        }

        // THEN
        int dropped = sql.inTransaction(tx -> security.attempts(tx, "k", 1000));
        int takenBack = sql.inTransaction(tx -> security.attempts(tx, "k", 2000));
        assertThat(List.of(dropped, takenBack)).containsExactly(0, 0);
    }

    @Test
    void the_first_process_to_store_a_secret_wins() {
        var read10 = sql.inTransaction(tx -> security.insertSecret(tx, "csrf", "first"));
        assertThat(read10).isTrue();
        var read11 = sql.inTransaction(tx -> security.insertSecret(tx, "csrf", "second"));
        assertThat(read11).isFalse();
        var read12 = sql.inTransaction(tx -> security.secret(tx, "csrf"));
        assertThat(read12).contains("first");
    }

    @Test
    void sessions_expire() {
        sql.inTransaction(tx -> {
            coordinators.insert(tx, new Coordinator("c1", "a@example.org"), "hash", DAY);
            security.insertSession(tx, "h", "c1", 100);
            return null;
        });

        var read13 = sql.inTransaction(tx -> security.sessionCoordinator(tx, "h", 99));
        assertThat(read13).contains("c1");
        var read14 = sql.inTransaction(tx -> security.sessionCoordinator(tx, "h", 100));
        assertThat(read14).isEmpty();
    }
}
