package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, items 7 and 8: the login limit holds against parallel attempts (each reserves its
 * attempt in the database before its password is checked), and is kept per account and address,
 * so an attacker cannot lock a coordinator out; the 40 parallel attempts also split over two servers
 * on one database. Runs on H2, and on PostgreSQL with {@code -Dinclusion.test.db=...}.
 */
class LoginLimitTest {

    private static final String PASSWORD = "the real password";
    private static InclusionServer server;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static AccountService accounts() {
        return server.services().accounts();
    }

    private static int status(Runnable login) {
        try {
            login.run();
            return 200;
        } catch (Refusal refusal) {
            return refusal.kind().status();
        }
    }

    /**
     * The bound a burst of 39 wrong passwords and the right one must keep: exactly the limit's attempts were
     * reserved before any was refused, so at least that many were checked; at most the limit of them failed (401);
     * the right one got in (303) at most once, which gives back its own reservation only (so with it, at most one
     * attempt more is checked); every other attempt was refused unchecked (429).
     */
    /**
     * 39 wrong passwords and the right one (the last) for one account, released together from one address;
     * attempt i goes to target(i). Returns the 40 statuses in attempt order.
     */
    private static List<Integer> burst(WebClient browser, String email, java.util.function.IntFunction<URI> target) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = i == 39 ? PASSWORD : "wrong guess " + i;
                URI login = target.apply(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return browser.post(login, Map.of("email", email, "password", password)).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertBurstHeldTheLimit(List<Integer> statuses) {
        int limit = AccountService.MAX_FAILURES_PER_EMAIL;
        assertThat(statuses).hasSize(40).allMatch(status -> status == 401 || status == 303 || status == 429);
        long failed = statuses.stream().filter(status -> status == 401).count();
        long in = statuses.stream().filter(status -> status == 303).count();
        long refused = statuses.stream().filter(status -> status == 429).count();
        assertThat(failed).as("wrong passwords checked in %s", statuses).isLessThanOrEqualTo(limit);
        assertThat(in).as("logins in %s", statuses).isLessThanOrEqualTo(1);
        assertThat(failed + in).as("passwords checked in %s", statuses).isBetween((long) limit, (long) limit + in);
        assertThat(refused).isEqualTo(40 - failed - in);
        if (in == 0) {
            assertThat(failed).isEqualTo(limit);
        }
    }

    @Test
    void forty_parallel_attempts_check_no_more_than_the_limit_and_the_right_one_after_it_is_refused() throws Exception {
        // GIVEN a coordinator and 39 wrong passwords and the right one, released together from one address
        accounts().addCoordinator("parallel@example.org", PASSWORD);
        WebClient browser = new WebClient();
        URI login = URI.create(server.url() + "/login");
        browser.get(login);

        // WHEN
        List<Integer> statuses = burst(browser, "parallel@example.org", attempt -> login);

        // THEN no more wrong passwords than the limit were checked, the rest refused unchecked
        assertBurstHeldTheLimit(statuses);
        // and when the right one came too late, it is refused afterwards as well
        if (!statuses.contains(303)) {
            HttpResponse<String> after = browser.post(login, Map.of("email", "parallel@example.org", "password", PASSWORD));
            assertThat(after.statusCode()).isEqualTo(429);
            assertThat(after.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, AccountService.FAILURE_WINDOW_SECONDS));
        }
    }

    @Test
    void forty_parallel_attempts_split_over_two_servers_on_one_database_check_no_more_than_the_limit() throws Exception {
        // GIVEN two servers on one database (two processes behind a load balancer), a coordinator, and
        // 39 wrong passwords and the right one released together from one address, every other one to the second server
        ServerConfig config = TestDatabase.serverConfig();
        try (InclusionServer first = InclusionServer.start(config); InclusionServer second = InclusionServer.start(config)) {
            first.services().accounts().addCoordinator("split@example.org", PASSWORD);
            WebClient browser = new WebClient();
            URI loginOnFirst = URI.create(first.url() + "/login");
            URI loginOnSecond = URI.create(second.url() + "/login");
            // one form token, made by the first server, is good on both (the CSRF key lives in the database)
            browser.get(loginOnFirst);

            // WHEN
            List<Integer> statuses = burst(browser, "split@example.org", attempt -> attempt % 2 == 0 ? loginOnFirst : loginOnSecond);

            // THEN both servers together checked no more wrong passwords than the limit, the rest were refused unchecked
            assertBurstHeldTheLimit(statuses);
            // and when the right one came too late, neither server lets it in afterwards
            if (!statuses.contains(303)) {
                for (URI login : List.of(loginOnFirst, loginOnSecond)) {
                    HttpResponse<String> after = browser.post(login, Map.of("email", "split@example.org", "password", PASSWORD));
                    assertThat(after.statusCode()).as("the right password on %s after the burst", login).isEqualTo(429);
                }
            }
        }
    }

    @Test
    void a_login_that_succeeds_takes_back_only_its_own_attempt_not_the_failures_before_it() {
        // GIVEN four wrong passwords from one address, then the right one
        accounts().addCoordinator("kept@example.org", PASSWORD);
        for (int i = 0; i < AccountService.MAX_FAILURES_PER_EMAIL - 1; i++) {
            int guess = i;
            assertThat(status(() -> accounts().login("kept@example.org", "guess " + guess, "198.51.100.77"))).isEqualTo(401);
        }
        assertThat(status(() -> accounts().login("kept@example.org", PASSWORD, "198.51.100.77"))).isEqualTo(200);

        // WHEN two more wrong passwords come from that address in the same window
        int fifth = status(() -> accounts().login("kept@example.org", "guess 5", "198.51.100.77"));
        int sixth = status(() -> accounts().login("kept@example.org", "guess 6", "198.51.100.77"));

        // THEN the earlier failures still count: the fifth failure is checked, the sixth is refused unchecked
        // (a success that wiped them would let an attacker beside the coordinator start again after every login)
        assertThat(fifth).isEqualTo(401);
        assertThat(sixth).isEqualTo(429);
    }

    @Test
    void an_attacker_on_another_address_does_not_lock_the_coordinator_out() {
        // GIVEN five wrong passwords from the attacker's address
        accounts().addCoordinator("locked@example.org", PASSWORD);
        for (int i = 0; i < 5; i++) {
            int guess = i;
            assertThat(status(() -> accounts().login("locked@example.org", "guess " + guess, "198.51.100.66"))).isEqualTo(401);
        }

        // WHEN the attacker goes on, and the coordinator logs in from the office
        int attacker = status(() -> accounts().login("locked@example.org", PASSWORD, "198.51.100.66"));
        AccountService.Session coordinator = accounts().login("locked@example.org", PASSWORD, "203.0.113.10");

        // THEN the attacker's address is refused, the coordinator is in
        assertThat(attacker).isEqualTo(429);
        assertThat(coordinator.coordinator().email()).isEqualTo("locked@example.org");
    }

    @Test
    void failures_from_many_addresses_slow_the_account_down_and_never_lock_it() {
        // GIVEN seven wrong passwords from seven addresses
        accounts().addCoordinator("slowed@example.org", PASSWORD);
        for (int i = 0; i < 7; i++) {
            int guess = i;
            assertThat(status(() -> accounts().login("slowed@example.org", "guess " + guess, "198.51.100." + guess))).isEqualTo(401);
        }

        // WHEN the coordinator logs in from yet another address
        long start = System.nanoTime();
        AccountService.Session session = accounts().login("slowed@example.org", PASSWORD, "203.0.113.20");
        long millis = (System.nanoTime() - start) / 1_000_000;

        // THEN it works, after the delay seven failures cost (1 s)
        assertThat(session.coordinator().email()).isEqualTo("slowed@example.org");
        assertThat(millis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void one_address_gets_twenty_failures_over_all_accounts() {
        // GIVEN 20 wrong logins from one address, each for another e-mail
        for (int i = 0; i < AccountService.MAX_FAILURES_PER_CLIENT; i++) {
            int n = i;
            assertThat(status(() -> accounts().login("nobody" + n + "@example.org", "a wrong password", "198.51.100.200")))
                    .isEqualTo(401);
        }

        // THEN the next one from there is refused unchecked, whatever the account
        assertThatThrownBy(() -> accounts().login("someone-else@example.org", "a wrong password", "198.51.100.200"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("login-throttled"));
    }
}
