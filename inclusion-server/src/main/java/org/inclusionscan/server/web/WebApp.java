package org.inclusionscan.server.web;

import io.javalin.Javalin;
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

    private WebApp() {
    }

    /**
     * @param baseUrl where the server is reached, known once it listens (for the links it hands out)
     */
    public static Javalin create(Services services, ServerConfig config, Supplier<String> baseUrl) {
        Web web = new Web(services, config, baseUrl);
        Errors errors = new Errors(web);
        LiveFeed feed = new LiveFeed();
        Javalin app = Javalin.create(javalin -> {
            javalin.events.serverStopped(feed::close);
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize((int) config.maxBodyBytes()));
        });
        app.before(ctx -> {
            SecurityHeaders.set(ctx);
            if (ctx.contentLength() > config.maxBodyBytes()) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "too-large", null);
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
        new ApiHandlers(web).register(app);
        return app;
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
