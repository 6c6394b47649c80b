package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use cases against a real database (H2, or PostgreSQL through {@link TestDatabase}). */
class ServiceTest {

    private Database database;
    private Services services;
    private Coordinator coordinator;

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        services = Services.over(database, Clock.systemDefaultZone());
        coordinator = services.accounts().addCoordinator("Coordinator@Example.org ", "a long enough password");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Round personalRound(int links) {
        return services.rounds().create(coordinator, new RoundService.NewRound(new Organisation("Buurtwerk",
                Region.FLANDERS, Sector.COMMUNITY_WORK, List.of()), "selfscan-1", List.of(Language.NL), null, 3,
                LinkKind.PERSONAL, links, false));
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_logins_make_sessions() {
        String hash = database.sql().inTransaction(tx -> tx.one("SELECT password_hash FROM coordinators",
                row -> row.getString(1))).orElseThrow();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("a long enough password");

        AccountService.Session session = services.accounts().login("coordinator@example.org", "a long enough password", "test");
        assertThat(services.accounts().coordinatorOf(session.cookieValue())).contains(coordinator);
        services.accounts().logout(session.cookieValue());
        assertThat(services.accounts().coordinatorOf(session.cookieValue())).isEmpty();

        assertThatThrownBy(() -> services.accounts().login("coordinator@example.org", "wrong", "test"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNAUTHORISED));
        assertThatThrownBy(() -> services.accounts().addCoordinator("x@example.org", "short"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("password"));
    }

    @Test
    void a_new_round_of_the_same_organisation_follows_the_previous_one() {
        Round first = personalRound(1);
        Round second = personalRound(1);

        assertThat(second.organisationId()).isEqualTo(first.organisationId());
        assertThat(second.previousRoundId()).isEqualTo(first.id());
        assertThat(first.previousRoundId()).isNull();
    }

    @Test
    void personal_links_carry_256_random_bits() {
        Round round = personalRound(20);
        List<String> tokens = services.rounds().overview(coordinator, round.id()).personalLinks().stream()
                .map(link -> link.token()).toList();
        assertThat(tokens).hasSize(20).doesNotHaveDuplicates().allSatisfy(token -> assertThat(token).hasSize(43));
    }

    @Test
    void the_anonymity_minimum_is_never_below_three() {
        assertThatThrownBy(() -> services.rounds().create(coordinator, new RoundService.NewRound(new Organisation("X",
                Region.FLANDERS, Sector.OTHER, List.of()), "selfscan-1", List.of(Language.NL), null, 2, LinkKind.SHARED, 0, false)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("minRespondents"));
    }

    @Test
    void the_minimum_is_fixed_once_an_answer_is_saved() {
        Round round = personalRound(1);
        String token = services.rounds().overview(coordinator, round.id()).personalLinks().get(0).token();
        services.rounds().changeMinimum(coordinator, round.id(), 4);

        services.respondents().save(token, RespondentService.Changes.answers(Map.of("legislation-1", "3")));

        assertThatThrownBy(() -> services.rounds().changeMinimum(coordinator, round.id(), 6))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThat(services.rounds().overview(coordinator, round.id()).round().minRespondents()).isEqualTo(4);
    }

    @Test
    void simultaneous_submits_through_one_link_count_once() throws Exception {
        Round round = personalRound(1);
        String token = services.rounds().overview(coordinator, round.id()).personalLinks().get(0).token();
        services.respondents().save(token, RespondentService.Changes.answers(Map.of("legislation-1", "3")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> submit = () -> {
                    try {
                        services.respondents().submit(token);
                        return true;
                    } catch (Refusal refusal) {
                        return false;
                    }
                };
                results.add(pool.submit(submit));
            }
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(services.rounds().overview(coordinator, round.id()).respondents()).isOne();
    }

    @Test
    void a_closed_round_takes_no_submit() {
        Round round = personalRound(1);
        String token = services.rounds().overview(coordinator, round.id()).personalLinks().get(0).token();
        services.respondents().save(token, RespondentService.Changes.answers(Map.of("legislation-1", "3")));
        services.rounds().close(coordinator, round.id());

        assertThatThrownBy(() -> services.respondents().submit(token))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.GONE));
    }

    @Test
    void the_demo_loads_closed_rounds_and_one_open_round_one_answer_short_of_its_minimum() {
        DemoData.Login login = DemoData.load(database, Clock.systemDefaultZone());
        Coordinator demo = services.accounts().login(login.email(), login.password(), "test").coordinator();

        List<RoundService.Summary> rounds = services.rounds().roundsOf(demo);

        assertThat(rounds).hasSize(5);
        RoundService.Overview open = services.rounds().overview(demo, login.openRoundId());
        assertThat(open.respondents()).isEqualTo(4);
        assertThat(open.round().minRespondents()).isEqualTo(5);
        assertThat(open.round().previousRoundId()).isNotNull();
        assertThat(login.joinCode()).hasSize(6);
    }

    @Test
    void the_demo_organisation_has_two_earlier_rounds_with_team_sessions_and_marked_agreements() {
        DemoData.Login login = DemoData.load(database, Clock.systemDefaultZone());
        Coordinator demo = services.accounts().login(login.email(), login.password(), "test").coordinator();
        Round open = services.rounds().overview(demo, login.openRoundId()).round();

        RoundService.OrganisationHistory history = services.rounds().organisation(demo, open.organisationId());

        assertThat(history.rounds()).hasSize(3);
        assertThat(history.rounds().get(2).round().id()).isEqualTo(open.id());
        assertThat(history.rounds().subList(0, 2)).allSatisfy(point -> {
            assertThat(point.scores()).isNotNull();
            assertThat(services.sessions().ofRound(demo, point.round().id())).hasValueSatisfying(session -> assertThat(session.ended()).isTrue());
        });
        assertThat(history.agreements()).hasSize(4);
        assertThat(history.agreements()).extracting(agreement -> agreement.status().id())
                .containsExactly("done", "dropped", "open", "open");
        // the open round follows the latest earlier one, and the lindegem and de-brug rounds are free for a new session
        assertThat(open.previousRoundId()).isEqualTo(history.rounds().get(1).round().id());
    }
}
