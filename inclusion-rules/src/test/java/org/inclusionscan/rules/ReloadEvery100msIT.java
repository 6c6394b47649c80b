package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.scoring.ScoreCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slow reload test of docs/reliability.md: threads advise without pause while the rules
 * directory changes and reloads every 100 ms, in turn a valid rule set (factor.weak.below 2.5),
 * a broken DRL file, the other valid rule set (3.0), a broken table. No call may fail;
 * every advice is wholly of one rule set that was actually built: each explanation carries the
 * advice's version, that version is one a reload (or the start) built, and whether the factor at
 * 2.8 is weak matches that version's threshold. Failed reloads change nothing.
 *
 * <p>Runs only with {@code -DslowTests=true}, for {@code reload.seconds} (30 by default):
 * {@code ./mvnw -B -pl inclusion-rules -am verify -DslowTests=true -Dtest=ReloadEvery100msIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
class ReloadEvery100msIT {

    private static final long SECONDS = Long.getLong("reload.seconds", 30);
    private static final int ADVISING_THREADS = 3;
    private static final String WEAK = "factor.network-vitality.weak";

    @TempDir
    Path rules;

    @Test
    void adviceStaysWhollyOfOneBuiltRuleSetWhileTheRulesReloadEvery100ms() throws Exception {
        // GIVEN the defaults with two thresholds, and two ways to break them
        Advisor.exportDefaults(rules);
        Path thresholds = rules.resolve("thresholds.properties");
        Path table = rules.resolve("factor-weak.csv");
        String low = Files.readString(thresholds);
        String high = low.replace("factor.weak.below=2.5", "factor.weak.below=3.0");
        String goodTable = Files.readString(table);
        assertThat(high).isNotEqualTo(low);
        Map<String, Boolean> weakByVersion = new ConcurrentHashMap<>();
        weakByVersion.put(RuleSetSources.fromDirectory(rules).version(), false);
        Files.writeString(thresholds, high);
        weakByVersion.put(RuleSetSources.fromDirectory(rules).version(), true);
        Files.writeString(thresholds, low);
        ReloadingAdvisor advisor = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).buildReloading();
        Set<String> built = ConcurrentHashMap.newKeySet();
        built.add(advisor.ruleSet().version());
        ScoreCard scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.8));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong advices = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(ADVISING_THREADS);
        CountDownLatch started = new CountDownLatch(ADVISING_THREADS);
        for (int t = 0; t < ADVISING_THREADS; t++) {
            pool.execute(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        Advice advice = advisor.advise(scores, Organisations.FLEMISH_SERVICE_CENTRE);
                        if (advices.incrementAndGet() % 25 == 0) {
                            Thread.sleep(1); // on two cores, leave the reloading thread some time
                        }
                        String version = advice.ruleSet().version();
                        seen.add(version);
                        for (Recommendation recommendation : advice.recommendations()) {
                            if (!recommendation.explanation().ruleSetVersion().equals(version)) {
                                errors.add("mixed versions: " + recommendation.explanation() + " in an advice of " + version);
                            }
                        }
                        Boolean weak = weakByVersion.get(version);
                        if (weak == null) {
                            errors.add("an advice of an unknown rule set " + advice.ruleSet());
                        } else if (weak != advice.recommendationIds().contains(WEAK)) {
                            errors.add("an advice that its rule set does not explain: " + version + " " + advice.recommendationIds());
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

        // WHEN the directory changes and reloads every 100 ms
        long ok = 0;
        long failed = 0;
        List<String> unexpected = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
        for (int step = 0; System.nanoTime() < end; step++) {
            switch (step % 4) {
                case 0 -> {
                    Files.deleteIfExists(rules.resolve("extra.drl"));
                    Files.writeString(table, goodTable);
                    Files.writeString(thresholds, high);
                }
                case 1 -> Files.writeString(rules.resolve("extra.drl"), BrokenRuleFileTest.MISSING_PAREN);
                case 2 -> {
                    Files.delete(rules.resolve("extra.drl"));
                    Files.writeString(thresholds, low);
                }
                default -> Files.writeString(table, goodTable.replace("network-vitality,65", "network-vitality,650"));
            }
            String before = advisor.ruleSet().version();
            try {
                built.add(advisor.reload().version());
                ok++;
                if (step % 2 == 1) {
                    unexpected.add("step " + step + " should have failed");
                }
            } catch (RuleSetException e) {
                failed++;
                if (step % 2 == 0) {
                    unexpected.add("step " + step + " failed: " + e.getMessage());
                }
                if (!advisor.ruleSet().version().equals(before)) {
                    unexpected.add("a failed reload changed the rule set at step " + step);
                }
            }
            Thread.sleep(100);
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;

        // THEN
        String figures = "ReloadEvery100msIT: %.1f s, %d advising threads, %d advices, %d reloads ok, %d failed, %d errors"
                .formatted(seconds, ADVISING_THREADS, advices.get(), ok, failed, errors.size());
        System.out.println(figures);
        assertThat(errors).as(figures).isEmpty();
        assertThat(unexpected).as(figures).isEmpty();
        assertThat(ok).as(figures).isGreaterThanOrEqualTo(2);
        assertThat(failed).as(figures).isGreaterThanOrEqualTo(2);
        assertThat(advices.get()).as(figures).isGreaterThan(ok + failed);
        assertThat(built).as("rule sets built").containsExactlyInAnyOrderElementsOf(weakByVersion.keySet());
        assertThat(seen).as("every advice is of a rule set that was built").isSubsetOf(built).hasSize(2);
    }
}
