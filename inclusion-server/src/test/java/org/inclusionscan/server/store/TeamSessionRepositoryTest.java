package org.inclusionscan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.model.RoundStatus;
import org.inclusionscan.server.store.TeamSessionRepository.StoredSession;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Team sessions against a real database: H2 by default, PostgreSQL with -Dinclusion.test.db (see {@link TestDatabase}). */
class TeamSessionRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String CARD = "factor:network-vitality";

    private Database database;
    private Sql sql;
    private final TeamSessionRepository sessions = new TeamSessionRepository();
    private final RoundRepository rounds = new RoundRepository();
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        sql = database.sql();
        sql.inTransaction(tx -> {
            rounds.insertOrganisation(tx, "org", "De Vonk", DAY);
            rounds.insert(tx, new Round("round", "org", null, new Organisation("De Vonk", Region.FLANDERS, Sector.OTHER, List.of()),
                    "selfscan-1", List.of(Language.NL), null, 3, LinkKind.SHARED, null, null, RoundStatus.CLOSED, DAY, DAY));
            sessions.insert(tx, new StoredSession("session", "round", "ABC234", "{\"deck\": \"a long JSON value\"}", 4, 1, false, DAY));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_session_is_found_by_id_code_and_round_and_moves_and_ends() {
        sql.inTransaction(tx -> {
            sessions.move(tx, "session", 3);
            sessions.end(tx, "session", DAY.plusDays(1));
            return null;
        });
        StoredSession stored = sql.inTransaction(tx -> sessions.findByCode(tx, "ABC234").orElseThrow());
        assertThat(stored.position()).isEqualTo(3);
        assertThat(stored.ended()).isTrue();
        assertThat(stored.deckJson()).isEqualTo("{\"deck\": \"a long JSON value\"}");
        java.util.Optional<StoredSession> byRound = sql.inTransaction(tx -> sessions.findByRound(tx, "round"));
        assertThat(byRound).contains(stored);
    }

    @Test
    void a_participant_joins_once_and_a_new_place_replaces_the_old_one() {
        sql.inTransaction(tx -> {
            assertThat(sessions.join(tx, "session", "hash-a", 1L)).isTrue();
            assertThat(sessions.join(tx, "session", "hash-a", 2L)).isFalse();
            assertThat(sessions.join(tx, "session", "hash-b", 3L)).isTrue();
            sessions.vote(tx, "session", CARD, "hash-a", 2);
            sessions.vote(tx, "session", CARD, "hash-a", 4);
            sessions.vote(tx, "session", CARD, "hash-b", 4);
            return null;
        });
        int participants = sql.inTransaction(tx -> sessions.participants(tx, "session"));
        assertThat(participants).isEqualTo(2);
        int[] counts = sql.inTransaction(tx -> sessions.counts(tx, "session", CARD));
        assertThat(counts).containsExactly(0, 0, 0, 2, 0);
        java.util.Optional<Integer> place = sql.inTransaction(tx -> sessions.voteOf(tx, "session", CARD, "hash-a"));
        assertThat(place).contains(4);
    }

    @Test
    void an_outcome_is_replaced_with_its_agreements_and_an_agreement_is_marked() {
        Agreement first = new Agreement(Factor.NETWORK_VITALITY, "Map the network's 'ties'", Role.STAFF, DAY.plusMonths(6), "inclusieweb");
        Agreement second = Agreement.of(Factor.NETWORK_VITALITY, "Meet the neighbours", Role.VOLUNTEER, DAY.plusMonths(3));
        sql.inTransaction(tx -> {
            sessions.saveOutcome(tx, "session", CARD, 2, List.of(first), DAY, () -> "a" + ids.incrementAndGet());
            sessions.saveOutcome(tx, "session", CARD, 3, List.of(first, second), DAY, () -> "a" + ids.incrementAndGet());
            return null;
        });
        List<TeamSessionRepository.StoredAgreement> agreements = sql.inTransaction(tx -> sessions.agreements(tx, "session"));
        java.util.Map<String, Integer> shared = sql.inTransaction(tx -> sessions.sharedScores(tx, "session"));
        assertThat(shared).containsEntry(CARD, 3).hasSize(1);
        assertThat(agreements).extracting(TeamSessionRepository.StoredAgreement::agreement).containsExactly(first, second);

        boolean marked = sql.inTransaction(tx -> sessions.mark(tx, "session", agreements.get(1).id(), AgreementStatus.DROPPED));

        assertThat(marked).isTrue();
        java.util.Optional<String> owner = sql.inTransaction(tx -> sessions.sessionOfAgreement(tx, agreements.get(1).id()));
        assertThat(owner).contains("session");
        List<TeamSessionRepository.StoredAgreement> after = sql.inTransaction(tx -> sessions.agreements(tx, "session"));
        assertThat(after).extracting(a -> a.status())
                .containsExactly(AgreementStatus.OPEN, AgreementStatus.DROPPED);
        boolean unknown = sql.inTransaction(tx -> sessions.mark(tx, "session", "no-such-id", AgreementStatus.DONE));
        assertThat(unknown).isFalse();
    }
}
