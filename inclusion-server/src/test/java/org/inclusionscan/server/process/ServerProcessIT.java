package org.inclusionscan.server.process;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.ServerProcess;
import org.inclusionscan.server.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The harness of the process tests on the real server: a child JVM serves, dies by SIGKILL, and serves again on the same data. */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
class ServerProcessIT {

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void aKilledServerStartsAgainOnItsData(TestDatabase database, @TempDir Path temporary) throws Exception {
        // GIVEN a server process on the database
        ServerStorage storage = ServerStorage.of(database, temporary);
        ServerProcess first = ServerProcess.start(storage.arguments(), Map.of(), temporary.resolve("server-1.log"));
        then(health(first)).isEqualTo(200);

        // WHEN it is killed with SIGKILL
        first.kill();

        // THEN it is gone, and a new process on the same data serves
        then(first.isAlive()).isFalse();
        try (ServerProcess second = ServerProcess.start(storage.arguments(), Map.of(), temporary.resolve("server-2.log"))) {
            then(health(second)).isEqualTo(200);
        }
    }

    private static int health(ServerProcess server) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
