package org.inclusionscan.server.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.aggregate.Distribution;
import org.inclusionscan.aggregate.Standing;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.BenchmarkService.StandingView;

/**
 * "Where you stand" (issue 24): a section of a closed round's HTML report with each factor beside
 * the median and quartiles of comparable organisations, or why no comparison is shown. Rendered by
 * the server's own template ({@code standing.peb}, every text escaped) and placed at the end of the
 * report's {@code <main>}.
 */
final class StandingSection {

    private StandingSection() {
    }

    static String insertInto(Web web, Coordinator coordinator, String roundId, Language language, String report) {
        Optional<StandingView> view = web.benchmark.standing(coordinator, roundId);
        if (view.isEmpty()) {
            return report;
        }
        String section = web.pages.render("standing", model(view.get(), language, web.benchmark.options().minimum()));
        int end = report.lastIndexOf("</main>");
        return end < 0 ? report : report.substring(0, end) + section + report.substring(end);
    }

    static Map<String, Object> model(StandingView view, Language language, int minimum) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language.id()));
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
        Map<String, Object> model = new HashMap<>();
        model.put("language", language);
        model.put("view", view);
        model.put("minimum", minimum);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (view.shown()) {
            for (Standing.FactorStanding factor : view.standing().factors().values()) {
                Map<String, Object> row = new HashMap<>();
                Distribution peers = factor.peers();
                row.put("factor", factor.factor().id());
                row.put("own", factor.own() == null ? "" : numbers.format(factor.own()));
                row.put("count", peers.organisations());
                row.put("shown", peers.isShown());
                if (peers.isShown()) {
                    row.put("q1", numbers.format(peers.quartiles().q1()));
                    row.put("median", numbers.format(peers.quartiles().median()));
                    row.put("q3", numbers.format(peers.quartiles().q3()));
                    row.put("position", factor.own() == null ? "absent"
                            : factor.own() < peers.quartiles().q1() ? "below" : factor.own() > peers.quartiles().q3() ? "above" : "middle");
                }
                rows.add(row);
            }
        }
        model.put("rows", rows);
        return model;
    }
}
