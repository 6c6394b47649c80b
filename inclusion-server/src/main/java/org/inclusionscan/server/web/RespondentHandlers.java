package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.RespondentService;
import org.inclusionscan.server.service.RespondentService.Changes;
import org.inclusionscan.server.service.RespondentService.Form;

/**
 * The respondent's pages: join through the shared link, answer page by page (plain form posts,
 * so it works without JavaScript; answers.js adds saving without a page load), submit.
 */
final class RespondentHandlers {

    /** Form fields that are not answers. */
    private static final Set<String> CONTROLS = Set.of(Web.CSRF_FIELD, "page", "lang", "action", "role", "note", "details");

    /** The refusal's code: a coordinator's browser on a respondent page of their own organisation. */
    static final String OWN_ROUND = "own-round";

    private final Web web;

    RespondentHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/join/{key}", this::joinPage);
        app.post("/join/{key}", this::join);
        app.get("/answer/{token}", this::form);
        app.post("/answer/{token}", this::save);
        app.post("/answer/{token}/answers", this::saveQuietly);
    }

    private void joinPage(Context ctx) {
        Round round = web.services.respondents().roundToJoin(ctx.pathParam("key"));
        refuseOwnCoordinator(ctx, () -> round);
        String remembered = ctx.cookie(draftCookie(round));
        if (remembered != null && remembered.length() == 43) {
            ctx.redirect("/answer/" + remembered);
            return;
        }
        Language language = round.languageFor(web.language(ctx));
        Map<String, Object> model = web.model(ctx, language, round.languages());
        model.put("organisation", round.organisation().name());
        model.put("needsCode", round.joinCode() != null);
        model.put("open", round.takesAnswers(LocalDate.now()));
        model.put("key", ctx.pathParam("key"));
        model.put("minimum", round.minRespondents());
        web.render(ctx, "join", model);
    }

    private void join(Context ctx) {
        String key = ctx.pathParam("key");
        Round round = web.services.respondents().roundToJoin(key);
        refuseOwnCoordinator(ctx, () -> round);
        String token = web.services.respondents().join(key, ctx.formParam("code"));
        web.setCookie(ctx, draftCookie(round), token, 60 * 24 * 3600);
        ctx.redirect("/answer/" + token, HttpStatus.SEE_OTHER);
    }

    private static String draftCookie(Round round) {
        return "inclusion_draft_" + round.id().replaceAll("[^A-Za-z0-9_]", "_");
    }

    private void form(Context ctx) {
        Form form = web.services.respondents().open(ctx.pathParam("token"));
        refuseOwnCoordinator(ctx, form::round);
        Language wanted = Web.parse(ctx.queryParam("lang")).orElse(form.link().language());
        Language language = form.round().languageFor(wanted != null ? wanted : web.language(ctx));
        Map<String, Object> model = web.model(ctx, language, form.round().languages());
        model.put("token", form.link().token());
        model.put("organisation", form.round().organisation().name());
        if (form.link().state() == LinkState.SUBMITTED) {
            model.put("personal", form.link().number() != null);
            // Only links sent by e-mail are personal without a number; their address went with the submit.
            model.put("mailed", form.link().kind() == LinkKind.PERSONAL && form.link().number() == null);
            ctx.status(HttpStatus.OK);
            web.render(ctx, "answered", model);
            return;
        }
        if (!form.round().takesAnswers(LocalDate.now())) {
            ctx.status(HttpStatus.GONE);
            web.render(ctx, "round-closed", model);
            return;
        }
        int page = AnswerPage.clamp(intParam(ctx.queryParam("page"), 1), form);
        AnswerPage.fill(model, form, page, language);
        web.render(ctx, "answer", model);
    }

    private void save(Context ctx) {
        String token = ctx.pathParam("token");
        refuseOwnCoordinator(ctx, () -> web.services.respondents().open(token).round());
        Map<String, String> answers = answers(ctx);
        boolean details = ctx.formParam("details") != null;
        Language language = Web.parse(ctx.formParam("lang")).orElse(null);
        web.services.respondents().save(token, new Changes(answers, language, ctx.formParam("role"), ctx.formParam("note"),
                details));
        String action = ctx.formParam("action") == null ? "save" : ctx.formParam("action");
        int page = intParam(ctx.formParam("page"), 1);
        String lang = language == null ? "" : "&lang=" + language.id();
        switch (action) {
            case "submit" -> {
                web.services.respondents().submit(token);
                ctx.redirect("/answer/" + token + (language == null ? "" : "?lang=" + language.id()), HttpStatus.SEE_OTHER);
            }
            case "next" -> ctx.redirect("/answer/" + token + "?page=" + (page + 1) + lang, HttpStatus.SEE_OTHER);
            case "previous" -> ctx.redirect("/answer/" + token + "?page=" + Math.max(1, page - 1) + lang, HttpStatus.SEE_OTHER);
            default -> ctx.redirect("/answer/" + token + "?page=" + page + lang, HttpStatus.SEE_OTHER);
        }
    }

    /** The script's save: the same checks, no page, 204. */
    private void saveQuietly(Context ctx) {
        refuseOwnCoordinator(ctx, () -> web.services.respondents().open(ctx.pathParam("token")).round());
        web.services.respondents().save(ctx.pathParam("token"), Changes.answers(answers(ctx)));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /**
     * A browser with a live session of a coordinator of the round's organisation may not answer
     * it: a coordinator who hands in all answers but one can work out that one from the report or
     * the export. The refusal page explains why and how a coordinator who is also on the team answers.
     * The round is looked up only for a browser with a session cookie, so a respondent's save costs no extra query.
     */
    private void refuseOwnCoordinator(Context ctx, Supplier<Round> round) {
        String session = ctx.cookie(Web.SESSION_COOKIE);
        if (session != null && web.services.accounts().coordinatesOrganisation(session, round.get().organisationId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, OWN_ROUND, null);
        }
    }

    private static Map<String, String> answers(Context ctx) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
            if (!CONTROLS.contains(field.getKey())) {
                List<String> values = field.getValue();
                if (values.size() != 1) {
                    throw new Refusal(Refusal.Kind.BAD_INPUT, "one-answer", field.getKey(), "item",
                            RespondentHandlers.shorten(field.getKey()));
                }
                answers.put(field.getKey(), values.get(0));
            }
        }
        return answers;
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    static int intParam(String value, int fallback) {
        if (value == null || value.isBlank() || value.length() > 6) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
