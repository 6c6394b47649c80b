package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.service.TeamSessionService;
import org.inclusionscan.server.service.TeamSessionService.NewAgreement;
import org.inclusionscan.server.service.TeamSessionService.Participation;
import org.inclusionscan.session.Card;
import org.inclusionscan.session.CardKind;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The team session: the coordinator's shared screen (start, record, skip, back, end) and the
 * participants' phones (join by code, place themselves on each card), with the live state as
 * server-sent events and as JSON for polling.
 */
final class SessionHandlers {

    static final String PARTICIPANT_COOKIE = "inclusion_participant";
    /** Agreement rows on the outcome form. */
    static final int AGREEMENT_ROWS = 3;

    private final Web web;
    private final LiveFeed feed;
    private final List<String> toolIds = ToolCatalogue.defaults().all().stream().map(tool -> tool.id()).toList();

    SessionHandlers(Web web, LiveFeed feed) {
        this.web = web;
        this.feed = feed;
    }

    private TeamSessionService sessions() {
        return web.services.sessions();
    }

    void register(Javalin app) {
        app.post("/rounds/{id}/session", this::start);
        app.get("/sessions/{id}", this::screen);
        app.get("/sessions/{id}/live", ctx -> ctx.json(sessions().live(web.requireCoordinator(ctx), ctx.pathParam("id"))));
        app.before("/sessions/{id}/events", ctx -> sessions().live(web.requireCoordinator(ctx), ctx.pathParam("id")));
        app.sse("/sessions/{id}/events", client -> {
            Coordinator coordinator = web.requireCoordinator(client.ctx());
            String id = client.ctx().pathParam("id");
            feed.watch("screen:" + id, () -> sessions().live(coordinator, id), client);
        });
        app.post("/sessions/{id}/outcome", this::record);
        app.post("/sessions/{id}/move", this::move);
        app.post("/sessions/{id}/end", this::end);

        app.get("/play", this::joinPage);
        app.post("/play", this::join);
        app.get("/play/{code}", this::phone);
        app.post("/play/{code}/place", this::place);
        app.get("/play/{code}/live", ctx -> ctx.json(sessions().phoneLive(ctx.pathParam("code"))));
        app.before("/play/{code}/events", ctx -> sessions().phoneLive(ctx.pathParam("code")));
        app.sse("/play/{code}/events", client -> {
            String code = client.ctx().pathParam("code");
            feed.watch("phone:" + code, () -> sessions().phoneLive(code), client);
        });
    }

    private void start(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        TeamSessionService.Session session = sessions().start(coordinator, ctx.pathParam("id"));
        ctx.redirect("/sessions/" + session.id(), HttpStatus.SEE_OTHER);
    }

    private void screen(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        TeamSessionService.Screen screen = sessions().screen(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = web.model(ctx, language);
        model.put("loggedIn", true);
        model.put("coordinatorEmail", coordinator.email());
        model.put("screen", screen);
        model.put("session", screen.session());
        model.put("round", screen.session().round());
        model.put("card", cardModel(screen.session().card(), screen.questionnaire(), language));
        model.put("live", screen.live());
        model.put("liveMinimum", TeamSessionService.LIVE_MINIMUM);
        model.put("baseUrl", web.baseUrl());
        model.put("values", List.of(1, 2, 3, 4, 5));
        model.put("roles", List.of(Role.values()).stream().map(Role::id).toList());
        List<String> suggested = screen.session().card().tools();
        List<String> others = toolIds.stream().filter(id -> !suggested.contains(id)).toList();
        model.put("suggestedTools", suggested);
        model.put("otherTools", others);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < AGREEMENT_ROWS; i++) {
            var stored = i < screen.agreements().size() ? screen.agreements().get(i).agreement() : null;
            rows.add(Map.of("n", i + 1, "action", stored == null ? "" : stored.action(),
                    "role", stored == null ? "" : stored.role().id(), "due", stored == null ? "" : stored.due().toString(),
                    "tool", stored == null || stored.tool() == null ? "" : stored.tool()));
        }
        model.put("agreementRows", rows);
        model.put("sharedScore", screen.sharedScore() == null ? 0 : screen.sharedScore());
        web.render(ctx, "session", model);
    }

    /** What a card shows: its title, the statement, the earlier picture, advice and tools. */
    static Map<String, Object> cardModel(Card card, org.inclusionscan.questionnaire.Questionnaire questionnaire,
            Language language) {
        boolean item = card.ref().kind() == CardKind.ITEM;
        String statement = item ? questionnaire.item(card.ref().id()).map(found -> found.text(language)).orElse(card.ref().id()) : "";
        List<Map<String, Object>> earlier = new ArrayList<>();
        if (item) {
            int total = card.distribution().answered();
            for (int value = 1; value <= 5; value++) {
                earlier.add(Map.of("value", value, "count", card.distribution().count(value), "total", total));
            }
        }
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("key", card.ref().key());
        model.put("item", item);
        model.put("factor", card.ref().factor().id());
        model.put("statement", statement);
        model.put("mean", String.format(java.util.Locale.ROOT, "%.1f", card.mean()));
        model.put("earlier", earlier);
        model.put("dontKnow", item ? card.distribution().dontKnow() : 0);
        model.put("recommendations", card.recommendations());
        model.put("tools", card.tools());
        model.put("position", card.position());
        return model;
    }

    private void record(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        int score = number(ctx.formParam("sharedScore"), "sharedScore");
        List<NewAgreement> agreements = new ArrayList<>();
        for (int i = 1; i <= AGREEMENT_ROWS; i++) {
            String action = ctx.formParam("action" + i);
            if (action == null || action.isBlank()) {
                continue;
            }
            String roleId = ctx.formParam("role" + i);
            Role role = roleId == null || roleId.isBlank() ? null : CoordinatorHandlers.vocabulary(roleId, "role" + i, Role::fromId);
            String tool = ctx.formParam("tool" + i);
            agreements.add(new NewAgreement(action, role, date(ctx.formParam("due" + i), "due" + i),
                    tool == null || tool.isBlank() ? null : tool.strip()));
        }
        sessions().record(coordinator, ctx.pathParam("id"), required(ctx.formParam("card"), "card"), score, agreements);
        ctx.redirect("/sessions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private void move(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        String step = required(ctx.formParam("step"), "step");
        int delta = switch (step) {
            case "next" -> 1;
            case "back" -> -1;
            default -> throw new Refusal(Kind.BAD_INPUT, "unknown-value", "step", "value", RespondentHandlers.shorten(step));
        };
        sessions().move(coordinator, ctx.pathParam("id"), delta);
        ctx.redirect("/sessions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private void end(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        sessions().end(coordinator, ctx.pathParam("id"));
        ctx.redirect("/sessions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private void joinPage(Context ctx) {
        Map<String, Object> model = web.model(ctx, web.language(ctx));
        model.put("code", ctx.queryParam("code") == null ? "" : RespondentHandlers.shorten(ctx.queryParam("code")));
        web.render(ctx, "play-join", model);
    }

    private void join(Context ctx) {
        Participation participation = sessions().join(required(ctx.formParam("code"), "code"), ctx.cookie(PARTICIPANT_COOKIE));
        web.setCookie(ctx, PARTICIPANT_COOKIE, participation.token(), 24 * 3600);
        ctx.redirect("/play/" + participation.session().joinCode(), HttpStatus.SEE_OTHER);
    }

    private void phone(Context ctx) {
        Language language = web.language(ctx);
        String code = ctx.pathParam("code");
        TeamSessionService.Phone phone;
        try {
            phone = sessions().phone(code, ctx.cookie(PARTICIPANT_COOKIE));
        } catch (Refusal refusal) {
            if (refusal.kind() != Kind.FORBIDDEN) {
                throw refusal;
            }
            ctx.redirect("/play?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> model = web.model(ctx, language);
        model.put("session", phone.session());
        model.put("organisation", phone.session().round().organisation().name());
        model.put("card", cardModel(phone.session().card(), phone.questionnaire(), language));
        model.put("place", phone.place() == null ? 0 : phone.place());
        model.put("values", List.of(1, 2, 3, 4, 5));
        model.put("saved", ctx.queryParam("saved") != null);
        web.render(ctx, "play", model);
    }

    private void place(Context ctx) {
        String code = ctx.pathParam("code");
        sessions().vote(code, ctx.cookie(PARTICIPANT_COOKIE), required(ctx.formParam("card"), "card"),
                number(ctx.formParam("place"), "place"));
        if ("fetch".equals(ctx.header("X-Requested-With"))) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        ctx.redirect("/play/" + code + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", field);
        }
        return value.strip();
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(required(text, field));
        } catch (NumberFormatException e) {
            throw new Refusal(Kind.BAD_INPUT, "bad-number", field, "value", RespondentHandlers.shorten(text));
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Kind.BAD_INPUT, "bad-date", field, "value", RespondentHandlers.shorten(text));
        }
    }
}
