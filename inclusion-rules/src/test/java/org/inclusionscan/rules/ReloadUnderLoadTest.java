package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Factor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads while other threads advise: valid rule sets (two thresholds, alternating) and broken
 * ones. No call may fail, and every advice must be wholly of one rule set: its explanations carry
 * its version, and whether the factor at 2.8 is weak matches that version's threshold.
 */
class ReloadUnderLoadTest {

    /** Two rounds by default; ten with -DslowTests=true. */
    private static final int ROUNDS = Boolean.getBoolean("slowTests") ? 10 : 2;
    private static final int ADVISING_THREADS = 2;

    @TempDir
    Path rules;

    @Test
    void reloadingUnderLoadSwapsWholeRuleSetsAndKeepsTheLastGoodOneOnErrors() throws Exception {
        // GIVEN
        Advisor.exportDefaults(rules);
        Path thresholds = rules.resolve("thresholds.properties");
        String lowThreshold = Files.readString(thresholds);
        String highThreshold = lowThreshold.replace("factor.weak.below=2.5", "factor.weak.below=3.0");
        // The bundled scenarios fail with the higher threshold: this test is about swapping, not about scenarios.
        ReloadingAdvisor advisor = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).buildReloading();
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.8));
        Map<String, Boolean> weakByVersion = new ConcurrentHashMap<>();
        weakByVersion.put(advisor.ruleSet().version(), false);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong advised = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Advice> seen = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(ADVISING_THREADS);
        CountDownLatch started = new CountDownLatch(ADVISING_THREADS);
        for (int t = 0; t < ADVISING_THREADS; t++) {
            pool.execute(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        Advice advice = advisor.advise(scores, Organisations.FLEMISH_SERVICE_CENTRE);
                        advised.incrementAndGet();
                        long count = advised.get();
                        if (count % 50 == 0) {
                            seen.add(advice);
                        }
                        if (count % 10 == 0) {
                            Thread.sleep(1); // leave the reloading thread some of the two cores
                        }
                        for (var recommendation : advice.recommendations()) {
                            if (!recommendation.explanation().ruleSetVersion().equals(advice.ruleSet().version())) {
                                errors.add("mixed versions in " + advice);
                            }
                        }
                        Boolean weak = weakByVersion.get(advice.ruleSet().version());
                        if (weak != null && weak != advice.recommendationIds().contains("factor.network-vitality.weak")) {
                            errors.add("advice does not match its rule set " + advice.ruleSet() + ": " + advice.recommendationIds());
                        }
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        started.await();

        // WHEN
        for (int round = 0; round < ROUNDS; round++) {
            boolean high = round % 2 == 0;
            Files.writeString(thresholds, high ? highThreshold : lowThreshold);
            String version = RuleSetVersions.of(rules);
            weakByVersion.put(version, high);
            assertThat(advisor.reload().version()).isEqualTo(version);

            Files.writeString(rules.resolve("extra.drl"), BrokenRuleFileTest.MISSING_PAREN);
            assertThatThrownBy(advisor::reload).isInstanceOf(RuleSetException.class);
            assertThat(advisor.ruleSet().version()).isEqualTo(version);
            Files.delete(rules.resolve("extra.drl"));
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        // THEN
        assertThat(errors).isEmpty();
        assertThat(advised.get()).isGreaterThan(ROUNDS);
        assertThat(seen).allSatisfy(advice -> AdviceAssert.assertThatAdvice(advice).isExplainedByItsRuleSet());
    }

    /** The version a directory will get, computed the way the compiler does. */
    static final class RuleSetVersions {
        static String of(Path directory) {
            return org.inclusionscan.rules.drools.RuleSetSources.fromDirectory(directory).version();
        }
    }
}
