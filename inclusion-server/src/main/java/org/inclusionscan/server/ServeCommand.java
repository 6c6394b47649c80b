package org.inclusionscan.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the Inclusietracker until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the Inclusietracker web server.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "The port (default 8080).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default 0.0.0.0, every interface).")
    String host = "0.0.0.0";

    @Option(names = "--data", paramLabel = "DIR", description = "The embedded database's directory (default ./inclusion-data).")
    Path data = Path.of("inclusion-data");

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "PostgreSQL instead; user and password from INCLUSION_DB_USER and INCLUSION_DB_PASSWORD.")
    String db;

    @Option(names = "--api-token-file", paramLabel = "FILE",
            description = "The JSON API's bearer token (or INCLUSION_API_TOKEN); without one the API is off.")
    Path apiTokenFile;

    @Option(names = "--public-url", paramLabel = "URL", description = "The address people reach the server at, for the links it hands out.")
    String publicUrl;

    @Option(names = "--secure-cookies", description = "Mark cookies Secure (on by itself when --public-url is https).")
    boolean secureCookies;

    @Option(names = "--demo", description = "A throw-away database with the demo organisations and a one-time login.")
    boolean demo;

    @Option(names = "--lang", paramLabel = "nl|fr|en", description = "The language of the messages (default nl).")
    Language language = Language.NL;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = apiToken();
        Path demoDirectory = demo ? Files.createTempDirectory("inclusion-demo-") : null;
        String url = Console.jdbcUrl(demo ? null : db, demo ? demoDirectory : data, language);
        if (!demo && db == null) {
            Files.createDirectories(data);
        }
        ServerConfig config = new ServerConfig(host, port, url, System.getenv(Console.DB_USER_VARIABLE),
                System.getenv(Console.DB_PASSWORD_VARIABLE), token, publicUrl, secureCookies,
                ServerConfig.DEFAULT_MAX_BODY_BYTES);
        Database database = Console.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), language);
        DemoData.Login login = demo ? DemoData.load(database, Clock.systemDefaultZone()) : null;
        InclusionServer server = InclusionServer.start(config, database);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (demoDirectory != null) {
                deleteQuietly(demoDirectory);
            }
            stopped.countDown();
        }, "inclusion-shutdown"));
        System.out.println(Console.text(language, "serving", "url", server.url()));
        if (login != null) {
            System.out.println(Console.text(language, "demo-login", "email", login.email(), "password", login.password()));
            System.out.println(Console.text(language, "demo-respondent", "url", server.url() + login.respondentPath(),
                    "code", login.joinCode()));
            System.out.println(Console.text(language, "demo-session", "url", server.url() + "/play"));
        } else if (server.services().accounts().countCoordinators() == 0) {
            String where = db != null ? "--db " + db : "--data " + data;
            System.out.println(Console.text(language, "no-coordinator", "command", "bin/inclusion users add " + where + " EMAIL"));
        }
        System.out.println(Console.text(language, token == null ? "api-off" : "api-on"));
        System.out.flush();
        stopped.await();
        return 0;
    }

    private String apiToken() throws IOException {
        if (apiTokenFile != null) {
            if (!Files.isRegularFile(apiTokenFile)) {
                throw new Main.CommandFailure(Console.text(language, "no-token-file", "file", apiTokenFile));
            }
            return Files.readString(apiTokenFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnvironment = System.getenv(Console.API_TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A throw-away directory in the temporary folder: the system cleans it up in the end.
        }
    }
}
