package org.inclusionscan.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.server.service.CodeGuesses;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every refusal and failure as a page or, for the API and scripts, an RFC 9457 problem
 * ({@code type}, {@code title}, {@code status}, {@code detail}, the {@code field}, the located
 * {@code problems}); never a stack trace. Only a bug (500) is logged, with an id the page shows.
 */
final class Errors {

    static final String TYPE_PREFIX = "urn:inclusionscan:problem:";

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private final Web web;
    private final CodeGuesses guesses;

    Errors(Web web, CodeGuesses guesses) {
        this.web = web;
        this.guesses = guesses;
    }

    void refusal(Refusal refusal, Context ctx) {
        SecurityHeaders.set(ctx, web.hsts());
        if (refusal.kind() == Refusal.Kind.UNAUTHORISED && !wantsJson(ctx) && "login-needed".equals(refusal.code())) {
            ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        if (WebApp.guessesCode(ctx) && (refusal.kind() == Refusal.Kind.NOT_FOUND || "wrong-join-code".equals(refusal.code()))) {
            guesses.wrong(ctx.ip());
        }
        if (refusal.kind() == Refusal.Kind.TOO_MANY && refusal.arguments().containsKey("seconds")) {
            ctx.header("Retry-After", refusal.arguments().get("seconds"));
        }
        Language language = language(ctx);
        Texts texts = web.services.texts();
        Map<String, String> arguments = new LinkedHashMap<>(refusal.arguments());
        if (refusal.field() != null) {
            arguments.putIfAbsent("field", refusal.field());
        }
        String detail = texts.message(language, "refusal." + refusal.code(), arguments);
        answer(ctx, refusal.kind().status(), refusal.code(), detail, refusal.field(), List.of());
    }

    void invalidInput(InvalidInputException e, Context ctx) {
        SecurityHeaders.set(ctx, web.hsts());
        Language language = language(ctx);
        List<Map<String, String>> problems = new ArrayList<>();
        for (Problem problem : e.problems()) {
            problems.add(Map.of("path", problem.location(), "code", problem.code(), "message", problem.message(language)));
        }
        String detail = web.services.texts().get(language, "refusal.invalid-input", Map.of("count", e.problems().size()));
        answer(ctx, 400, "invalid-input", detail, null, problems);
    }

    void http(HttpResponseException e, Context ctx) {
        SecurityHeaders.set(ctx, web.hsts());
        int status = e.getStatus();
        String code = switch (status) {
            case 404, 405 -> "not-found";
            case 413 -> "too-large";
            default -> "bad-request";
        };
        int shown = status == 405 ? 404 : status;
        answer(ctx, shown, code, web.services.texts().get(language(ctx), "refusal." + code), null, List.of());
    }

    void failure(Exception e, Context ctx) {
        SecurityHeaders.set(ctx, web.hsts());
        Integer status = tooLargeOrBad(e);
        if (status != null) {
            String code = status == 413 ? "too-large" : "bad-request";
            answer(ctx, status, code, web.services.texts().get(language(ctx), "refusal." + code), null, List.of());
            return;
        }
        String incident = Tokens.id().substring(0, 8);
        LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
        answer(ctx, 500, "internal", web.services.texts().get(language(ctx), "refusal.internal", Map.of("incident", incident)),
                null, List.of());
    }

    /** Jetty's own refusals of a request it cannot read (a form too large, a broken body). */
    private static Integer tooLargeOrBad(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.BadMessageException bad) {
                return bad.getCode() == 413 ? 413 : 400;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof IllegalStateException && (message.contains("Form is larger") || message.contains("too large")
                    || message.contains("Too many keys") || message.contains("exceeds max"))) {
                return 413;
            }
            if (cause instanceof IllegalArgumentException && message.contains("Unable to parse form content")) {
                return 400;
            }
        }
        return null;
    }

    private void answer(Context ctx, int status, String code, String detail, String field, List<Map<String, String>> problems) {
        Language language = language(ctx);
        String title = web.services.texts().get(language, "error." + status + ".title");
        ctx.status(status);
        if (status == 408 || status == 413 || status == 415) {
            // The rest of a refused body is not read: the connection ends with this answer.
            ctx.header("Connection", "close");
        }
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", TYPE_PREFIX + code);
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            if (field != null) {
                body.put("field", field);
            }
            if (!problems.isEmpty()) {
                body.put("problems", problems);
            }
            ctx.contentType("application/problem+json").result(ApiHandlers.write(body));
            return;
        }
        Map<String, Object> model = web.model(ctx, language);
        if ("/login".equals(ctx.path()) && (status == 401 || status == 429 || status == 400)) {
            // A failed login shows the form again, with the reason above it.
            model.put("email", emailOf(ctx));
            model.put("failed", true);
            model.put("detail", detail);
            ctx.contentType("text/html; charset=utf-8").result(web.pages.render("login", model));
            return;
        }
        if (RespondentHandlers.OWN_ROUND.equals(code)) {
            // A coordinator's browser on a respondent page of their own round: a page of its own, with a way out.
            model.put("loggedIn", true);
            ctx.contentType("text/html; charset=utf-8").result(web.pages.render("own-round", model));
            return;
        }
        model.put("status", status);
        model.put("title", title);
        model.put("detail", detail);
        model.put("field", field == null ? "" : field);
        model.put("problems", problems);
        model.put("loggedIn", false);
        ctx.contentType("text/html; charset=utf-8").result(web.pages.render("error", model));
    }

    private static String emailOf(Context ctx) {
        try {
            String email = ctx.formParam("email");
            return email == null ? "" : email;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private Language language(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            return Web.parse(ctx.queryParam("lang")).orElse(Language.EN);
        }
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            try {
                // The respondent's form carries the language it is shown in.
                var fromForm = Web.parse(ctx.formParam("lang"));
                if (fromForm.isPresent()) {
                    return fromForm.get();
                }
            } catch (RuntimeException e) {
                // A form that cannot be read (too large, broken): the other signs of the language still count.
            }
        }
        return web.language(ctx);
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
