package org.inclusionscan.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.Tokens;

/**
 * A fresh, empty, migrated database for one test: an in-memory H2 database by default, or, when
 * the system property {@value #URL_PROPERTY} names a PostgreSQL URL, a fresh schema there (user
 * and password from {@value #USER_PROPERTY} and {@value #PASSWORD_PROPERTY}). Every repository,
 * service and web test opens its database here, so the same tests run on both databases:
 * {@code ./mvnw -pl inclusion-server test -Dinclusion.test.db=jdbc:postgresql://localhost:5433/postgres}.
 */
public final class TestDatabase {

    public static final String URL_PROPERTY = "inclusion.test.db";
    public static final String USER_PROPERTY = "inclusion.test.db.user";
    public static final String PASSWORD_PROPERTY = "inclusion.test.db.password";

    private TestDatabase() {
    }

    /** The JDBC URL of a fresh database; for PostgreSQL its schema is made here. */
    public static String freshUrl() {
        String base = System.getProperty(URL_PROPERTY, "");
        if (base.isBlank()) {
            return "jdbc:h2:mem:test-" + Tokens.id() + ";DB_CLOSE_DELAY=-1";
        }
        String schema = "t_" + Tokens.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        try (Connection connection = DriverManager.getConnection(base, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a test schema on (" + base + ").", e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return System.getProperty(USER_PROPERTY);
    }

    public static String password() {
        return System.getProperty(PASSWORD_PROPERTY);
    }

    /** A fresh migrated database. */
    public static Database open() {
        return Database.open(freshUrl(), user(), password());
    }

    /** The server configuration for a fresh database on a free port of localhost. */
    public static ServerConfig serverConfig() {
        return ServerConfig.forTests(freshUrl()).withDatabaseUser(user(), password());
    }
}
