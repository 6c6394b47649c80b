package org.inclusionscan.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusionscan.model.Domain;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.session.AgreementStatus;

/** The organisation page (its rounds over time, as a chart and a table, and its agreements) and marking an agreement. */
final class OrganisationHandlers {

    private final Web web;

    OrganisationHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/organisations/{id}", this::organisation);
        app.post("/agreements/{id}/status", this::mark);
    }

    private void organisation(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        RoundService.OrganisationHistory history = web.services.rounds().organisation(coordinator, ctx.pathParam("id"));
        Map<String, Object> model = web.coordinatorModel(ctx, coordinator, web.language(ctx));
        model.put("history", history);
        model.put("organisationId", ctx.pathParam("id"));
        List<RoundService.RoundPoint> scored = history.rounds().stream().filter(point -> point.scores() != null).toList();
        List<String> labels = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("org.overall", new ArrayList<>());
        for (Domain domain : Domain.values()) {
            series.put("domain." + domain.id(), new ArrayList<>());
        }
        List<Map<String, Object>> table = new ArrayList<>();
        for (RoundService.RoundPoint point : scored) {
            String label = String.valueOf(point.round().closedOn() != null ? point.round().closedOn() : point.round().createdOn());
            labels.add(label);
            List<String> cells = new ArrayList<>();
            series.get("org.overall").add(point.scores().overall().mean());
            cells.add(fmt(point.scores().overall()));
            for (Domain domain : Domain.values()) {
                series.get("domain." + domain.id()).add(point.scores().domain(domain).mean());
                cells.add(fmt(point.scores().domain(domain)));
            }
            table.add(Map.of("label", label, "roundId", point.round().id(), "respondents", point.respondents(), "cells", cells));
        }
        model.put("chart", ScoreChart.of(labels, series));
        model.put("seriesKeys", List.copyOf(series.keySet()));
        model.put("table", table);
        model.put("statuses", List.of(AgreementStatus.values()).stream().map(AgreementStatus::id).toList());
        model.put("latestRoundId", history.rounds().isEmpty() ? null : history.rounds().get(history.rounds().size() - 1).round().id());
        web.render(ctx, "organisation", model);
    }

    private static String fmt(Score score) {
        return score.mean() == null ? "-" : String.format(Locale.ROOT, "%.2f", score.mean());
    }

    private void mark(Context ctx) {
        Coordinator coordinator = web.requireCoordinator(ctx);
        AgreementStatus status = CoordinatorHandlers.vocabulary(ctx.formParam("status"), "status", AgreementStatus::fromId);
        String organisationId = web.services.sessions().mark(coordinator, ctx.pathParam("id"), status);
        ctx.redirect("/organisations/" + organisationId + "#agreements", HttpStatus.SEE_OTHER);
    }
}
