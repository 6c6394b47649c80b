package org.inclusionscan.server;

import io.javalin.Javalin;
import java.time.Clock;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.mail.SmtpMailer;
import org.inclusionscan.server.mail.SmtpSettings;
import org.inclusionscan.server.service.IdempotencyService;
import org.inclusionscan.server.service.MailService;
import org.inclusionscan.server.service.PlatformService;
import org.inclusionscan.server.service.RespondentService;
import org.inclusionscan.server.service.RuleSetInUse;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.service.SigningKeys;
import org.inclusionscan.server.service.TeamSessionService;
import org.inclusionscan.tools.ToolCatalogue;
import org.inclusionscan.server.web.WebApp;

/**
 * A running Inclusietracker: the database, the services and the web application on one port.
 *
 * <pre>{@code
 * try (InclusionServer server = InclusionServer.start(ServerConfig.forTests(url))) {
 *     server.url(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class InclusionServer implements AutoCloseable {

    private final Database database;
    private final Services services;
    private final Javalin app;
    private final String url;

    private InclusionServer(Database database, Services services, Javalin app, String url) {
        this.database = database;
        this.services = services;
        this.app = app;
        this.url = url;
    }

    /** The services over one database, shared by the web application, the CLI and tests. */
    public record Services(Database database, AccountService accounts, RoundService rounds, RespondentService respondents,
            TeamSessionService sessions, SigningKeys signing, IdempotencyService idempotency, PlatformService platform, RuleSetInUse rules, Texts texts, MailService mail) {

        /** Services that advise with the bundled rules. */
        public static Services over(Database database, Clock clock) {
            return over(database, clock, RuleSetInUse.fixed(SharedAdvisor.ADVISOR));
        }

        /** Services that advise with the given rules (a host's directory, see {@code serve --rules}). */
        public static Services over(Database database, Clock clock, RuleSetInUse rules) {
            return over(database, clock, rules, null);
        }

        /** Services that also send mail through the given server (null: no mail). */
        public static Services over(Database database, Clock clock, RuleSetInUse rules, SmtpSettings smtp) {
            Advisor advisor = rules.current().advisor();
            ScanReader reader = ScanReader.create();
            RoundService rounds = new RoundService(database.sql(), clock, reader, rules);
            AccountService accounts = new AccountService(database.sql(), clock);
            return new Services(database, accounts, rounds,
                    new RespondentService(database.sql(), clock, reader.questionnaires()),
                    new TeamSessionService(database.sql(), clock, rounds, ToolCatalogue.defaults()),
                    new SigningKeys(database.sql()), new IdempotencyService(database.sql(), clock),
                    new PlatformService(database.sql(), clock, accounts), rules, advisor.texts(),
                    new MailService(database.sql(), clock, smtp == null ? null : new SmtpMailer(smtp), advisor.texts(), rounds));
        }
    }

    /** The bundled rules, compiled once per process: the advisor is immutable and thread-safe. */
    private static final class SharedAdvisor {
        static final Advisor ADVISOR = Advisor.defaults();
    }

    /** Opens (and migrates) the database and starts serving. */
    public static InclusionServer start(ServerConfig config) {
        Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        try {
            return start(config, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts serving on an open database, which the server then owns (and closes). */
    public static InclusionServer start(ServerConfig config, Database database) {
        return start(config, database, RuleSetInUse.fixed(SharedAdvisor.ADVISOR));
    }

    /**
     * Starts serving on an open database with the given rules; the server then owns (and closes)
     * both.
     */
    public static InclusionServer start(ServerConfig config, Database database, RuleSetInUse rules) {
        Services services = Services.over(database, Clock.systemDefaultZone(), rules, config.smtp());
        String[] base = new String[1];
        Javalin app = WebApp.create(services, config, () -> base[0]);
        app.start(config.host(), config.port());
        String local = "http://" + ("0.0.0.0".equals(config.host()) ? "localhost" : config.host()) + ":" + app.port();
        base[0] = config.publicUrl() != null ? config.publicUrl() : local;
        return new InclusionServer(database, services, app, base[0]);
    }

    /** Where the server is reached, without a trailing slash. */
    public String url() {
        return url;
    }

    public int port() {
        return app.port();
    }

    public Services services() {
        return services;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        app.stop();
        services.rules().close();
        database.close();
    }
}
