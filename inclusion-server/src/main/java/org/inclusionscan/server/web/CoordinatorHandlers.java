package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.service.RoundService.NewRound;

/** The coordinator's pages: login, rounds, a round's follow-up, closing, the report, export and import. */
final class CoordinatorHandlers {

    private final Web web;
    private final LiveFeed feed;

    CoordinatorHandlers(Web web, LiveFeed feed) {
        this.web = web;
        this.feed = feed;
    }

    void register(Javalin app) {
        app.get("/", this::home);
        app.get("/login", this::loginPage);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/rounds", this::rounds);
        app.get("/rounds/new", this::newRoundPage);
        app.post("/rounds", this::createRound);
        app.get("/rounds/import", this::importPage);
        app.post("/rounds/import", this::importScan);
        app.get("/rounds/{id}", this::round);
        app.post("/rounds/{id}/minimum", this::changeMinimum);
        app.post("/rounds/{id}/close", this::close);
        app.get("/rounds/{id}/report", this::report);
        app.get("/rounds/{id}/comparison", this::comparison);
        app.get("/rounds/{id}/scan", this::exportScan);
    }

    private void home(Context ctx) {
        if (web.coordinator(ctx).isPresent()) {
            ctx.redirect("/rounds");
            return;
        }
        web.render(ctx, "home", web.model(ctx, web.language(ctx)));
    }

    private void loginPage(Context ctx) {
        Map<String, Object> model = web.model(ctx, web.language(ctx));
        model.put("email", "");
        model.put("failed", false);
        model.put("detail", "");
        web.render(ctx, "login", model);
    }

    private void login(Context ctx) {
        String client = ctx.ip();
        AccountService.Session session = web.services.accounts().login(ctx.formParam("email"), ctx.formParam("password"), client);
        web.services.platform().record(session.coordinator().email(), "login", null, null);
        web.setCookie(ctx, Web.SESSION_COOKIE, session.cookieValue(), (int) AccountService.SESSION_SECONDS);
        ctx.redirect("/rounds", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        String cookie = ctx.cookie(Web.SESSION_COOKIE);
        web.services.accounts().logout(cookie);
        if (cookie != null) {
            // The shared screens' streams of this login end now, not at their next event (issue 20, item 10).
            feed.closeOwner(org.inclusionscan.server.service.Tokens.sha256(cookie));
        }
        web.setCookie(ctx, Web.SESSION_COOKIE, "", 0);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> coordinatorModel(Context ctx, Coordinator coordinator) {
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, web.language(ctx));
        model.put("isAdmin", web.services.platform().isAdmin(coordinator));
        return model;
    }

    private void rounds(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Map<String, Object> model = coordinatorModel(ctx, coordinator);
        model.put("rounds", web.services.rounds().roundsOf(coordinator));
        web.render(ctx, "rounds", model);
    }

    private void newRoundPage(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Map<String, Object> model = coordinatorModel(ctx, coordinator);
        putVocabulary(model);
        // "New round from this one": the same profile, questionnaire and minimum, unless changed here.
        Map<String, Object> from = new java.util.HashMap<>(Map.of("name", "", "region", "", "sector", "", "targetGroups", List.of(),
                "questionnaire", QuestionnaireRegistry.DEFAULT_ID, "minimum", Round.DEFAULT_MINIMUM));
        if (ctx.queryParam("from") != null) {
            Round previous = web.services.rounds().overview(coordinator, ctx.queryParam("from")).round();
            from.put("name", previous.organisation().name());
            from.put("region", previous.organisation().region().id());
            from.put("sector", previous.organisation().sector().id());
            from.put("targetGroups", previous.organisation().targetGroups().stream().map(TargetGroup::id).toList());
            from.put("questionnaire", previous.questionnaireId());
            from.put("minimum", previous.minRespondents());
        }
        model.put("from", from);
        web.render(ctx, "round-new", model);
    }

    private static void putVocabulary(Map<String, Object> model) {
        model.put("regions", List.of(Region.values()).stream().map(Region::id).toList());
        model.put("sectors", List.of(Sector.values()).stream().map(Sector::id).toList());
        model.put("targetGroups", List.of(TargetGroup.values()).stream().map(TargetGroup::id).toList());
        model.put("allLanguages", List.of(Language.values()).stream().map(Language::id).toList());
        model.put("questionnaires", QuestionnaireRegistry.BUNDLED_IDS);
        model.put("defaultMinimum", Round.DEFAULT_MINIMUM);
        model.put("lowestMinimum", Round.LOWEST_MINIMUM);
        model.put("maxLinks", RoundService.MAX_PERSONAL_LINKS);
    }

    private void createRound(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Round round = web.services.rounds().create(coordinator, newRound(ctx));
        ctx.redirect("/rounds/" + round.id(), HttpStatus.SEE_OTHER);
    }

    /** The round form's fields, each refused by name when it cannot be read. */
    private static NewRound newRound(Context ctx) {
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        Region region = vocabulary(ctx.formParam("region"), "region", Region::fromId);
        Sector sector = vocabulary(ctx.formParam("sector"), "sector", Sector::fromId);
        List<TargetGroup> groups = new ArrayList<>();
        for (String id : ctx.formParams("targetGroups")) {
            TargetGroup group = vocabulary(id, "targetGroups", TargetGroup::fromId);
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        List<Language> languages = new ArrayList<>();
        for (String id : ctx.formParams("languages")) {
            Language language = vocabulary(id, "languages", Language::fromId);
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        LocalDate closesOn = date(ctx.formParam("closesOn"), "closesOn");
        int minimum = number(ctx.formParam("minRespondents"), "minRespondents", Round.DEFAULT_MINIMUM);
        LinkKind kind = vocabulary(ctx.formParam("linkKind") == null ? "shared" : ctx.formParam("linkKind"), "linkKind",
                LinkKind::fromId);
        int links = number(ctx.formParam("personalLinks"), "personalLinks", 0);
        String questionnaire = ctx.formParam("questionnaire") == null ? QuestionnaireRegistry.DEFAULT_ID : ctx.formParam("questionnaire");
        if (name.isEmpty()) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", "name");
        }
        return new NewRound(new Organisation(name, region, sector, groups), questionnaire, languages, closesOn, minimum, kind,
                links, ctx.formParam("joinCode") != null);
    }

    static <T> T vocabulary(String id, String field, java.util.function.Function<String, T> fromId) {
        if (id == null || id.isBlank()) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", field);
        }
        try {
            return fromId.apply(id.strip());
        } catch (UnknownIdException e) {
            throw new Refusal(Kind.BAD_INPUT, "unknown-value", field, "value", RespondentHandlers.shorten(id));
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Kind.BAD_INPUT, "bad-date", field, "value", RespondentHandlers.shorten(text));
        }
    }

    private static int number(String text, String field, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(Kind.BAD_INPUT, "bad-number", field, "value", RespondentHandlers.shorten(text));
        }
    }

    private void round(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Map<String, Object> model = coordinatorModel(ctx, coordinator);
        RoundService.Overview overview = web.services.rounds().overview(coordinator, ctx.pathParam("id"));
        model.put("overview", overview);
        model.put("round", overview.round());
        model.put("baseUrl", web.baseUrl());
        model.put("formats", List.of(ReportFormat.values()).stream().map(ReportFormat::id).toList());
        model.put("allLanguages", List.of(Language.values()).stream().map(Language::id).toList());
        model.put("lowestMinimum", Round.LOWEST_MINIMUM);
        model.put("roleMinimum", RoundService.ROLE_MINIMUM);
        model.put("mailEnabled", web.services.mail().enabled());
        model.put("mailStatus", web.services.mail().enabled() && !overview.round().isClosed()
                ? web.services.mail().status(coordinator, overview.round().id()) : null);
        model.put("comparable", overview.round().isClosed() && overview.enoughRespondents() && overview.round().previousRoundId() != null);
        model.put("sessionId", overview.round().isClosed() && overview.enoughRespondents()
                ? web.services.sessions().ofRound(coordinator, overview.round().id()).map(session -> session.id()).orElse(null) : null);
        web.render(ctx, "round", model);
    }

    private void changeMinimum(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        web.services.rounds().changeMinimum(coordinator, ctx.pathParam("id"),
                number(ctx.formParam("minRespondents"), "minRespondents", -1));
        ctx.redirect("/rounds/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private void close(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        web.services.rounds().close(coordinator, ctx.pathParam("id"));
        ctx.redirect("/rounds/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private void report(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        ReportFormat format = vocabulary(ctx.queryParam("format") == null ? "html" : ctx.queryParam("format"), "format",
                ReportFormat::fromId);
        RoundService.ReportOutcome outcome = web.services.rounds().report(coordinator, ctx.pathParam("id"), format, language);
        if (!outcome.shown()) {
            Map<String, Object> model = coordinatorModel(ctx, coordinator);
            model.put("outcome", outcome);
            model.put("roundId", ctx.pathParam("id"));
            ctx.status(HttpStatus.CONFLICT);
            web.render(ctx, "report-withheld", model);
            return;
        }
        if (format == ReportFormat.HTML && ctx.queryParam("download") == null) {
            SecurityHeaders.reportPolicy(ctx);
            ctx.contentType("text/html; charset=utf-8").result(StandingSection.insertInto(web, coordinator, ctx.pathParam("id"),
                    language, outcome.body()));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"report-" + language.id() + "." + format.extension() + "\"");
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(outcome.utf8());
    }

    private void comparison(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        ReportFormat format = vocabulary(ctx.queryParam("format") == null ? "html" : ctx.queryParam("format"), "format",
                ReportFormat::fromId);
        String body = web.services.rounds().comparison(coordinator, ctx.pathParam("id"), format, language);
        if (format == ReportFormat.HTML && ctx.queryParam("download") == null) {
            SecurityHeaders.reportPolicy(ctx);
            ctx.contentType("text/html; charset=utf-8").result(body);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"comparison-" + language.id() + "." + format.extension() + "\"");
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(body);
    }

    private void exportScan(Context ctx) throws IOException {
        Coordinator coordinator = web.requireCoordinator(ctx);
        var scan = web.services.rounds().exportScan(coordinator, ctx.pathParam("id"));
        ctx.header("Content-Disposition", "attachment; filename=\"scan-" + ctx.pathParam("id") + ".json\"");
        ctx.contentType("application/json; charset=utf-8").result(Json.mapper().writeValueAsString(scan));
    }

    private void importPage(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Map<String, Object> model = coordinatorModel(ctx, coordinator);
        model.put("defaultMinimum", Round.DEFAULT_MINIMUM);
        model.put("lowestMinimum", Round.LOWEST_MINIMUM);
        web.render(ctx, "import", model);
    }

    private void importScan(Context ctx) throws IOException {
        Coordinator coordinator = web.requireCoordinator(ctx);
        UploadedFile file = ctx.uploadedFile("scan");
        if (file == null || file.size() == 0) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", "scan");
        }
        byte[] json;
        try (InputStream in = file.content()) {
            json = in.readAllBytes();
        }
        Round round = web.services.rounds().importScan(coordinator, json,
                number(ctx.formParam("minRespondents"), "minRespondents", Round.DEFAULT_MINIMUM));
        ctx.redirect("/rounds/" + round.id(), HttpStatus.SEE_OTHER);
    }
}
