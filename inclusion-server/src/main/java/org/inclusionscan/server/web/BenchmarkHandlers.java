package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.Withheld;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.BenchmarkService;
import org.inclusionscan.server.service.BenchmarkService.FixedView;
import org.inclusionscan.server.service.BenchmarkService.Selection;
import org.inclusionscan.server.service.PlatformService.ApiCaller;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.store.BenchmarkRepository.Municipality;

/**
 * The picture across organisations (issue 24): the administrators' free choice of a selection, a
 * coordinator's fixed selections of their organisation, an organisation's municipality, and the
 * API's {@code GET /api/v1/benchmark} for the platform's token.
 */
final class BenchmarkHandlers {

    private final Web web;

    BenchmarkHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/admin/benchmark", this::adminPage);
        app.get("/admin/benchmark/report", this::adminReport);
        app.post("/organisations/{id}/municipality", this::municipality);
        app.get("/organisations/{id}/benchmark", this::coordinatorPage);
        app.get("/organisations/{id}/benchmark/{kind}", this::coordinatorReport);
        app.get(ApiHandlers.PREFIX + "/benchmark", this::api);
    }

    private BenchmarkService benchmark() {
        return web.benchmark;
    }

    /** The selection of the query string: unknown ids are a located 400, an empty value selects all. */
    static Selection selection(Context ctx) {
        return new Selection(optional(ctx, "region", Region::fromId), optional(ctx, "sector", Sector::fromId),
                ctx.queryParam("municipality"), optional(ctx, "targetGroup", TargetGroup::fromId));
    }

    private static <T> T optional(Context ctx, String name, java.util.function.Function<String, T> fromId) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : CoordinatorHandlers.vocabulary(value.strip(), name, fromId);
    }

    private static ReportFormat format(Context ctx, String fallback) {
        String asked = ctx.queryParam("format");
        return CoordinatorHandlers.vocabulary(asked == null || asked.isBlank() ? fallback : asked, "format", ReportFormat::fromId);
    }

    private String render(Aggregation aggregation, ReportFormat format, Language language) {
        return web.services.rules().current().reporter().renderAggregate(aggregation, format, ReportOptions.in(language));
    }

    private void adminPage(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        List<Municipality> known = benchmark().municipalities(admin); // administrators only: 404 before anything is read
        Selection selection = selection(ctx);
        Aggregation aggregation = benchmark().aggregate(admin, selection);
        Map<String, Object> model = web.coordinatorModel(ctx, admin, web.language(ctx));
        model.put("isAdmin", true);
        model.put("regions", List.of(Region.values()).stream().map(Region::id).toList());
        model.put("sectors", List.of(Sector.values()).stream().map(Sector::id).toList());
        model.put("targetGroups", List.of(TargetGroup.values()).stream().map(TargetGroup::id).toList());
        List<Map<String, String>> municipalities = new ArrayList<>();
        for (Municipality municipality : known) {
            String value = municipality.code() != null ? municipality.code() : municipality.name();
            municipalities.add(Map.of("value", value, "label", municipality.name() == null ? municipality.code()
                    : municipality.code() == null ? municipality.name() : municipality.name() + " (" + municipality.code() + ")"));
        }
        model.put("municipalities", municipalities);
        model.put("chosen", chosen(selection));
        model.put("aggregation", aggregation);
        model.put("query", query(selection));
        web.render(ctx, "benchmark-admin", model);
    }

    private static Map<String, String> chosen(Selection selection) {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("region", selection.region() == null ? "" : selection.region().id());
        chosen.put("sector", selection.sector() == null ? "" : selection.sector().id());
        chosen.put("municipality", selection.municipality() == null ? "" : selection.municipality());
        chosen.put("targetGroup", selection.targetGroup() == null ? "" : selection.targetGroup().id());
        return chosen;
    }

    /** The selection as a query string (encoded), for the download links. */
    private static String query(Selection selection) {
        StringBuilder query = new StringBuilder();
        chosen(selection).forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private void adminReport(Context ctx) {
        Coordinator admin = web.requireCoordinator(ctx);
        benchmark().municipalities(admin); // administrators only: 404 before anything is read
        Language language = web.language(ctx);
        ReportFormat format = format(ctx, "html");
        Aggregation aggregation = benchmark().aggregate(admin, selection(ctx));
        send(ctx, render(aggregation, format, language), format, "benchmark-" + language.id());
    }

    private void send(Context ctx, String body, ReportFormat format, String name) {
        if (format == ReportFormat.HTML && ctx.queryParam("download") == null) {
            SecurityHeaders.reportPolicy(ctx);
            ctx.contentType("text/html; charset=utf-8").result(body);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(body);
    }

    private void municipality(Context ctx) {
        benchmark().updateMunicipality(web.requireCoordinator(ctx), ctx.pathParam("id"), ctx.formParam("municipality"),
                ctx.formParam("municipalityCode"));
        ctx.redirect("/organisations/" + ctx.pathParam("id") + "/manage", HttpStatus.SEE_OTHER);
    }

    /** A coordinator's fixed selections: nothing of the query string but the language is read. */
    private void coordinatorPage(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        String organisationId = ctx.pathParam("id");
        List<FixedView> views = benchmark().fixedSelections(coordinator, organisationId);
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, web.language(ctx));
        model.put("isAdmin", web.services.platform().isAdmin(coordinator));
        model.put("organisationId", organisationId);
        model.put("organisationName", web.services.platform().organisationName(organisationId));
        model.put("views", views);
        model.put("minimum", benchmark().options().minimum());
        web.render(ctx, "benchmark-organisation", model);
    }

    private void coordinatorReport(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        Language language = web.language(ctx);
        ReportFormat format = format(ctx, "html");
        FixedView view = benchmark().fixedSelection(coordinator, ctx.pathParam("id"), ctx.pathParam("kind"));
        send(ctx, render(view.aggregation(), format, language), format, "benchmark-" + view.kind().id() + "-" + language.id());
    }

    /** The platform's token only: an organisation's token gets 404, as for whatever is not its own. */
    private void api(Context ctx) {
        ApiCaller caller = ApiHandlers.caller(ctx);
        if (caller == null || !caller.isPlatform()) {
            throw Refusal.notFound();
        }
        Language language = CoordinatorHandlers.vocabulary(ctx.queryParamAsClass("lang", String.class).getOrDefault("nl"),
                "lang", Language::fromId);
        Aggregation aggregation = benchmark().aggregate(selection(ctx));
        if (!aggregation.isShown()) {
            Withheld withheld = aggregation.withheld();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", Errors.TYPE_PREFIX + withheld.reason());
            body.put("title", web.services.texts().get(Language.EN, "refusal.benchmark-below-minimum.title"));
            body.put("status", 409);
            body.put("detail", web.services.texts().get(Language.EN, "refusal.benchmark-below-minimum", Map.of(
                    "organisations", withheld.organisations(), "minimum", withheld.minimum())));
            body.put("reason", withheld.reason());
            body.put("organisations", withheld.organisations());
            body.put("minimum", withheld.minimum());
            ctx.status(HttpStatus.CONFLICT).contentType("application/problem+json");
            ctx.result(ApiHandlers.write(body));
            return;
        }
        ctx.contentType("application/json; charset=utf-8").result(render(aggregation, ReportFormat.JSON, language));
    }
}
