package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.session.History;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, item 4: a closed round's report is advised once per rules and kept, and still shows at once what
 * a team session adds to it (the cache may never serve a report older than its inputs).
 */
class ReportCacheTest {

    /** The bundled rules, counting how often they advise. */
    private static final class CountingAdvisor implements Advisor {
        private final Advisor rules = Advisor.defaults();
        final AtomicInteger advised = new AtomicInteger();

        @Override
        public Advice advise(ScoreCard scores, Organisation organisation) {
            advised.incrementAndGet();
            return rules.advise(scores, organisation);
        }

        @Override
        public Advice advise(ScoreCard scores, Organisation organisation, History history) {
            advised.incrementAndGet();
            return rules.advise(scores, organisation, history);
        }

        @Override
        public RuleSetInfo ruleSet() {
            return rules.ruleSet();
        }

        @Override
        public Thresholds thresholds() {
            return rules.thresholds();
        }

        @Override
        public Texts texts() {
            return rules.texts();
        }
    }

    private final CountingAdvisor advisor = new CountingAdvisor();
    private Database database;
    private Services services;
    private Coordinator demo;

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        services = Services.over(database, Clock.systemDefaultZone(), RuleSetInUse.fixed(advisor));
        DemoData.Login login = DemoData.load(database, Clock.systemDefaultZone());
        demo = services.accounts().login(login.email(), login.password(), "test").coordinator();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A closed demo round with a report and no team session yet. */
    private Round closedRoundWithoutSession() {
        return services.rounds().roundsOf(demo).stream().map(RoundService.Summary::round)
                .filter(round -> round.isClosed() && services.sessions().ofRound(demo, round.id()).isEmpty())
                .filter(round -> services.rounds().overview(demo, round.id()).respondents() >= round.minRespondents())
                .findFirst().orElseThrow();
    }

    private String report(Round round, ReportFormat format, Language language) {
        return services.rounds().report(demo, round.id(), format, language).body();
    }

    @Test
    void a_closed_rounds_report_is_advised_once_and_then_given_from_memory() {
        Round round = closedRoundWithoutSession();
        int beforeFirst = advisor.advised.get();
        String first = report(round, ReportFormat.HTML, Language.NL);
        int advisedAfterFirst = advisor.advised.get();

        String again = report(round, ReportFormat.HTML, Language.NL);
        String otherLanguage = report(round, ReportFormat.MARKDOWN, Language.FR);

        assertThat(again).isEqualTo(first);
        assertThat(otherLanguage).isNotEqualTo(first);
        // another format and language is rendered again from the kept advice: no rule runs
        assertThat(advisor.advised).hasValue(advisedAfterFirst);
        assertThat(advisedAfterFirst).isGreaterThan(beforeFirst);
    }

    @Test
    void a_round_closed_through_the_service_has_its_report_prepared_before_it_is_opened() throws Exception {
        // GIVEN a new round with three submitted personal links
        Round round = services.rounds().create(demo, new RoundService.NewRound(new Organisation("Buurtwerk Noord",
                Region.FLANDERS, Sector.COMMUNITY_WORK, List.of()), "selfscan-1", List.of(Language.FR), null, 3,
                LinkKind.PERSONAL, 3, false));
        int answer = 1;
        for (var link : services.rounds().overview(demo, round.id()).personalLinks()) {
            services.respondents().save(link.token(), RespondentService.Changes.answers(
                    Map.of("legislation-1", String.valueOf(answer++), "vision-1", "3")));
            services.respondents().submit(link.token());
        }
        int before = advisor.advised.get();

        // WHEN it closes, and its report is prepared in the background (bounded wait)
        services.rounds().close(demo, round.id());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (advisor.advised.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(advisor.advised.get()).as("advised in the background after the close").isGreaterThan(before);
        int prepared = advisor.advised.get();
        String first = report(round, ReportFormat.HTML, Language.FR);

        // THEN the first opening finds it: the rules do not run again, and it is the report of the three responses
        assertThat(advisor.advised).hasValue(prepared);
        assertThat(first).contains("Buurtwerk Noord").isEqualTo(report(round, ReportFormat.HTML, Language.FR));
    }

    @Test
    void what_a_team_session_records_after_the_first_report_is_in_the_next_one() {
        Round round = closedRoundWithoutSession();
        String before = report(round, ReportFormat.JSON, Language.EN);
        TeamSessionService.Session session = services.sessions().start(demo, round.id());
        String card = session.card().ref().key();

        services.sessions().record(demo, session.id(), card, 2, List.of(new TeamSessionService.NewAgreement(
                "Invite the neighbourhood council to our team meeting in spring", Role.STAFF, LocalDate.of(2027, 4, 1), null)));
        String after = report(round, ReportFormat.JSON, Language.EN);

        assertThat(before).doesNotContain("Invite the neighbourhood council");
        assertThat(after).contains("Invite the neighbourhood council to our team meeting in spring");
    }

    @Test
    void fifty_coordinators_opening_one_report_at_once_advise_it_once() throws Exception {
        Round round = closedRoundWithoutSession();
        int before = advisor.advised.get();
        CountDownLatch opening = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<String> bodies = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    opening.await();
                    return report(round, ReportFormat.HTML, Language.EN);
                }));
            }
            opening.countDown();
            for (Future<String> answer : answers) {
                bodies.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(bodies).hasSize(50).containsOnly(bodies.get(0));
        assertThat(bodies.get(0)).contains("<html");
        // the round's own report, and (when it follows one) the earlier round's scores for its history: each once
        assertThat(advisor.advised.get() - before).isBetween(1, 2);
    }
}
