package org.inclusionscan.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.BenchmarkService;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Tokens;

/**
 * What every handler shares: the page's language, cookies, the CSRF token of the form, the
 * logged-in coordinator and rendering a page with the model every layout needs.
 */
final class Web {

    static final String SESSION_COOKIE = "inclusion_session";
    static final String CSRF_COOKIE = "inclusion_csrf";
    static final String LANGUAGE_COOKIE = "inclusion_lang";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String CSRF_ATTRIBUTE = "inclusion.csrf";

    final Services services;
    final ServerConfig config;
    final Pages pages;
    /** The picture across organisations (issue 24), built once over the services. */
    final BenchmarkService benchmark;
    private final Supplier<String> baseUrl;

    /** HSTS goes with every answer when the public address is https. */
    boolean hsts() {
        return hsts(config);
    }

    static boolean hsts(ServerConfig config) {
        return config.publicUrl() != null && config.publicUrl().startsWith("https:");
    }

    Web(Services services, ServerConfig config, Supplier<String> baseUrl) {
        this.services = services;
        this.config = config;
        this.baseUrl = baseUrl;
        this.pages = new Pages(services.texts());
        this.benchmark = new BenchmarkService(services.database().sql(), java.time.Clock.systemDefaultZone(), services.rounds(),
                services.rules(),
                org.inclusionscan.aggregate.AggregateOptions.defaults().withMinimum(config.organisationMinimum()));
    }

    String baseUrl() {
        return baseUrl.get();
    }

    /** The language asked for (?lang=), else the remembered one, else the browser's, else Dutch. */
    Language language(Context ctx) {
        String asked = ctx.queryParam("lang");
        Optional<Language> chosen = parse(asked);
        if (chosen.isPresent()) {
            setCookie(ctx, LANGUAGE_COOKIE, chosen.get().id(), 365 * 24 * 3600);
            return chosen.get();
        }
        Optional<Language> remembered = parse(ctx.cookie(LANGUAGE_COOKIE));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                Optional<Language> match = parse(tag.length() >= 2 ? tag.substring(0, 2) : tag);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return Language.NL;
    }

    static Optional<Language> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Language language : Language.values()) {
            if (language.id().equals(id.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The CSRF cookie's value, made (and set) on the first request that needs one. */
    String csrfCookie(Context ctx) {
        String existing = ctx.attribute(CSRF_ATTRIBUTE);
        if (existing != null) {
            return existing;
        }
        String value = ctx.cookie(CSRF_COOKIE);
        if (value == null || value.length() != 43) {
            value = Tokens.secret();
            setCookie(ctx, CSRF_COOKIE, value, -1);
        }
        ctx.attribute(CSRF_ATTRIBUTE, value);
        return value;
    }

    /** The token a form carries: the CSRF cookie's value signed with the server's key. */
    String csrfToken(Context ctx) {
        return services.signing().sign(csrfCookie(ctx));
    }

    /** Refuses a form post whose token does not match its cookie (a forged cross-site request). */
    void checkCsrf(Context ctx) {
        String cookie = ctx.cookie(CSRF_COOKIE);
        String token = ctx.header(CSRF_HEADER);
        if (token == null) {
            token = ctx.formParam(CSRF_FIELD);
        }
        if (cookie == null || token == null || !services.signing().verify(cookie, token)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "csrf", CSRF_FIELD);
        }
    }

    void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (config.secureCookies()) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    Optional<Coordinator> coordinator(Context ctx) {
        return services.accounts().coordinatorOf(ctx.cookie(SESSION_COOKIE));
    }

    /** The logged-in coordinator; without one, 401 (pages send the browser to the login form). */
    Coordinator requireCoordinator(Context ctx) {
        return coordinator(ctx).orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHORISED, "login-needed", null));
    }

    /** The model every page has: language, switch links, CSRF token, the coordinator if any. */
    Map<String, Object> model(Context ctx, Language language, List<Language> offered) {
        Map<String, Object> model = new HashMap<>();
        model.put("language", language);
        model.put("csrf", csrfToken(ctx));
        model.put("csrfField", CSRF_FIELD);
        List<Map<String, Object>> switches = new ArrayList<>();
        for (Language other : offered) {
            switches.add(Map.of("id", other.id(), "current", other == language, "url", withLanguage(ctx, other)));
        }
        model.put("languages", switches);
        model.put("loggedIn", false);
        model.put("isAdmin", false);
        return model;
    }

    Map<String, Object> model(Context ctx, Language language) {
        return model(ctx, language, List.of(Language.values()));
    }

    /** The model of a page for a logged-in coordinator: as {@link #model(Context, Language)}, with the logout form and the e-mail. */
    Map<String, Object> coordinatorModel(Context ctx, Coordinator coordinator, Language language) {
        Map<String, Object> model = model(ctx, language);
        model.put("loggedIn", true);
        model.put("coordinatorEmail", coordinator.email());
        return model;
    }

    /** The current path with ?lang= (keeping the other query parameters). */
    private static String withLanguage(Context ctx, Language language) {
        StringBuilder url = new StringBuilder(ctx.path()).append("?lang=").append(language.id());
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("lang") && (name.equals("page") || name.equals("format")) && !values.isEmpty()) {
                url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(values.get(0),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return url.toString();
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(pages.render(template, model));
    }
}
