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
import org.inclusionscan.server.service.Tokens;
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
        app.before("/sessions/{id}/events", ctx -> openOnly(sessions().live(web.requireCoordinator(ctx), ctx.pathParam("id"))));
        app.sse("/sessions/{id}/events", client -> {
            web.requireCoordinator(client.ctx());
            String id = client.ctx().pathParam("id");
            String cookie = client.ctx().cookie(Web.SESSION_COOKIE);
            // The state is the session's, the same for every screen (null: no coordinator's limit applies);
            // who may read it is asked per stream, before every event: the login behind it must still hold.
            feed.watch("screen:" + id, () -> sessions().live(null, id), SessionHandlers::ended, () -> mayWatch(cookie, id),
                    Tokens.sha256(cookie), client);
        });
        app.post("/sessions/{id}/reveal", this::reveal);
        app.get("/sessions/{id}/plan", this::plan);
        app.post("/sessions/{id}/outcome", this::record);
        app.post("/sessions/{id}/move", this::move);
        app.post("/sessions/{id}/end", this::end);

        app.get("/play", this::joinPage);
        app.post("/play", this::join);
        app.get("/play/{code}", this::phone);
        app.post("/play/{code}/place", this::place);
        app.get("/play/{code}/live", ctx -> ctx.json(sessions().phoneLive(ctx.pathParam("code"))));
        app.before("/play/{code}/events", ctx -> openOnly(sessions().phoneLive(ctx.pathParam("code"))));
        app.sse("/play/{code}/events", client -> {
            String code = client.ctx().pathParam("code");
            feed.watch("phone:" + code, () -> sessions().phoneLive(code), SessionHandlers::ended, () -> true, null, client);
        });
    }

    /** An ended session has no stream: 410, which an EventSource takes as final (it does not reconnect). */
    private static void openOnly(TeamSessionService.Live live) {
        if (live.ended()) {
            throw new Refusal(Kind.GONE, "session-ended", null);
        }
    }

    private static boolean ended(Object state) {
        return ((TeamSessionService.Live) state).ended();
    }

    /** Whether the login cookie still belongs to a coordinator who reaches the session. */
    private boolean mayWatch(String cookie, String sessionId) {
        Coordinator coordinator = web.services.accounts().coordinatorOf(cookie).orElse(null);
        if (coordinator == null) {
            return false;
        }
        try {
            sessions().live(coordinator, sessionId);
            return true;
        } catch (Refusal refusal) {
            return false;
        }
    }

    private void reveal(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        sessions().reveal(coordinator, ctx.pathParam("id"), required(ctx.formParam("card"), "card"));
        ctx.redirect("/sessions/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
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
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, language);
        model.put("screen", screen);
        model.put("session", screen.session());
        model.put("round", screen.session().round());
        model.put("card", cardModel(screen.session().card(), screen.questionnaire(), language));
        model.put("live", screen.live());
        model.put("liveMinimum", TeamSessionService.LIVE_MINIMUM);
        model.put("baseUrl", web.baseUrl());
        String joinUrl = web.baseUrl() + "/play?code=" + screen.session().joinCode();
        model.put("joinUrl", joinUrl);
        model.put("joinQr", QrSvg.svg(joinUrl, web.services.texts().get(language, "session.qr"), "session-qr"));
        Card current = screen.session().card();
        if (current.ref().kind() == CardKind.ITEM) {
            List<Integer> earlier = new ArrayList<>();
            for (int value = 1; value <= 5; value++) {
                earlier.add(current.distribution().count(value));
            }
            model.put("earlierBars", bars(earlier));
        }
        model.put("nowBars", screen.live().counts() == null ? List.of() : bars(screen.live().counts()));
        if (screen.session().ended()) {
            model.put("summary", summaryModel(sessions().summary(coordinator, screen.session().id()), language));
        }
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

    /** The end of the session: each recorded card beside its average, and the action plan. */
    static Map<String, Object> summaryModel(TeamSessionService.Summary summary, Language language) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (TeamSessionService.RecordedCard recorded : summary.cards()) {
            Map<String, Object> card = cardModel(recorded.card(), summary.questionnaire(), language);
            card.put("sharedScore", recorded.sharedScore());
            cards.add(card);
        }
        return Map.of("cards", cards, "plan", summary.plan().stream().map(stored -> stored.agreement()).toList());
    }

    /** The printable action plan of a session (one A4 for up to 10 agreements). */
    private void plan(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        TeamSessionService.Summary summary = sessions().summary(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, language);
        model.put("session", summary.session());
        model.put("round", summary.session().round());
        model.put("summary", summaryModel(summary, language));
        web.render(ctx, "plan", model);
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

    /** A distribution as bars: each place with its count and its share of the total in percent (0 to 100). */
    static List<Map<String, Object>> bars(List<Integer> counts) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int value = 1; value <= counts.size(); value++) {
            int count = counts.get(value - 1);
            rows.add(Map.of("value", value, "count", count, "width", total == 0 ? 0 : Math.round(count * 100f / total)));
        }
        return rows;
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
        Participation participation = sessions().join(required(ctx.formParam("code"), "code"), ctx.cookie(PARTICIPANT_COOKIE),
                web.coordinator(ctx).orElse(null));
        web.setCookie(ctx, PARTICIPANT_COOKIE, participation.token(), 24 * 3600);
        ctx.redirect("/play/" + participation.session().joinCode(), HttpStatus.SEE_OTHER);
    }

    private void phone(Context ctx) {
        Language language = web.language(ctx);
        String code = ctx.pathParam("code");
        TeamSessionService.Phone phone;
        try {
            phone = sessions().phone(code, ctx.cookie(PARTICIPANT_COOKIE), web.coordinator(ctx).orElse(null));
        } catch (Refusal refusal) {
            if (refusal.kind() != Kind.FORBIDDEN || !"session-join-first".equals(refusal.code())) {
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
        model.put("revealed", phone.revealed() == null ? null : bars(phone.revealed()));
        model.put("values", List.of(1, 2, 3, 4, 5));
        model.put("saved", ctx.queryParam("saved") != null);
        web.render(ctx, "play", model);
    }

    private void place(Context ctx) {
        String code = ctx.pathParam("code");
        sessions().vote(code, ctx.cookie(PARTICIPANT_COOKIE), required(ctx.formParam("card"), "card"),
                number(ctx.formParam("place"), "place"), web.coordinator(ctx).orElse(null));
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
