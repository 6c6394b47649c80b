package org.inclusionscan.server.web;

import io.javalin.Javalin;
import java.util.function.Supplier;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.ServerConfig;

/** The web application: routes, and the one place that sets security headers, CSRF checks and error pages. */
public final class WebApp {

    private WebApp() {
    }

    /**
     * @param baseUrl where the server is reached, known once it listens (for the links it hands out)
     */
    public static Javalin create(Services services, ServerConfig config, Supplier<String> baseUrl) {
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize((int) config.maxBodyBytes()));
        });
        app.get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
        return app;
    }
}
