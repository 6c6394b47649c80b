package org.inclusionscan.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions over a data source, and the few JDBC calls the repositories need. Parameters are
 * always bound ({@code ?}), never written into the SQL. Thread-safe.
 */
public final class Sql {

    /** How often a transaction runs at most when it keeps colliding with others. */
    public static final int ATTEMPTS = 8;

    // H2's org.h2.api.ErrorCode values (DEADLOCK_1, LOCK_TIMEOUT_1, CONCURRENT_UPDATE_1).
    private static final int H2_DEADLOCK = 40001;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private static final Logger LOG = LoggerFactory.getLogger(Sql.class);

    private final DataSource dataSource;
    /** The transaction this thread is in, when a caller wrapped several service calls in one. */
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    public Sql(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws.
     * When the database ends the transaction because of another one (a deadlock, a serialisation
     * failure, a lock wait that timed out), the whole work runs again in a new transaction, up to
     * {@value #ATTEMPTS} times with a short random pause, so such a collision never reaches the
     * person as an error. The work must therefore do nothing outside the database that it would
     * regret doing twice.
     *
     * <p>Called inside another transaction of this thread, the work joins it: it commits or rolls
     * back with the outer one (and is run again with it), so a caller can make several service
     * calls all-or-nothing (the API's idempotent POSTs).
     */
    public <T> T inTransaction(Work<T> work) {
        Tx outer = current.get();
        if (outer != null) {
            try {
                return work.run(outer);
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.debug("Transaction attempt {} of {} collided with another one, trying again: {}", attempt, ATTEMPTS,
                        e.getMessage());
                pause(attempt);
            }
        }
    }

    private <T> T once(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Tx tx = new Tx(connection);
            current.set(tx);
            try {
                T result = work.run(tx);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while waiting to try a transaction again.", e);
        }
    }

    /**
     * True when the failure is another transaction's fault and trying again may succeed: a deadlock
     * or serialisation failure (SQLSTATE 40001 on both, 40P01 on PostgreSQL) or, on H2, a lock wait
     * that timed out (50200) or a concurrent update of the same row (90131).
     */
    public static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("40001".equals(state) || "40P01".equals(state)) {
                    return true;
                }
                int code = sql.getErrorCode();
                if (code == H2_DEADLOCK || code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE) {
                    return true;
                }
                if (sql.getNextException() != null && sql.getNextException() != cause && isTransient(sql.getNextException())) {
                    return true; // a batch's failure carries the real one as its next exception
                }
            }
        }
        return false;
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** One transaction's connection. */
    public static final class Tx {
        private final Connection connection;

        Tx(Connection connection) {
            this.connection = connection;
        }

        /** Runs an INSERT, UPDATE or DELETE and returns how many rows it touched. */
        public int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                return statement.executeUpdate();
            }
        }

        /** Runs one INSERT, UPDATE or DELETE once per row of parameters, as one batch. */
        public void batch(String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] parameters : rows) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /**
         * Runs an INSERT and returns false instead of failing when it would duplicate a unique key.
         * A savepoint keeps the transaction usable afterwards (PostgreSQL aborts it otherwise).
         */
        public boolean tryInsert(String sql, Object... parameters) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                update(sql, parameters);
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                return false;
            }
        }

        public <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(row.map(result));
                }
                return rows;
            }
        }

        public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) throws SQLException {
            List<T> rows = list(sql, row, parameters);
            if (rows.size() > 1) {
                throw new SQLException("Expected at most one row from (" + sql + ") but got " + rows.size() + ".");
            }
            return rows.stream().findFirst();
        }

        public int count(String sql, Object... parameters) throws SQLException {
            return one(sql, result -> result.getInt(1), parameters).orElse(0);
        }

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }
    }

    /** True for a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL alike). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
