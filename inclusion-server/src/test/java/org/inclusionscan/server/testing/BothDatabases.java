package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.inclusionscan.server.db.Database;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * Runs a parameterized test once on each database:
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ArgumentsSource(BothDatabases.class)
 * void savesAnAnswer(DatabaseUnderTest database) { Database.open(database.url(), null, null) ... }
 * }</pre>
 * Each invocation gets a database of its own: a new H2 file in a temporary directory (removed after
 * the test) or a new database in the run's PostgreSQL cluster (see {@link PostgresExtension}).
 */
public final class BothDatabases implements ArgumentsProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Stream.of(
                Arguments.of(embedded(context)),
                Arguments.of(new DatabaseUnderTest("postgresql", () -> PostgresExtension.cluster(context).createDatabase())));
    }

    /** An H2 file database in a temporary directory, removed when {@code context} ends. */
    public static DatabaseUnderTest embedded(ExtensionContext context) {
        return new DatabaseUnderTest("embedded", () -> {
            try {
                Path directory = Files.createTempDirectory("inclusion-h2-");
                context.getStore(NAMESPACE).put(directory,
                        (ExtensionContext.Store.CloseableResource) () -> PostgresCluster.deleteRecursively(directory));
                return embeddedUrl(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The same URL the server makes for {@code --data DIR}: commits written to the file before they return. */
    public static String embeddedUrl(Path directory) {
        return Database.embeddedUrl(directory);
    }
}
