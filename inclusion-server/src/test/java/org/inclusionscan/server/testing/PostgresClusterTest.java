package org.inclusionscan.server.testing;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresClusterTest {

    @Test
    void aNewDatabaseIsEmptyAndWritable(PostgresCluster cluster) throws Exception {
        // GIVEN a fresh database in the run's cluster
        String url = cluster.createDatabase();

        // WHEN a table is made and a row written and read back
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (v text)");
            statement.execute("INSERT INTO t VALUES ('één')");
            try (ResultSet rows = statement.executeQuery("SELECT v, current_setting('fsync') FROM t")) {
                // THEN it holds the row, in UTF-8, on a cluster that really syncs
                then(rows.next()).isTrue();
                then(rows.getString(1)).isEqualTo("één");
                then(rows.getString(2)).isEqualTo("on");
            }
        }
    }

    @Test
    void closingStopsTheServerAndRemovesItsDirectory() throws Exception {
        // GIVEN a cluster of its own (not the run's shared one)
        Path binaries = PostgresExtension.binaries();
        PostgresCluster cluster = PostgresCluster.start(binaries);
        Path directory = cluster.directory();
        int port = cluster.port();
        then(Files.exists(directory.resolve("data/postmaster.pid"))).isTrue();

        // WHEN it is closed
        cluster.close();

        // THEN its directory is gone and its port can be taken again
        then(Files.exists(directory)).isFalse();
        try (ServerSocket socket = new ServerSocket(port)) {
            then(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
