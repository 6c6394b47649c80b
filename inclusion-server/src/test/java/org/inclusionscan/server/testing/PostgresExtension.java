package org.inclusionscan.server.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Gives a test a {@link PostgresCluster} parameter: one throw-away cluster for the whole test run,
 * started on first use and stopped and removed when the run ends.
 *
 * <p>Where PostgreSQL is not installed, a developer's run skips these tests with a hint; a CI run
 * (environment {@code CI=true}, or {@code -DrequirePostgres=true}, which {@code .ci/run} sets) fails
 * instead, so CI never passes without them.
 */
public final class PostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresCluster.class;
    }

    @Override
    public PostgresCluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    /** The run's cluster, started on first use; skips or fails as the class comment says when none can be had. */
    public static PostgresCluster cluster(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(Holder.class, key -> new Holder(start()), Holder.class).cluster;
    }

    /** True when a missing PostgreSQL must fail the run rather than skip its tests. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("requirePostgres");
    }

    private static PostgresCluster start() {
        return PostgresCluster.start(binaries());
    }

    /** The PostgreSQL binaries; skips or fails as the class comment says when they are missing. */
    public static Path binaries() {
        Optional<Path> binaries = PostgresCluster.findBinaries();
        if (binaries.isEmpty()) {
            String message = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): "
                    + "run 'apt-get install -y postgresql' (.ci/run does) or set INCLUSION_PG_BIN.";
            if (required()) {
                throw new ParameterResolutionException(message + " This run requires it (CI=true or -DrequirePostgres=true).");
            }
            throw new TestAbortedException(message);
        }
        return binaries.get();
    }

    /** Closed by JUnit when the root context ends, that is after the last test of the run. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final PostgresCluster cluster;

        Holder(PostgresCluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void close() {
            cluster.close();
        }
    }
}
