package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.model.Factor;
import org.inclusionscan.scoring.ScoreCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions are reused with the table's rows left in them (CompiledRuleSet, "primed"): every advice
 * must still be the one a fresh session gives, whatever the rules of a policy team do.
 */
class PrimedSessionsTest {

    private static final ScoreCard WEAK = ScoreCards.fromFactorMeans(Map.of(Factor.HISTORY, 1.5));
    private static final ScoreCard STRONG = ScoreCards.builder().allFactors(4.5).build();

    @TempDir
    Path rules;

    @Test
    void manyThreadsSharingTheSessionSlotsEachGetTheAdviceOfTheirOwnScan() throws Exception {
        // GIVEN the bundled rules and, per factor, a card weak on that factor alone, advised one at a time
        Advisor advisor = Advisor.defaults();
        List<ScoreCard> cards = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            cards.add(ScoreCards.fromFactorMeans(Map.of(factor, 1.5)));
        }
        cards.add(STRONG);
        List<String> expected = cards.stream()
                .map(card -> advisor.advise(card, Organisations.FLEMISH_SERVICE_CENTRE).toString()).toList();

        // WHEN more threads than session slots advise them all at once, many times over
        int threads = 3 * Runtime.getRuntime().availableProcessors() + 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            CyclicBarrier start = new CyclicBarrier(threads);
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < 200; i++) {
                        int k = (offset + i) % cards.size();
                        if (!advisor.advise(cards.get(k), Organisations.FLEMISH_SERVICE_CENTRE).toString().equals(expected.get(k))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            // THEN every advice is the one its card gets alone: no session carries a fact to another scan
            for (Future<Integer> future : done) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRuleOnTheTableAloneFiresForEveryScan() throws IOException {
        // GIVEN a rule that matches the table's rows without any fact of the scan
        extendWith("table-size.drl", """
                package org.inclusionscan.rules.city;

                import org.inclusionscan.rules.facts.AdviceCollector;
                import org.inclusionscan.rules.facts.FactorRuleRow;

                global AdviceCollector advice;

                // The table has rows.
                rule "table.has-rows"
                when
                    $rows : Number(intValue > 0) from accumulate(FactorRuleRow(), count(1))
                then
                    advice.recommend(kcontext, 10).figure("rows", $rows.doubleValue());
                end
                """);
        Advisor advisor = Advisor.builder().rulesDirectory(rules).build();

        // WHEN it advises several scans in turn THEN the rule fires for each of them
        for (int i = 0; i < 6; i++) {
            assertThatAdvice(advisor.advise(i % 2 == 0 ? WEAK : STRONG, Organisations.FLEMISH_SERVICE_CENTRE))
                    .recommends("table.has-rows");
        }
    }

    @Test
    void aFactInsertedByARuleDoesNotReachTheNextScan() throws IOException {
        // GIVEN a rule that inserts a fact of its own, and a rule that reacts to that fact
        extendWith("marker.drl", """
                package org.inclusionscan.rules.city;

                import org.inclusionscan.rules.facts.AdviceCollector;
                import org.inclusionscan.rules.facts.FactorFact;

                global AdviceCollector advice;

                // A very weak factor leaves a marker.
                rule "marker.left"
                when
                    FactorFact(mean < 2.0)
                then
                    insert("marker");
                    advice.recommend(kcontext, 10);
                end

                // The marker is seen.
                rule "marker.seen"
                when
                    String(this == "marker")
                then
                    advice.recommend(kcontext, 10);
                end
                """);
        Advisor advisor = Advisor.builder().rulesDirectory(rules).build();

        for (int i = 0; i < 6; i++) {
            // WHEN a scan with a very weak factor is followed by a strong one
            assertThatAdvice(advisor.advise(WEAK, Organisations.FLEMISH_SERVICE_CENTRE)).recommends("marker.left", "marker.seen");

            // THEN the strong scan's advice knows nothing of the marker
            assertThatAdvice(advisor.advise(STRONG, Organisations.FLEMISH_SERVICE_CENTRE)).doesNotRecommend("marker.left", "marker.seen");
        }
    }

    private void extendWith(String file, String drl) throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=city\nmode=extend\n");
        Files.writeString(rules.resolve(file), drl);
    }
}
