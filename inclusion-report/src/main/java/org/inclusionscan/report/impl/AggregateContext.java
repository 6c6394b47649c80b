package org.inclusionscan.report.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.CellFigures;
import org.inclusionscan.aggregate.Count;
import org.inclusionscan.aggregate.Distribution;
import org.inclusionscan.aggregate.FactorFigures;
import org.inclusionscan.aggregate.Figures;
import org.inclusionscan.aggregate.Group;
import org.inclusionscan.aggregate.Withheld;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.report.ReportOptions;

/**
 * Builds the template context of the aggregate report (Markdown and HTML): texts in the report's
 * language, numbers formatted. The records are public only for the template engine.
 */
public final class AggregateContext {

    /** The width in pixels of the 1-5 scale of a factor's spread bar. */
    private static final int BAR = 120;

    private final Labeller labels;
    private final Formats formats;
    private final ReportOptions options;
    private final AggregateReport report;

    public AggregateContext(Labeller labels, ReportOptions options) {
        this.labels = labels;
        this.formats = labels.formats();
        this.options = options;
        this.report = new AggregateReport(labels, options);
    }

    /** A score's spread as shown; {@code shown} false when withheld, with {@code withheld} saying why. */
    public record DistributionView(String label, String domainLabel, boolean shown, String withheld, String withheldShort,
            String organisations, String absent, String q1, String median, String q3, String mean, String levelId,
            String levelLabel, List<ShareView> shares, String weak, int barFrom, int barWidth, int medianAt) {
    }

    public record ShareView(String levelId, String label, String percent) {
    }

    public record CountView(String id, String label, String text) {
    }

    public record HeatmapRow(String label, List<DistributionView> cells) {
    }

    public record FiguresView(DistributionView overall, String overallText, List<HeatmapRow> heatmap, List<DistributionView> factors,
            List<DistributionView> domains, List<DistributionView> dimensions, List<CountView> weakFactors,
            List<CountView> recommendations, List<CountView> tools) {
    }

    public record GroupView(String kindLabel, String label, String id, String organisations, boolean shown, String withheld,
            FiguresView figures) {
    }

    public Map<String, Object> build(Aggregation aggregation) {
        Map<String, Object> context = new LinkedHashMap<>();
        int minimum = aggregation.options().minimum();
        context.put("language", labels.language());
        context.put("lang", labels.language().id());
        context.put("colon", labels.text("report.punctuation.colon"));
        context.put("generatedOn", formats.date(options.reportDate()));
        context.put("organisations", formats.integer(aggregation.organisations()));
        context.put("minimum", formats.integer(minimum));
        context.put("shown", aggregation.isShown());
        context.put("withheld", aggregation.isShown() ? "" : withheld(aggregation.withheld()));
        context.put("figures", aggregation.isShown() ? figures(aggregation.figures(), aggregation.organisations()) : null);
        context.put("dimensionLabels", java.util.Arrays.stream(Dimension.values()).map(d -> labels.label("dimension", d)).toList());
        context.put("levelLabels", Distribution.LEVELS.stream().map(l -> new ShareView(l.id(), labels.label("level", l), "")).toList());
        List<GroupView> groups = new ArrayList<>();
        for (Group group : aggregation.groups()) {
            groups.add(new GroupView(labels.text("report.aggregate.groups." + group.kind().id()), report.groupLabel(group), group.id(),
                    formats.integer(group.organisations()), group.figures() != null,
                    group.withheld() == null ? "" : withheld(group.withheld()),
                    group.figures() == null ? null : figures(group.figures(), group.organisations())));
        }
        context.put("groups", groups);
        return context;
    }

    private String withheld(Withheld withheld) {
        return labels.text("report.aggregate.withheld." + withheld.reason(),
                Map.of("organisations", formats.integer(withheld.organisations()), "minimum", formats.integer(withheld.minimum())));
    }

    private FiguresView figures(Figures figures, int organisations) {
        DistributionView overall = distribution(labels.text("report.overall"), "", figures.overall(), null);
        String overallText = overall.shown()
                ? labels.text("report.aggregate.overall", Map.of("median", overall.median(), "q1", overall.q1(), "q3", overall.q3(),
                        "organisations", overall.organisations()))
                : overall.withheld();
        List<HeatmapRow> heatmap = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<DistributionView> cells = new ArrayList<>();
            for (Dimension dimension : Dimension.values()) {
                cells.add(distribution(labels.label("domain", domain) + " / " + labels.label("dimension", dimension), "",
                        figures.cell(domain, dimension), null));
            }
            heatmap.add(new HeatmapRow(labels.label("domain", domain), cells));
        }
        List<DistributionView> factors = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            FactorFigures f = figures.factor(factor);
            factors.add(distribution(labels.label("factor", factor), labels.label("domain", factor.domain()), f.distribution(), f.weak()));
        }
        List<DistributionView> domains = java.util.Arrays.stream(Domain.values())
                .map(d -> distribution(labels.label("domain", d), "", figures.domains().get(d), null)).toList();
        List<DistributionView> dimensions = java.util.Arrays.stream(Dimension.values())
                .map(d -> distribution(labels.label("dimension", d), "", figures.dimensions().get(d), null)).toList();
        return new FiguresView(overall, overallText, heatmap, factors, domains, dimensions,
                counts(figures.weakFactors(), organisations, id -> labels.label("factor", Factor.fromId(id))),
                counts(figures.recommendations(), organisations, labels::adviceTitle),
                counts(figures.tools(), organisations, labels::toolName));
    }

    private List<CountView> counts(List<Count> counts, int organisations, java.util.function.Function<String, String> label) {
        return counts.stream().map(c -> new CountView(c.id(), label.apply(c.id()), labels.text("report.aggregate.count",
                Map.of("count", formats.integer(c.organisations()), "organisations", formats.integer(organisations),
                        "percent", formats.percent(c.share()))))).toList();
    }

    private DistributionView distribution(String label, String domainLabel, Distribution d, Integer weak) {
        String weakText = weak == null ? "" : formats.integer(weak);
        if (!d.isShown()) {
            return new DistributionView(label, domainLabel, false, withheld(d.withheld()),
                    labels.text("report.aggregate.withheld.short", Map.of("organisations", formats.integer(d.withheld().organisations()),
                            "minimum", formats.integer(d.withheld().minimum()))),
                    formats.integer(d.organisations()), formats.integer(d.absent()), Formats.NONE, Formats.NONE, Formats.NONE,
                    Formats.NONE, "absent", labels.text("report.aggregate.no-level"), List.of(), weakText, 0, 0, 0);
        }
        List<ShareView> shares = new ArrayList<>();
        for (Level level : Distribution.LEVELS) {
            shares.add(new ShareView(level.id(), labels.label("level", level), formats.percent(d.share(level))));
        }
        Level medianLevel = d.medianLevel();
        int from = position(d.quartiles().q1());
        int to = position(d.quartiles().q3());
        return new DistributionView(label, domainLabel, true, "", "", formats.integer(d.organisations()), formats.integer(d.absent()),
                formats.mean(d.quartiles().q1()), formats.mean(d.quartiles().median()), formats.mean(d.quartiles().q3()),
                formats.mean(d.mean()), medianLevel == null ? "absent" : medianLevel.id(),
                medianLevel == null ? labels.text("report.aggregate.no-level") : labels.label("level", medianLevel), shares, weakText,
                from, Math.max(2, to - from), position(d.quartiles().median()));
    }

    /** Where a value of the 1-5 scale lies on the spread bar, in pixels. */
    private static int position(double value) {
        return (int) Math.round((value - 1.0) / 4.0 * BAR);
    }
}
