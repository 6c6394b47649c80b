package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.inclusionscan.server.service.CodeGuesses;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.service.Refusal;

/** The web application: routes, and the one place that sets security headers, CSRF checks and error pages. */
public final class WebApp {

    private static final Map<String, String> STATIC = Map.of("site.css", "text/css; charset=utf-8",
            "answers.js", "text/javascript; charset=utf-8", "session.js", "text/javascript; charset=utf-8");

    /** Open connections allowed per client address (a team behind one router fits easily). */
    static final int MAX_CONNECTIONS_PER_ADDRESS = 128;
    /** The time a whole request body may take to arrive. */
    static final long BODY_DEADLINE_MILLIS = 10_000;
    /** Connections the operating system holds for the server before it accepts them (Java's default is 50). */
    static final int ACCEPT_QUEUE = 1024;
    /** The only paths that take a multipart form: the scan import's and the factor table's file uploads. */
    static final Set<String> MULTIPART_PATHS = Set.of("/rounds/import", "/admin/rules/table");

    private WebApp() {
    }

    /**
     * @param baseUrl where the server is reached, known once it listens (for the links it hands out)
     */
    public static Javalin create(Services services, ServerConfig config, Supplier<String> baseUrl) {
        Web web = new Web(services, config, baseUrl);
        CodeGuesses guesses = new CodeGuesses(services.database().sql(), Clock.systemDefaultZone());
        Errors errors = new Errors(web, guesses);
        LiveFeed feed = new LiveFeed();
        boolean hsts = web.hsts();
        Javalin app = Javalin.create(javalin -> {
            javalin.events.serverStopped(feed::close);
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.jetty.modifyServletContextHandler(handler -> {
                handler.setMaxFormContentSize((int) config.maxBodyBytes());
                handler.addFilter(new FilterHolder(new BodyGuard(config.maxBodyBytes(), BODY_DEADLINE_MILLIS, MULTIPART_PATHS)),
                        "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
                handler.setErrorHandler(new GuardedErrorHandler(hsts));
            });
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new GuardedErrorHandler(hsts)));
            javalin.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setAcceptQueueSize(ACCEPT_QUEUE);
                connector.addEventListener(new ConnectionsPerAddress(MAX_CONNECTIONS_PER_ADDRESS));
                return connector;
            });
        });
        app.before(ctx -> {
            SecurityHeaders.set(ctx, hsts);
            if (ctx.attribute(BodyGuard.REFUSED) instanceof Integer refused) {
                throw switch (refused) {
                    case 408 -> new Refusal(Refusal.Kind.TIMEOUT, "request-timeout", null);
                    case 413 -> new Refusal(Refusal.Kind.TOO_LARGE, "too-large", null);
                    case 415 -> new Refusal(Refusal.Kind.UNSUPPORTED_TYPE, "unsupported-type", null, "type",
                            RespondentHandlers.shorten(String.valueOf(ctx.contentType())));
                    default -> new Refusal(Refusal.Kind.BAD_INPUT, "bad-request", null);
                };
            }
            if (guessesCode(ctx)) {
                guesses.check(ctx.ip());
            }
            if ("POST".equals(ctx.method().name()) && !ctx.path().startsWith(ApiHandlers.PREFIX + "/")) {
                web.checkCsrf(ctx);
            }
        });
        app.exception(Refusal.class, errors::refusal);
        app.exception(InvalidInputException.class, errors::invalidInput);
        app.exception(HttpResponseException.class, errors::http);
        app.exception(Exception.class, errors::failure);
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                errors.http(new HttpResponseException(404, "not found"), ctx);
            }
        });

        // 200 once serving with a database that answers; 503 while the database does not.
        app.get("/health", ctx -> {
            boolean up = services.database().isReachable();
            ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8")
                    .result(up ? "ok" : "database unreachable");
        });
        app.get("/static/{file}", ctx -> {
            String type = STATIC.get(ctx.pathParam("file"));
            if (type == null) {
                throw Refusal.notFound();
            }
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType(type).result(resource(ctx.pathParam("file")));
        });
        new CoordinatorHandlers(web, feed).register(app);
        new RespondentHandlers(web).register(app);
        new SessionHandlers(web, feed).register(app);
        new PrintHandlers(web).register(app);
        new OrganisationHandlers(web).register(app);
        new PlatformHandlers(web).register(app);
        if (services.mail().enabled()) {
            new MailHandlers(web).register(app);
        }
        new ApiHandlers(web).register(app);
        new BenchmarkHandlers(web).register(app);
        return app;
    }

    /** Requests that name a short code (a team session's, or a round's join code in the form). */
    static boolean guessesCode(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/play/") || path.startsWith("/join/") || ("/play".equals(path) && "POST".equals(ctx.method().name()));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream("/org/inclusionscan/server/static/" + name)) {
            if (in == null) {
                throw Refusal.notFound();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
