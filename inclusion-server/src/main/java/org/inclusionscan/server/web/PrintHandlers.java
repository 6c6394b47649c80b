package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.store.LinkRepository.PersonalLink;

/**
 * What a coordinator prints or merges to hand out an open round's links (issue 22, item 1): the join
 * poster of a shared link (A4, with its QR code), name-free slips of the personal links (a number,
 * the QR code and the link) and the personal links as CSV for a mail merge.
 */
final class PrintHandlers {

    private final Web web;

    PrintHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/rounds/{id}/poster", this::poster);
        app.get("/rounds/{id}/slips", this::slips);
        app.get("/rounds/{id}/links.csv", this::csv);
    }

    /** The open round (409 once closed) with the kind of link asked for (409 for the other kind). */
    private RoundService.Overview open(Coordinator coordinator, Context ctx, LinkKind kind) {
        RoundService.Overview overview = web.services.rounds().overview(coordinator, ctx.pathParam("id"));
        Round round = overview.round();
        if (round.isClosed()) {
            throw new Refusal(Kind.CONFLICT, "round-closed", null);
        }
        if (round.linkKind() != kind || (kind == LinkKind.SHARED && round.joinKey() == null)) {
            throw new Refusal(Kind.CONFLICT, kind == LinkKind.SHARED ? "poster-needs-shared-link" : "slips-need-personal-links", null);
        }
        return overview;
    }

    private Map<String, Object> model(Context ctx, Coordinator coordinator, Language language, Round round) {
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, language);
        model.put("round", round);
        return model;
    }

    private void poster(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        Round round = open(coordinator, ctx, LinkKind.SHARED).round();
        String link = web.baseUrl() + "/join/" + round.joinKey();
        Map<String, Object> model = model(ctx, coordinator, language, round);
        model.put("link", link);
        model.put("qr", QrSvg.svg(link, web.services.texts().get(language, "poster.qr"), "poster-qr"));
        web.render(ctx, "poster", model);
    }

    private void slips(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        RoundService.Overview overview = open(coordinator, ctx, LinkKind.PERSONAL);
        String label = web.services.texts().get(language, "slips.qr");
        List<Map<String, Object>> slips = new ArrayList<>();
        for (PersonalLink link : unused(overview)) {
            String url = web.baseUrl() + "/answer/" + link.token();
            slips.add(Map.of("number", link.number(), "link", url, "qr", QrSvg.svg(url, label, "slip-qr-" + link.number())));
        }
        Map<String, Object> model = model(ctx, coordinator, language, overview.round());
        model.put("slips", slips);
        web.render(ctx, "slips", model);
    }

    private void csv(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        RoundService.Overview overview = open(coordinator, ctx, LinkKind.PERSONAL);
        StringBuilder body = new StringBuilder(Csv.line(List.of(web.services.texts().get(language, "slips.csv.number"),
                web.services.texts().get(language, "slips.csv.link"))));
        for (PersonalLink link : unused(overview)) {
            body.append(Csv.line(List.of(Integer.toString(link.number()), web.baseUrl() + "/answer/" + link.token())));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"links-" + overview.round().id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(body.toString());
    }

    /** The links still to hand out: a submitted link is used up (and is not shown again anywhere). */
    private static List<PersonalLink> unused(RoundService.Overview overview) {
        return overview.personalLinks().stream().filter(link -> link.state() != LinkState.SUBMITTED).toList();
    }
}
