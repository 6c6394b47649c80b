package org.inclusionscan.report.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.report.Comparison;
import org.inclusionscan.report.impl.Views.BarChart;
import org.inclusionscan.report.impl.Views.BarRow;
import org.inclusionscan.report.impl.Views.BarTick;
import org.inclusionscan.report.impl.Views.FactorView;
import org.inclusionscan.report.impl.Views.HeatCell;
import org.inclusionscan.report.impl.Views.HeatColumn;
import org.inclusionscan.report.impl.Views.HeatRow;
import org.inclusionscan.report.impl.Views.Heatmap;
import org.inclusionscan.report.impl.Views.LegendEntry;
import org.inclusionscan.report.impl.Views.Radar;
import org.inclusionscan.report.impl.Views.RadarDot;
import org.inclusionscan.report.impl.Views.RadarRing;
import org.inclusionscan.report.impl.Views.RadarSector;
import org.inclusionscan.report.impl.Views.RadarSpoke;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;

/**
 * The geometry of the charts; the templates draw them as inline SVG. Coordinates are formatted
 * with a '.' whatever the language. Pure functions.
 */
final class Charts {

    /** Radar: centre and radius of the 1-5 scale, in SVG user units. */
    static final double CENTRE = 230;
    static final double RADIUS = 180;

    private Charts() {
    }

    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static double radiusOf(double mean) {
        return RADIUS * (mean - 1.0) / 4.0;
    }

    private static double angleOf(double index) {
        return Math.toRadians(-90.0 + index * 360.0 / Factor.values().length);
    }

    private static double x(double radius, double index) {
        return CENTRE + radius * Math.cos(angleOf(index));
    }

    private static double y(double radius, double index) {
        return CENTRE + radius * Math.sin(angleOf(index));
    }

    static Radar radar(Labeller labels, ScoreCard scores, List<FactorView> factors) {
        Formats formats = labels.formats();
        List<RadarRing> rings = new ArrayList<>();
        for (int value = 2; value <= 5; value++) {
            double r = radiusOf(value);
            rings.add(new RadarRing(n(r), formats.integer(value), n(CENTRE + 4), n(CENTRE - r + 13)));
        }
        List<RadarSpoke> spokes = new ArrayList<>();
        StringBuilder polygon = new StringBuilder();
        List<RadarDot> dots = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            int i = factor.ordinal();
            spokes.add(new RadarSpoke(n(x(RADIUS, i)), n(y(RADIUS, i)), Integer.toString(i + 1),
                    n(x(RADIUS + 16, i)), n(y(RADIUS + 16, i) + 4)));
            Score score = scores.factor(factor).score();
            if (score.isPresent()) {
                double r = radiusOf(score.mean());
                String px = n(x(r, i));
                String py = n(y(r, i));
                polygon.append(polygon.isEmpty() ? "" : " ").append(px).append(',').append(py);
                FactorView view = factors.get(i);
                dots.add(new RadarDot(px, py, labels.text("report.chart.radar.dot",
                        Map.of("number", i + 1, "factor", view.label(), "mean", view.score().mean()))));
            }
        }
        List<RadarSector> sectors = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<Factor> own = domain.factors();
            double from = own.get(0).ordinal() - 0.5;
            double to = own.get(own.size() - 1).ordinal() + 0.5;
            boolean large = (to - from) * 360.0 / Factor.values().length > 180.0;
            String path = "M" + n(CENTRE) + "," + n(CENTRE) + " L" + n(x(RADIUS, from)) + "," + n(y(RADIUS, from))
                    + " A" + n(RADIUS) + "," + n(RADIUS) + " 0 " + (large ? 1 : 0) + " 1 " + n(x(RADIUS, to)) + ","
                    + n(y(RADIUS, to)) + " Z";
            sectors.add(new RadarSector(path, domain.id()));
            legend.add(new LegendEntry(domain.id(), labels.label("domain", domain),
                    (own.get(0).ordinal() + 1) + "–" + (own.get(own.size() - 1).ordinal() + 1)));
        }
        return new Radar(labels.text("report.chart.radar.title"), labels.text("report.chart.radar.description"),
                rings, spokes, sectors, polygon.toString(), dots, legend);
    }

    /** Heatmap: a label column and three columns of cells. */
    static Heatmap heatmap(Labeller labels, ScoreCard scores) {
        double labelWidth = 230;
        double cellWidth = 140;
        double cellHeight = 56;
        double top = 34;
        List<HeatColumn> columns = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            columns.add(new HeatColumn(labels.label("dimension", dimension),
                    n(labelWidth + dimension.ordinal() * cellWidth + cellWidth / 2)));
        }
        List<HeatRow> rows = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            double y = top + domain.ordinal() * cellHeight;
            List<HeatCell> cells = new ArrayList<>();
            for (Dimension dimension : Dimension.values()) {
                Score score = scores.cell(domain, dimension);
                double x = labelWidth + dimension.ordinal() * cellWidth;
                cells.add(new HeatCell(n(x + 1), n(y + 1), n(x + cellWidth / 2), n(y + cellHeight / 2),
                        score.level().id(), labels.formats().mean(score.mean()), labels.level(score)));
            }
            rows.add(new HeatRow(labels.label("domain", domain), n(y + cellHeight / 2 + 4), cells));
        }
        return new Heatmap(labels.text("report.chart.heatmap.title"), labels.text("report.chart.heatmap.description"),
                n(labelWidth + 3 * cellWidth + 2), n(top + 4 * cellHeight + 2), columns, rows);
    }

    /** Before/after bars per factor on the 1-5 scale. */
    static BarChart beforeAfter(Labeller labels, Comparison comparison) {
        double labelWidth = 300;
        double barWidth = 320;
        double rowHeight = 26;
        double top = 44;
        List<BarTick> ticks = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            ticks.add(new BarTick(n(labelWidth + barWidth * (value - 1) / 4.0), labels.formats().integer(value)));
        }
        List<BarRow> rows = new ArrayList<>();
        Formats formats = labels.formats();
        for (Factor factor : Factor.values()) {
            Comparison.Delta delta = comparison.factor(factor);
            double y = top + factor.ordinal() * rowHeight;
            String label = labels.label("factor", factor);
            String title = labels.text("report.chart.before-after.bar", Map.of("factor", label,
                    "before", formats.mean(delta.before()), "after", formats.mean(delta.after())));
            rows.add(new BarRow(label, n(y + 15), width(delta.before(), barWidth), width(delta.after(), barWidth),
                    n(y + 3), n(y + 13), delta.before() != null, delta.after() != null, title));
        }
        return new BarChart(labels.text("report.chart.before-after.title"),
                labels.text("report.chart.before-after.description"), n(labelWidth + barWidth + 20),
                n(top + Factor.values().length * rowHeight + 6), n(labelWidth), ticks, n(top - 4),
                n(top + Factor.values().length * rowHeight), rows);
    }

    private static String width(Double mean, double barWidth) {
        return mean == null ? "0" : n(Math.max(1.0, barWidth * (mean - 1.0) / 4.0));
    }
}
