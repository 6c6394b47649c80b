package org.inclusionscan.server.db;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.DatabaseUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Issue 20, item 1: a transaction the database ends because of another one (deadlock, serialisation
 * failure, lock timeout) runs again instead of failing the request; anything else fails at once,
 * and the retries are bounded.
 */
class SqlRetryTest {

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void a_real_deadlock_is_retried_and_both_transactions_commit(DatabaseUnderTest database) throws Exception {
        try (Database db = Database.open(database.url(), null, null)) {
            // GIVEN two rows, and two transactions that lock them in opposite order at the same moment
            Sql sql = db.sql();
            sql.inTransaction(tx -> tx.update("INSERT INTO server_secrets (name, secret) VALUES ('a', '0'), ('b', '0')"));
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            AtomicInteger attempts = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);

            // WHEN each runs through Sql.inTransaction
            List<Future<String>> done = List.of(
                    pool.submit(() -> crossing(sql, "a", "b", bothHoldOne, attempts)),
                    pool.submit(() -> crossing(sql, "b", "a", bothHoldOne, attempts)));

            // THEN the database ended one of them, it ran again, and both committed
            then(done.get(0).get(60, TimeUnit.SECONDS)).isEqualTo("a,b");
            then(done.get(1).get(60, TimeUnit.SECONDS)).isEqualTo("b,a");
            pool.shutdown();
            then(attempts.get()).as("attempts of the two transactions").isGreaterThanOrEqualTo(3);
            int bothDone = sql.inTransaction(tx -> tx.count("SELECT COUNT(*) FROM server_secrets WHERE secret = '2'"));
            then(bothDone).isEqualTo(2);
        }
    }

    private static String crossing(Sql sql, String first, String second, CyclicBarrier bothHoldOne, AtomicInteger attempts) {
        return sql.inTransaction(tx -> {
            boolean firstAttempt = attempts.incrementAndGet() <= 2;
            tx.update("UPDATE server_secrets SET secret = '1' WHERE name = ? AND secret = '0'", first);
            tx.update("UPDATE server_secrets SET secret = '2' WHERE name = ? AND secret = '1'", first);
            if (firstAttempt) {
                try {
                    bothHoldOne.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            tx.update("UPDATE server_secrets SET secret = secret WHERE name = ?", second);
            return first + "," + second;
        });
    }

    @Test
    void a_serialisation_failure_runs_again_but_only_so_often() {
        try (Database db = TestDatabase.open()) {
            AtomicInteger attempts = new AtomicInteger();

            thenThrownBy(() -> db.sql().inTransaction(tx -> {
                attempts.incrementAndGet();
                throw new SQLException("could not serialize access", "40001");
            })).isInstanceOf(DatabaseException.class);

            then(attempts.get()).isEqualTo(Sql.ATTEMPTS);
        }
    }

    @Test
    void a_transaction_that_succeeds_on_its_second_attempt_returns_its_result() {
        try (Database db = TestDatabase.open()) {
            AtomicInteger attempts = new AtomicInteger();

            int result = db.sql().inTransaction(tx -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new SQLException("deadlock detected", "40P01");
                }
                return tx.count("SELECT 42");
            });

            then(result).isEqualTo(42);
            then(attempts.get()).isEqualTo(2);
        }
    }

    @Test
    void a_refusal_or_another_failure_is_not_tried_again() {
        try (Database db = TestDatabase.open()) {
            AtomicInteger attempts = new AtomicInteger();

            thenThrownBy(() -> db.sql().inTransaction(tx -> {
                attempts.incrementAndGet();
                throw Refusal.notFound();
            })).isInstanceOf(Refusal.class);
            thenThrownBy(() -> db.sql().inTransaction(tx -> {
                attempts.incrementAndGet();
                throw new SQLException("duplicate key", "23505");
            })).isInstanceOf(DatabaseException.class);

            then(attempts.get()).isEqualTo(2);
        }
    }
}
