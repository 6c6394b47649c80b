package org.inclusionscan.server.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the whole test suite of the module on a throw-away PostgreSQL cluster:
 * {@code ./mvnw -pl inclusion-server -am test -Dinclusion.test.db=postgresql} (what {@code .ci/run}
 * does after the default run on H2). Before the first test, the word {@code postgresql} in
 * {@value org.inclusionscan.server.TestDatabase#URL_PROPERTY} is replaced by the JDBC URL of a new
 * cluster ({@link PostgresCluster}), which the tests' {@code TestDatabase} then makes a fresh schema
 * in for each test; the cluster is stopped and removed when the run ends. Any other value (a real
 * URL, or none) is left alone. Registered in {@code META-INF/services}.
 */
public final class ThrowAwayPostgresForAllTests implements LauncherSessionListener {

    static final String PROPERTY = "inclusion.test.db";
    static final String WORD = "postgresql";

    private PostgresCluster cluster;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (WORD.equals(System.getProperty(PROPERTY))) {
            cluster = PostgresCluster.start(PostgresCluster.findBinaries().orElseThrow(() -> new IllegalStateException(
                    "-D%s=%s asks for PostgreSQL, which is not installed: apt-get install -y postgresql".formatted(PROPERTY, WORD))));
            System.setProperty(PROPERTY, cluster.jdbcUrl("postgres"));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (cluster != null) {
            cluster.close();
            System.setProperty(PROPERTY, WORD);
        }
    }
}
