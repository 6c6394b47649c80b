package org.inclusionscan.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database: a connection pool on the embedded H2 file database or on PostgreSQL,
 * migrated by Flyway from the same {@code db/migration/V*.sql} files next to this class.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Where the migrations are, on the class path. */
    public static final String MIGRATIONS = "classpath:org/inclusionscan/server/db/migration";

    private final HikariDataSource dataSource;
    private final Sql sql;
    private final String url;

    private Database(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
        this.url = url;
    }

    /**
     * The JDBC URL of the embedded database in a directory. Every commit is written to the file
     * before it returns (WRITE_DELAY=0), so an acknowledged answer survives a killed process.
     */
    public static String embeddedUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("inclusion") + ";WRITE_DELAY=0";
    }

    /** Opens a pool on the URL and brings the schema up to date. */
    public static Database open(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(url.startsWith("jdbc:h2:") ? 8 : 16);
        config.setPoolName("inclusion");
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            LOG.info("Database schema at version {} ({} migration(s) applied now)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, url);
    }

    /** True when the database answers a trivial query. */
    public boolean isReachable() {
        try {
            return sql.inTransaction(tx -> tx.count("SELECT 1")) == 1;
        } catch (RuntimeException e) {
            LOG.warn("The database does not answer: {}", e.getMessage());
            return false;
        }
    }

    public Sql sql() {
        return sql;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
