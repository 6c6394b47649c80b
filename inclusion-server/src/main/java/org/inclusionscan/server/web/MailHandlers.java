package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.MailService;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.service.Tokens;

/**
 * A round's mail page ({@code serve --smtp} only; without it these routes do not exist): personal
 * links to a pasted list of addresses, the mails that did not go out, reminders.
 */
final class MailHandlers {

    private final Web web;

    MailHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/rounds/{id}/mail", this::page);
        app.post("/rounds/{id}/mail", this::send);
        app.post("/rounds/{id}/mail/unsent", this::sendUnsent);
        app.post("/rounds/{id}/reminders", this::remind);
    }

    private MailService mail() {
        return web.services.mail();
    }

    private void page(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        render(ctx, coordinator, null, "link", "", null);
    }

    private void send(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = CoordinatorHandlers.vocabulary(ctx.formParam("language"), "language", Language::fromId);
        String addresses = ctx.formParam("addresses");
        MailService.Mailing mailing = mail().sendLinks(coordinator, ctx.pathParam("id"), addresses, language,
                ctx.formParam("requestKey"), web.baseUrl());
        if (mailing.listRefused()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            // The list comes back as given, to be corrected; a list that was sent does not.
            render(ctx, coordinator, mailing, "link", addresses == null ? "" : addresses, language);
            return;
        }
        render(ctx, coordinator, mailing, "link", "", language);
    }

    private void sendUnsent(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        render(ctx, coordinator, mail().sendUnsent(coordinator, ctx.pathParam("id"), web.baseUrl()), "link", "", null);
    }

    private void remind(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        render(ctx, coordinator, mail().remind(coordinator, ctx.pathParam("id"), web.baseUrl()), "reminder", "", null);
    }

    private void render(Context ctx, Coordinator coordinator, MailService.Mailing mailing, String kind, String addresses,
            Language mailLanguage) {
        MailService.Status status = mail().status(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, web.language(ctx));
        model.put("isAdmin", web.services.platform().isAdmin(coordinator));
        model.put("status", status);
        model.put("mailing", mailing);
        model.put("kind", kind);
        model.put("addresses", addresses);
        model.put("mailLanguage", mailLanguage != null ? mailLanguage : status.round().languageFor(web.language(ctx)));
        model.put("requestKey", Tokens.secret());
        model.put("maxAddresses", RoundService.MAX_PERSONAL_LINKS);
        model.put("reminderHours", MailService.REMINDER_INTERVAL.toHours());
        model.put("mailServer", web.config.smtp() == null ? "" : web.config.smtp().where());
        web.render(ctx, "mail", model);
    }
}
