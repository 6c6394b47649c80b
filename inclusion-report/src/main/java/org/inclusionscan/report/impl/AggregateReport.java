package org.inclusionscan.report.impl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.inclusionscan.aggregate.GroupKind;
import org.inclusionscan.aggregate.Quartiles;
import org.inclusionscan.aggregate.Withheld;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.report.ReportOptions;

/**
 * The aggregate of many organisations as JSON (the contract in {@code docs/aggregate.md}, schema
 * {@code docs/aggregate.schema.json}) and CSV. Figures are rounded to four decimals; ids are the
 * model's; labels are in the report's language.
 */
public final class AggregateReport {

    /** Raised when the contract changes incompatibly (major) or grows (minor). */
    public static final String SCHEMA_VERSION = "1.0";

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final Labeller labels;
    private final ReportOptions options;

    public AggregateReport(Labeller labels, ReportOptions options) {
        this.labels = labels;
        this.options = options;
    }

    // --- the contract ---

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AggregateJson(String schemaVersion, String kind, String language, String generatedOn, int minimum,
            String quartileMethod, int organisations, WithheldJson withheld, FiguresJson figures, List<GroupJson> groups) {
    }

    public record WithheldJson(String reason, int organisations, int minimum) {
        static WithheldJson of(Withheld withheld) {
            return withheld == null ? null : new WithheldJson(withheld.reason(), withheld.organisations(), withheld.minimum());
        }
    }

    public record FiguresJson(DistributionJson overall, Map<String, DistributionJson> factors, Map<String, DistributionJson> domains,
            Map<String, DistributionJson> dimensions, List<DistributionJson> cells, List<CountJson> weakFactors,
            List<CountJson> recommendations, List<CountJson> tools) {
    }

    /** One score's spread; {@code domain}, {@code dimension} and {@code weak} only where they apply. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DistributionJson(String label, String domain, String dimension, Integer weak, int organisations, int absent,
            WithheldJson withheld, Double q1, Double median, Double q3, Double mean, String medianLevel,
            Map<String, LevelJson> levels) {
    }

    public record LevelJson(int organisations, double share) {
    }

    public record CountJson(String id, String label, int organisations, double share) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupJson(String kind, String id, String label, int organisations, WithheldJson withheld, FiguresJson figures) {
    }

    // --- building ---

    public AggregateJson json(Aggregation aggregation) {
        return new AggregateJson(SCHEMA_VERSION, "aggregate", labels.language().id(), options.reportDate().toString(),
                aggregation.options().minimum(), Quartiles.METHOD, aggregation.organisations(),
                WithheldJson.of(aggregation.withheld()), figures(aggregation.figures()),
                aggregation.groups().stream().map(g -> new GroupJson(g.kind().id(), g.id(), groupLabel(g), g.organisations(),
                        WithheldJson.of(g.withheld()), figures(g.figures()))).toList());
    }

    public void writeJson(Aggregation aggregation, Writer out) throws IOException {
        StringWriter document = new StringWriter();
        try (JsonGenerator generator = Json.mapper().getFactory().createGenerator(document)) {
            generator.setPrettyPrinter(PRINTER.createInstance());
            RecordJsonWriter.write(json(aggregation), generator);
        }
        out.write(document.toString());
        out.write('\n');
    }

    String groupLabel(Group group) {
        return group.kind() == GroupKind.REGION ? labels.label("region", Region.fromId(group.id()))
                : labels.label("target-group", TargetGroup.fromId(group.id()));
    }

    private FiguresJson figures(Figures figures) {
        if (figures == null) {
            return null;
        }
        Map<String, DistributionJson> factors = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            FactorFigures f = figures.factor(factor);
            factors.put(factor.id(), distribution(labels.label("factor", factor), factor.domain().id(), null, f.weak(), f.distribution()));
        }
        Map<String, DistributionJson> domains = new LinkedHashMap<>();
        for (Domain domain : Domain.values()) {
            domains.put(domain.id(), distribution(labels.label("domain", domain), null, null, null, figures.domains().get(domain)));
        }
        Map<String, DistributionJson> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.id(), distribution(labels.label("dimension", dimension), null, null, null,
                    figures.dimensions().get(dimension)));
        }
        List<DistributionJson> cells = new ArrayList<>();
        for (CellFigures cell : figures.cells()) {
            cells.add(distribution(labels.label("domain", cell.domain()) + " / " + labels.label("dimension", cell.dimension()),
                    cell.domain().id(), cell.dimension().id(), null, cell.distribution()));
        }
        return new FiguresJson(distribution(labels.text("report.overall"), null, null, null, figures.overall()), factors, domains,
                dimensions, cells,
                figures.weakFactors().stream().map(c -> count(c, labels.label("factor", factor(c.id())))).toList(),
                figures.recommendations().stream().map(c -> count(c, labels.adviceTitle(c.id()))).toList(),
                figures.tools().stream().map(c -> count(c, labels.toolName(c.id()))).toList());
    }

    static Factor factor(String id) {
        return Factor.fromId(id);
    }

    private static CountJson count(Count count, String label) {
        return new CountJson(count.id(), label, count.organisations(), round(count.share()));
    }

    private static DistributionJson distribution(String label, String domain, String dimension, Integer weak, Distribution d) {
        if (!d.isShown()) {
            return new DistributionJson(label, domain, dimension, weak, d.organisations(), d.absent(), WithheldJson.of(d.withheld()),
                    null, null, null, null, null, null);
        }
        Map<String, LevelJson> levels = new LinkedHashMap<>();
        for (Level level : Distribution.LEVELS) {
            levels.put(level.id(), new LevelJson(d.levels().get(level), round(d.share(level))));
        }
        return new DistributionJson(label, domain, dimension, weak, d.organisations(), d.absent(), null,
                round(d.quartiles().q1()), round(d.quartiles().median()), round(d.quartiles().q3()), round(d.mean()),
                d.medianLevel() == null ? null : d.medianLevel().id(), levels);
    }

    /** Four decimals, half up, as the CSV writes numbers. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    // --- CSV ---

    static final List<String> CSV_HEADER = List.of("group_kind", "group", "type", "id", "domain", "dimension", "label", "organisations",
            "absent", "withheld", "minimum", "q1", "median", "q3", "mean", "low", "moderate", "good", "strong", "weak", "share");

    /**
     * One row per figure: a {@code selection} row, then {@code overall}, {@code factor}, {@code domain},
     * {@code dimension}, {@code cell}, {@code weak-factor}, {@code recommendation} and {@code tool} rows;
     * then per group a {@code group} row and, when shown, the same rows with the group's columns filled.
     * The level columns hold shares (0 to 1); a withheld row names its reason and leaves the figures empty.
     */
    public void writeCsv(Aggregation aggregation, Writer out) throws IOException {
        CsvReport.row(out, CSV_HEADER);
        CsvReport.row(out, withheldRow("", "", "selection", "", labels.text("report.aggregate.title"), aggregation.organisations(),
                aggregation.withheld(), aggregation.options().minimum()));
        if (aggregation.figures() != null) {
            figureRows(out, "", "", aggregation.figures());
        }
        for (Group group : aggregation.groups()) {
            CsvReport.row(out, withheldRow(group.kind().id(), group.id(), "group", group.id(), groupLabel(group), group.organisations(),
                    group.withheld(), aggregation.options().minimum()));
            if (group.figures() != null) {
                figureRows(out, group.kind().id(), group.id(), group.figures());
            }
        }
    }

    private List<Object> withheldRow(String kind, String group, String type, String id, String label, int organisations,
            Withheld withheld, int minimum) {
        List<Object> row = new ArrayList<>(List.of(kind, group, type, id, "", "", label, organisations, CsvReport.Numeric.ABSENT,
                withheld == null ? "" : withheld.reason(), minimum));
        row.addAll(java.util.Collections.nCopies(CSV_HEADER.size() - row.size(), CsvReport.Numeric.ABSENT));
        return row;
    }

    private void figureRows(Writer out, String kind, String group, Figures figures) throws IOException {
        CsvReport.row(out, distributionRow(kind, group, "overall", "overall", "", "", labels.text("report.overall"), figures.overall(), null));
        for (Factor factor : Factor.values()) {
            FactorFigures f = figures.factor(factor);
            CsvReport.row(out, distributionRow(kind, group, "factor", factor.id(), factor.domain().id(), "", labels.label("factor", factor),
                    f.distribution(), f.weak()));
        }
        for (Domain domain : Domain.values()) {
            CsvReport.row(out, distributionRow(kind, group, "domain", domain.id(), domain.id(), "", labels.label("domain", domain),
                    figures.domains().get(domain), null));
        }
        for (Dimension dimension : Dimension.values()) {
            CsvReport.row(out, distributionRow(kind, group, "dimension", dimension.id(), "", dimension.id(),
                    labels.label("dimension", dimension), figures.dimensions().get(dimension), null));
        }
        for (CellFigures cell : figures.cells()) {
            CsvReport.row(out, distributionRow(kind, group, "cell", cell.domain().id() + "/" + cell.dimension().id(), cell.domain().id(),
                    cell.dimension().id(), labels.label("domain", cell.domain()) + " / " + labels.label("dimension", cell.dimension()),
                    cell.distribution(), null));
        }
        for (Count count : figures.weakFactors()) {
            CsvReport.row(out, countRow(kind, group, "weak-factor", count, labels.label("factor", factor(count.id()))));
        }
        for (Count count : figures.recommendations()) {
            CsvReport.row(out, countRow(kind, group, "recommendation", count, labels.adviceTitle(count.id())));
        }
        for (Count count : figures.tools()) {
            CsvReport.row(out, countRow(kind, group, "tool", count, labels.toolName(count.id())));
        }
    }

    private List<Object> distributionRow(String kind, String group, String type, String id, String domain, String dimension,
            String label, Distribution d, Integer weak) {
        List<Object> row = new ArrayList<>(List.of(kind, group, type, id, domain, dimension, label, d.organisations(), d.absent(),
                d.isShown() ? "" : d.withheld().reason(), d.isShown() ? CsvReport.Numeric.ABSENT : (Object) d.withheld().minimum()));
        if (d.isShown()) {
            row.addAll(List.of(number(d.quartiles().q1()), number(d.quartiles().median()), number(d.quartiles().q3()), number(d.mean())));
            for (Level level : Distribution.LEVELS) {
                row.add(number(d.share(level)));
            }
        } else {
            row.addAll(java.util.Collections.nCopies(8, CsvReport.Numeric.ABSENT));
        }
        row.add(weak == null ? CsvReport.Numeric.ABSENT : (Object) weak);
        row.add(CsvReport.Numeric.ABSENT);
        return row;
    }

    private static List<Object> countRow(String kind, String group, String type, Count count, String label) {
        List<Object> row = new ArrayList<>(List.of(kind, group, type, count.id(), "", "", label, count.organisations()));
        row.addAll(java.util.Collections.nCopies(CSV_HEADER.size() - row.size() - 1, CsvReport.Numeric.ABSENT));
        row.add(number(count.share()));
        return row;
    }

    private static CsvReport.Numeric number(double value) {
        return new CsvReport.Numeric(CsvReport.number(value));
    }
}
