package org.inclusionscan.server.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.DatabaseUnderTest;

/**
 * Where a server process keeps its data: {@code --data DIR} (the embedded database) or {@code --db URL}
 * (a fresh PostgreSQL database of the run's cluster), and a JDBC connection to the same data for the
 * test's own count.
 */
record ServerStorage(String name, List<String> arguments, String jdbcUrl) {

    static ServerStorage embedded(Path directory) {
        return new ServerStorage("embedded", List.of("--data", directory.toString()),
                BothDatabases.embeddedUrl(directory));
    }

    static ServerStorage postgres(String url) {
        return new ServerStorage("postgresql", List.of("--db", url), url);
    }

    /** A fresh PostgreSQL database of the run's cluster, or an embedded one in {@code temporary}. */
    static ServerStorage of(DatabaseUnderTest database, Path temporary) throws IOException {
        return database.isPostgres() ? postgres(database.url()) : embedded(Files.createDirectories(temporary.resolve("data")));
    }

    /** A connection for counting; for the embedded database only while no server holds the file. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public String toString() {
        return name;
    }
}
