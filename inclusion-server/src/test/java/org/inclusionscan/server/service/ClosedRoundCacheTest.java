package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 25, item 4: the memory of closed rounds' reports keeps what it may, drops what it must, and makes each value once. */
class ClosedRoundCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final Object rules = new Object();

    private ClosedRoundCache<String, String> cache(int entries, long weight) {
        return new ClosedRoundCache<>(entries, weight, TimeUnit.MINUTES.toNanos(10), String::length, now::get);
    }

    @Test
    void a_value_is_made_once_and_then_given_back() {
        ClosedRoundCache<String, String> cache = cache(10, 1000);
        AtomicInteger made = new AtomicInteger();

        String first = cache.get(rules, "round-1/nl", () -> "report " + made.incrementAndGet());
        String second = cache.get(rules, "round-1/nl", () -> "report " + made.incrementAndGet());

        assertThat(first).isEqualTo("report 1");
        assertThat(second).isEqualTo("report 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void other_rules_drop_everything_made_with_the_earlier_ones() {
        ClosedRoundCache<String, String> cache = cache(10, 1000);
        cache.get(rules, "a", () -> "made with the first rules");
        cache.get(rules, "b", () -> "made with the first rules");

        String after = cache.get(new Object(), "a", () -> "made with the new rules");

        assertThat(after).isEqualTo("made with the new rules");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void a_value_older_than_the_age_is_made_again() {
        ClosedRoundCache<String, String> cache = cache(10, 1000);
        cache.get(rules, "a", () -> "old");

        now.addAndGet(TimeUnit.MINUTES.toNanos(10) - 1);
        String stillKept = cache.get(rules, "a", () -> "new");
        now.addAndGet(2);
        String madeAgain = cache.get(rules, "a", () -> "new");

        assertThat(stillKept).isEqualTo("old");
        assertThat(madeAgain).isEqualTo("new");
    }

    @Test
    void the_least_recently_used_values_go_first_when_the_weight_or_the_count_is_exceeded() {
        ClosedRoundCache<String, String> byWeight = cache(100, 10);
        byWeight.get(rules, "a", () -> "aaaa");
        byWeight.get(rules, "b", () -> "bbbb");
        byWeight.get(rules, "a", () -> "not made: a is kept");
        byWeight.get(rules, "c", () -> "cccc");

        assertThat(byWeight.size()).isEqualTo(2);
        assertThat(byWeight.get(rules, "a", () -> "made again")).isEqualTo("aaaa");
        assertThat(byWeight.get(rules, "b", () -> "made again")).isEqualTo("made again");

        ClosedRoundCache<String, String> byCount = cache(2, 1000);
        byCount.get(rules, "a", () -> "a");
        byCount.get(rules, "b", () -> "b");
        byCount.get(rules, "c", () -> "c");
        assertThat(byCount.size()).isEqualTo(2);
        assertThat(byCount.get(rules, "a", () -> "made again")).isEqualTo("made again");
    }

    @Test
    void a_failure_is_thrown_as_it_was_and_not_kept() {
        ClosedRoundCache<String, String> cache = cache(10, 1000);

        assertThatThrownBy(() -> cache.get(rules, "a", () -> {
            throw Refusal.notFound();
        })).isInstanceOf(Refusal.class);

        assertThat(cache.size()).isZero();
        assertThat(cache.get(rules, "a", () -> "made after the failure")).isEqualTo("made after the failure");
    }

    @Test
    void many_threads_asking_for_one_missing_value_at_once_make_it_once() throws Exception {
        ClosedRoundCache<String, String> cache = cache(10, 1000);
        AtomicInteger made = new AtomicInteger();
        CountDownLatch asking = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    asking.await();
                    return cache.get(rules, "round-1/html", () -> {
                        made.incrementAndGet();
                        sleep(100);
                        return "the report";
                    });
                }));
            }
            asking.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("the report");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(made).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
