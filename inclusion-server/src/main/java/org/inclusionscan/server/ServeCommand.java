package org.inclusionscan.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.mail.SmtpSettings;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ReloadingAdvisor;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.service.RuleSetInUse;
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

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A policy team's rules directory, read as 'score --rules' reads it and reloaded when it changes.")
    Path rules;

    @Option(names = "--data-only", description = "Accept only data in the rules directory (the factor table, thresholds, wording), no DRL.")
    boolean dataOnly;

    @Option(names = "--allow-failing-scenarios", description = "Use the rules directory even when its scenarios fail.")
    boolean allowFailingScenarios;

    @Option(names = "--smtp", paramLabel = "URL",
            description = "Send mail through this server: smtp://host[:port] (STARTTLS when offered), smtp+starttls://host[:port] "
                    + "(STARTTLS required) or smtps://host[:port] (TLS); user and password from INCLUSION_SMTP_USER and "
                    + "INCLUSION_SMTP_PASSWORD. Without it the pages offer no mail.")
    String smtp;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "The sender address of the mails (needed with --smtp).")
    String mailFrom;

    @Option(names = "--organisation-minimum", paramLabel = "N",
            description = "The fewest organisations a picture across organisations is shown over (default 5, at least 3).")
    int organisationMinimum = org.inclusionscan.aggregate.AggregateOptions.DEFAULT_MINIMUM;

    /** How often the rules directory is checked for changes. */
    static final Duration RULES_CHECKED_EVERY = Duration.ofSeconds(2);

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (organisationMinimum < org.inclusionscan.aggregate.AggregateOptions.LOWEST_MINIMUM) {
            throw new Main.CommandFailure(Console.text(language, "organisation-minimum", "minimum", organisationMinimum,
                    "lowest", org.inclusionscan.aggregate.AggregateOptions.LOWEST_MINIMUM,
                    "default", org.inclusionscan.aggregate.AggregateOptions.DEFAULT_MINIMUM));
        }
        SmtpSettings mail = smtpSettings();
        String token = apiToken();
        RuleSetInUse ruleSet = ruleSet();
        Path demoDirectory = demo ? Files.createTempDirectory("inclusion-demo-") : null;
        String url = Console.jdbcUrl(demo ? null : db, demo ? demoDirectory : data, language);
        if (!demo && db == null) {
            Files.createDirectories(data);
        }
        ServerConfig config = new ServerConfig(host, port, url, System.getenv(Console.DB_USER_VARIABLE),
                System.getenv(Console.DB_PASSWORD_VARIABLE), token, publicUrl, secureCookies,
                ServerConfig.DEFAULT_MAX_BODY_BYTES, mail, organisationMinimum);
        Database database = Console.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), language);
        DemoData.Login login = demo ? DemoData.load(database, Clock.systemDefaultZone()) : null;
        InclusionServer server = InclusionServer.start(config, database, ruleSet);
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
            System.out.println(Console.text(language, "demo-benchmark", "url", server.url() + "/admin/benchmark?municipality=21001"));
        } else if (server.services().accounts().countCoordinators() == 0) {
            String where = db != null ? "--db " + db : "--data " + data;
            System.out.println(Console.text(language, "no-coordinator", "command", "bin/inclusion users add " + where + " EMAIL"));
        }
        System.out.println(Console.text(language, token == null ? "api-off" : "api-on"));
        System.out.println(mail == null ? Console.text(language, "mail-off")
                : Console.text(language, "mail-on", "server", mail.where(), "from", mail.from()));
        if (rules != null) {
            System.out.println(Console.text(language, "rules-watched", "directory", rules, "name", ruleSet.ruleSet().name(),
                    "version", ruleSet.ruleSet().version()));
        }
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** The bundled rules, or the host's directory: refused at once, with every located problem, when it cannot be used. */
    private RuleSetInUse ruleSet() {
        if (rules == null) {
            if (dataOnly || allowFailingScenarios) {
                throw new Main.CommandFailure(Console.text(language, "rules-options-without-directory"));
            }
            return RuleSetInUse.fixed(Advisor.defaults());
        }
        if (!Files.isDirectory(rules)) {
            throw new Main.CommandFailure(Console.text(language, "no-rules-directory", "directory", rules));
        }
        try {
            ReloadingAdvisor advisor = Advisor.builder().rulesDirectory(rules).dataOnly(dataOnly)
                    .allowFailingScenarios(allowFailingScenarios).buildReloading();
            return RuleSetInUse.watching(advisor, dataOnly, allowFailingScenarios, RULES_CHECKED_EVERY, Clock.systemUTC());
        } catch (RuleSetException e) {
            throw new Main.CommandFailure(Console.text(language, "rules-refused", "directory", rules) + System.lineSeparator()
                    + e.describe(language));
        }
    }

    /** --smtp and --mail-from, checked before anything starts; a mistake is one located line and exit code 2. */
    private SmtpSettings smtpSettings() {
        try {
            return SmtpSettings.parse(smtp, mailFrom, System.getenv(SmtpSettings.USER_VARIABLE),
                    System.getenv(SmtpSettings.PASSWORD_VARIABLE));
        } catch (SmtpSettings.Problem problem) {
            throw new Main.CommandFailure(Texts.defaults().get(language, "console." + problem.key(), problem.arguments()));
        }
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
