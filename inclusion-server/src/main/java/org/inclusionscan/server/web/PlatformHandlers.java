package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.service.PlatformService;
import org.inclusionscan.server.service.PlatformService.OrganisationAccess;
import org.inclusionscan.server.service.PlatformService.Secret;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.RuleSetInUse;

/**
 * The host's pages: administrators manage organisations, coordinators, tokens and see the audit
 * log; an organisation's coordinators manage its API tokens; one-time links to choose a password;
 * erasing a round or an organisation after a confirmation that names what goes.
 */
final class PlatformHandlers {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** How many lines of the audit log the page shows, newest first. */
    static final int AUDIT_LINES = 500;

    private final Web web;

    PlatformHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/admin", this::admin);
        app.post("/admin/organisations", this::createOrganisation);
        app.post("/admin/rules/table", this::uploadTable);
        app.get("/admin/audit", this::audit);
        app.get("/organisations/{id}/manage", this::manage);
        app.post("/organisations/{id}/name", this::rename);
        app.post("/organisations/{id}/archive", this::archive);
        app.post("/organisations/{id}/invitations", this::invite);
        app.post("/organisations/{id}/coordinators/{coordinator}/remove", this::removeCoordinator);
        app.post("/organisations/{id}/coordinators/{coordinator}/link", this::newLink);
        app.post("/organisations/{id}/tokens", this::createToken);
        app.post("/organisations/{id}/tokens/{token}/revoke", this::revokeToken);
        app.get("/organisations/{id}/archive.zip", this::archiveDownload);
        app.get("/organisations/{id}/erase", this::eraseOrganisationPage);
        app.post("/organisations/{id}/erase", this::eraseOrganisation);
        app.get("/rounds/{id}/erase", this::eraseRoundPage);
        app.post("/rounds/{id}/erase", this::eraseRound);
        app.get("/invitations/{secret}", this::invitation);
        app.post("/invitations/{secret}", this::accept);
    }

    private PlatformService platform() {
        return web.services.platform();
    }

    private Map<String, Object> model(Context ctx, Coordinator coordinator) {
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, web.language(ctx));
        model.put("isAdmin", platform().isAdmin(coordinator));
        return model;
    }

    private void admin(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        web.render(ctx, "admin", adminModel(ctx, admin));
    }

    private Map<String, Object> adminModel(Context ctx, Coordinator admin) {
        Map<String, Object> model = model(ctx, admin);
        model.put("organisations", platform().organisations(admin));
        RuleSetInUse rules = web.services.rules();
        Language language = web.language(ctx);
        model.put("ruleSet", rules.ruleSet());
        model.put("rulesDirectory", rules.directory().map(Object::toString).orElse(null));
        model.put("refusedAt", rules.lastRefused().map(refused -> WHEN.format(refused.at())).orElse(null));
        model.put("refusedProblems", rules.lastRefused().map(refused -> refused.describe(language)).orElse(null));
        model.put("tableNames", String.join(", ", RuleSetInUse.TABLE_NAMES));
        model.put("tableTaken", false);
        model.put("tableProblems", null);
        return model;
    }

    /**
     * An administrator's factor table: read by the same strict parser and checked with the
     * directory's other files and scenarios; used, or refused with the located problems.
     */
    private void uploadTable(Context ctx) throws java.io.IOException {
        Coordinator admin = web.requireCoordinator(ctx);
        if (!platform().isAdmin(admin)) {
            throw Refusal.notFound();
        }
        io.javalin.http.UploadedFile file = ctx.uploadedFile("table");
        if (file == null || file.size() == 0) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "field-required", "table");
        }
        String given = file.filename() == null ? "" : file.filename().toLowerCase(java.util.Locale.ROOT);
        String extension = given.endsWith(".xlsx") ? "xlsx" : given.endsWith(".csv") ? "csv" : null;
        if (extension == null) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "table-kind", "table");
        }
        byte[] content;
        try (java.io.InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        var refused = web.services.rules().replaceTable(extension, content);
        platform().record(admin.email(), refused.isEmpty() ? "table-taken" : "table-refused", null, "factor-weak." + extension);
        Map<String, Object> model = adminModel(ctx, admin);
        if (refused.isEmpty()) {
            model.put("tableTaken", true);
        } else {
            ctx.status(HttpStatus.BAD_REQUEST);
            model.put("tableProblems", refused.get().describe(web.language(ctx)));
        }
        web.render(ctx, "admin", model);
    }

    private void createOrganisation(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        String id = platform().createOrganisation(admin, ctx.formParam("name"));
        ctx.redirect("/organisations/" + id + "/manage", HttpStatus.SEE_OTHER);
    }

    private void audit(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        Map<String, Object> model = model(ctx, admin);
        model.put("entries", platform().auditLog(admin, AUDIT_LINES).stream().map(entry -> Map.of(
                "when", WHEN.format(Instant.ofEpochMilli(entry.atMillis())), "actor", entry.actor(), "action", entry.action(),
                "organisation", entry.organisationName() == null ? "" : entry.organisationName(),
                "subject", entry.subject() == null ? "" : entry.subject())).toList());
        model.put("limit", AUDIT_LINES);
        web.render(ctx, "audit", model);
    }

    private void manage(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        OrganisationAccess access = platform().access(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = model(ctx, coordinator);
        model.put("access", access);
        model.put("municipality", web.benchmark.municipality(coordinator, access.organisation().id()));
        model.put("tokens", access.tokens().stream().map(token -> Map.of("id", token.id(), "name", token.name(),
                "created", WHEN.format(Instant.ofEpochMilli(token.createdAt())),
                "lastUsed", token.lastUsedAt() == null ? "" : WHEN.format(Instant.ofEpochMilli(token.lastUsedAt())),
                "revoked", token.revokedAt() == null ? "" : WHEN.format(Instant.ofEpochMilli(token.revokedAt())))).toList());
        web.render(ctx, "manage", model);
    }

    private void backToManage(Context ctx) {
        ctx.redirect("/organisations/" + ctx.pathParam("id") + "/manage", HttpStatus.SEE_OTHER);
    }

    private void rename(Context ctx) {
        platform().renameOrganisation(web.requireCoordinator(ctx), ctx.pathParam("id"), ctx.formParam("name"));
        backToManage(ctx);
    }

    private void archive(Context ctx) {
        platform().archiveOrganisation(web.requireCoordinator(ctx), ctx.pathParam("id"), "true".equals(ctx.formParam("archived")));
        backToManage(ctx);
    }

    private void invite(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        Secret secret = platform().invite(admin, ctx.pathParam("id"), ctx.formParam("email"));
        showLink(ctx, admin, "invitation", secret);
    }

    private void newLink(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        Secret secret = platform().newLink(admin, ctx.pathParam("id"), ctx.pathParam("coordinator"));
        showLink(ctx, admin, "password-link", secret);
    }

    /** An invitation or new-password link: mailed to its coordinator when the server sends mail, and shown this once. */
    private void showLink(Context ctx, Coordinator admin, String kind, Secret secret) {
        String link = web.baseUrl() + "/invitations/" + secret.value();
        String mailed = "off";
        if (web.services.mail().enabled()) {
            var failure = web.services.mail().sendInvitation(ctx.pathParam("id"), secret.forWhat(), link,
                    "password-link".equals(kind), web.language(ctx));
            mailed = failure == null ? "sent" : failure.id();
        }
        showSecret(ctx, admin, kind, link, secret.forWhat(), mailed);
    }

    private void removeCoordinator(Context ctx) {
        platform().removeCoordinator(web.requireCoordinator(ctx), ctx.pathParam("id"), ctx.pathParam("coordinator"));
        backToManage(ctx);
    }

    private void createToken(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Secret secret = platform().createToken(coordinator, ctx.pathParam("id"), ctx.formParam("name"));
        showSecret(ctx, coordinator, "token", secret.value(), secret.forWhat());
    }

    private void revokeToken(Context ctx) {
        platform().revokeToken(web.requireCoordinator(ctx), ctx.pathParam("id"), ctx.pathParam("token"));
        backToManage(ctx);
    }

    /** A secret on a page of its own, shown this once: never stored in a form the browser could cache. */
    private void showSecret(Context ctx, Coordinator coordinator, String kind, String value, String forWhat) {
        showSecret(ctx, coordinator, kind, value, forWhat, "off");
    }

    private void showSecret(Context ctx, Coordinator coordinator, String kind, String value, String forWhat, String mailed) {
        Map<String, Object> model = model(ctx, coordinator);
        model.put("mailed", mailed);
        model.put("mailServer", web.config.smtp() == null ? "" : web.config.smtp().where());
        model.put("kind", kind);
        model.put("secret", value);
        model.put("forWhat", forWhat);
        model.put("organisationId", ctx.pathParam("id"));
        web.render(ctx, "secret", model);
    }

    /** The organisation's data as one ZIP (GDPR article 20), for its coordinators and the administrators. */
    private void archiveDownload(Context ctx) throws java.io.IOException {
        Coordinator coordinator = web.requireCoordinator(ctx);
        OrganisationAccess access = platform().access(coordinator, ctx.pathParam("id"));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        new org.inclusionscan.server.service.OrganisationArchive(web.services.rounds())
                .write(access.admin() ? null : coordinator, access.organisation().id(), zip);
        platform().record(coordinator.email(), "organisation-exported", access.organisation().id(), null);
        ctx.header("Content-Disposition", "attachment; filename=\"organisation-" + access.organisation().id() + ".zip\"");
        ctx.contentType("application/zip").result(zip.toByteArray());
    }

    private void eraseOrganisationPage(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        OrganisationAccess access = platform().access(admin, ctx.pathParam("id"));
        if (!access.admin()) {
            throw Refusal.notFound();
        }
        Map<String, Object> model = model(ctx, admin);
        model.put("what", "organisation");
        model.put("name", access.organisation().name());
        model.put("rounds", access.organisation().rounds());
        model.put("coordinators", access.coordinators().size());
        model.put("tokens", access.tokens().size());
        model.put("action", "/organisations/" + ctx.pathParam("id") + "/erase");
        model.put("back", "/organisations/" + ctx.pathParam("id") + "/manage");
        web.render(ctx, "erase", model);
    }

    private void eraseOrganisation(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        OrganisationAccess access = platform().access(admin, ctx.pathParam("id"));
        requireConfirmation(ctx, access.organisation().name());
        platform().eraseOrganisation(admin, ctx.pathParam("id"));
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    private void eraseRoundPage(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Round round = roundOf(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = model(ctx, coordinator);
        model.put("what", "round");
        model.put("name", round.organisation().name());
        model.put("created", round.createdOn());
        model.put("respondents", web.services.rounds().respondents(platform().isAdmin(coordinator) ? null : coordinator, round.id()));
        model.put("action", "/rounds/" + round.id() + "/erase");
        model.put("back", "/rounds/" + round.id());
        web.render(ctx, "erase", model);
    }

    private void eraseRound(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Round round = roundOf(coordinator, ctx.pathParam("id"));
        requireConfirmation(ctx, round.organisation().name());
        platform().eraseRound(coordinator, round.id());
        ctx.redirect("/rounds", HttpStatus.SEE_OTHER);
    }

    /** The round, for its coordinators and the administrators; 404 for anybody else. */
    private Round roundOf(Coordinator coordinator, String roundId) {
        if (platform().isAdmin(coordinator)) {
            return platform().roundFor(PlatformService.ApiCaller.PLATFORM, roundId);
        }
        return web.services.rounds().overview(coordinator, roundId).round();
    }

    /** Erasing asks for the organisation's name, typed: a click alone erases nothing. */
    private static void requireConfirmation(Context ctx, String name) {
        String typed = ctx.formParam("confirm");
        if (typed == null || !typed.strip().equals(name.strip())) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "erase-confirm", "confirm", "name", name);
        }
    }

    private void invitation(Context ctx) {
        var invitation = platform().invitation(ctx.pathParam("secret")).orElseThrow(Refusal::notFound);
        Map<String, Object> model = web.model(ctx, web.language(ctx));
        model.put("invitation", invitation);
        model.put("minPassword", AccountService.MIN_PASSWORD_LENGTH);
        ctx.header("Cache-Control", "no-store");
        web.render(ctx, "invitation", model);
    }

    private void accept(Context ctx) {
        String password = ctx.formParam("password");
        if (password == null || !password.equals(ctx.formParam("again"))) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "password-mismatch", "again");
        }
        Coordinator coordinator = platform().accept(ctx.pathParam("secret"), password);
        AccountService.Session session = web.services.accounts().login(coordinator.email(), password, ctx.ip());
        web.setCookie(ctx, Web.SESSION_COOKIE, session.cookieValue(), (int) AccountService.SESSION_SECONDS);
        ctx.redirect("/rounds", HttpStatus.SEE_OTHER);
    }
}
