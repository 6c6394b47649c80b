package org.inclusionscan.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.inclusionscan.advice.RuleSetTexts;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.impl.AggregateContext;
import org.inclusionscan.report.impl.AggregateReport;
import org.inclusionscan.report.impl.ComparisonContext;
import org.inclusionscan.report.impl.CsvReport;
import org.inclusionscan.report.impl.JsonReport;
import org.inclusionscan.report.impl.Labeller;
import org.inclusionscan.report.impl.ReportContext;
import org.inclusionscan.report.impl.RoundSection;
import org.inclusionscan.report.impl.Templates;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * Renders a scan result (scores and advice) as a report for the people who read it, in Markdown,
 * HTML, JSON or CSV, in Dutch, French or English; and a comparison of two scans of the same
 * organisation. Build it once and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * Reporter reporter = Reporter.defaults();
 * String html = reporter.render(result, ReportFormat.HTML, ReportOptions.in(Language.NL));
 * }</pre>
 */
public final class Reporter {

    private final Texts texts;
    private final ToolCatalogue tools;
    /** The Pebble engines, built on the first Markdown or HTML report: a JSON or CSV report needs none. */
    private volatile Templates templates;

    private Reporter(Texts texts, ToolCatalogue tools) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    private Templates templates() {
        Templates result = templates;
        if (result == null) {
            synchronized (this) {
                result = templates;
                if (result == null) {
                    result = new Templates(texts);
                    templates = result;
                }
            }
        }
        return result;
    }

    /**
     * A reporter with the bundled texts and tool catalogue.
     *
     * @return a new reporter
     */
    public static Reporter defaults() {
        return new Reporter(Texts.defaults(), ToolCatalogue.defaults());
    }

    /**
     * A reporter with other texts, for example a policy team's wording ({@link Texts#withOverrides}). A result
     * advised by a rule set loaded in this JVM is rendered with that rule set's texts instead.
     *
     * @param texts the texts for results whose rule set is not known here
     * @return a new reporter
     */
    public static Reporter withTexts(Texts texts) {
        return new Reporter(texts, ToolCatalogue.defaults());
    }

    /**
     * A reporter with other texts and another tool catalogue.
     *
     * @param texts the texts for results whose rule set is not known here
     * @param tools the catalogue whose tools the advice names
     * @return a new reporter
     */
    public static Reporter create(Texts texts, ToolCatalogue tools) {
        return new Reporter(texts, tools);
    }

    /**
     * The texts a result is rendered with: those of the rule set that advised it when that rule set is
     * loaded in this JVM ({@link RuleSetTexts}), so a reporter shared with a reloading advisor renders each
     * result in the wording it was advised with; else this reporter's own.
     */
    private Texts textsOf(ScanResult result) {
        return RuleSetTexts.of(result.advice().ruleSet()).orElse(texts);
    }

    /**
     * The report on one scan as a string.
     *
     * @param result  the scan, its scores and its advice
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @return the report
     */
    public String render(ScanResult result, ReportFormat format, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            render(result, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail.", e);
        }
        return out.toString();
    }

    /**
     * Writes the report on one scan; the writer is not closed.
     *
     * @param result  the scan, its scores and its advice
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @param out     where to write
     * @throws IOException when the writer fails
     */
    public void render(ScanResult result, ReportFormat format, ReportOptions options, Writer out) throws IOException {
        render(result, RoundContext.NONE, format, options, out);
    }

    /**
     * The report on one round with what the team made of it: the agreed picture of its team session
     * (shared scores beside the averages, the agreements as an action plan) and the review of earlier
     * agreements. With {@link RoundContext#NONE} it is exactly {@link #render(ScanResult, ReportFormat, ReportOptions)}.
     *
     * @param result  the scan, its scores and its advice
     * @param round   the agreed picture and the reviews of earlier agreements, or {@link RoundContext#NONE}
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @return the report
     * @throws IllegalArgumentException when a card names an item the questionnaire lacks, or an
     *         agreement a tool outside this reporter's catalogue
     */
    public String render(ScanResult result, RoundContext round, ReportFormat format, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            render(result, round, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail.", e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #render(ScanResult, RoundContext, ReportFormat, ReportOptions)}; the writer is not closed.
     *
     * @param result  the scan, its scores and its advice
     * @param round   the agreed picture and the reviews of earlier agreements, or {@link RoundContext#NONE}
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @param out     where to write
     * @throws IOException when the writer fails
     * @throws IllegalArgumentException when a card names an item the questionnaire lacks, or an
     *         agreement a tool outside this reporter's catalogue
     */
    public void render(ScanResult result, RoundContext round, ReportFormat format, ReportOptions options, Writer out)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Texts texts = textsOf(result);
        Labeller labels = new Labeller(texts, tools, options.language());
        RoundSection section = RoundSection.of(result, round, labels, tools);
        switch (format) {
            case JSON -> new JsonReport(labels, options).write(result, section, out);
            case CSV -> new CsvReport(labels).write(result, section, out);
            case HTML -> templates().renderHtml("report.html.peb", new ReportContext(labels, options).build(result, section), texts, out);
            case MARKDOWN -> templates().renderMarkdown("report.md.peb", new ReportContext(labels, options).build(result, section), texts, out);
        }
        out.flush();
    }

    /**
     * Compares two scans of the same organisation.
     *
     * @param earlier the earlier scan's result
     * @param later   the later scan's result
     * @param options the smallest change that counts ({@link ReportOptions#minimumDelta()})
     * @return what changed
     * @throws IncomparableScansException when they are of different organisations or in the wrong order
     */
    public Comparison compare(ScanResult earlier, ScanResult later, ReportOptions options) {
        return Comparison.of(earlier, later, options.minimumDelta());
    }

    /**
     * The comparison report of an earlier and a later scan of the same organisation as a string.
     *
     * @param earlier the earlier scan's result
     * @param later   the later scan's result
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @return the comparison report
     * @throws IncomparableScansException when they are of different organisations or in the wrong order
     */
    public String renderComparison(ScanResult earlier, ScanResult later, ReportFormat format, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            renderComparison(earlier, later, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail.", e);
        }
        return out.toString();
    }

    /**
     * Writes the comparison report; the writer is not closed.
     *
     * @param earlier the earlier scan's result
     * @param later   the later scan's result
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @param out     where to write
     * @throws IOException                when the writer fails
     * @throws IncomparableScansException when the scans are of different organisations or in the wrong order
     */
    public void renderComparison(ScanResult earlier, ScanResult later, ReportFormat format, ReportOptions options,
            Writer out) throws IOException {
        renderComparison(earlier, later, RoundContext.NONE, format, options, out);
    }

    /**
     * The comparison report with what became of the earlier round's agreements: each with its status
     * (done, ongoing, dropped or open) and the count per status, as the round report shows its review of
     * earlier agreements. With {@link RoundContext#NONE} it is exactly
     * {@link #renderComparison(ScanResult, ScanResult, ReportFormat, ReportOptions)}.
     *
     * @param earlier the earlier scan's result
     * @param later   the later scan's result
     * @param round   the reviews of the agreements made on the earlier round, without an agreed picture
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @return the comparison report
     * @throws IncomparableScansException when they are of different organisations or in the wrong order
     * @throws IllegalArgumentException   when the round context holds an agreed picture (a comparison shows none)
     */
    public String renderComparison(ScanResult earlier, ScanResult later, RoundContext round, ReportFormat format,
            ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            renderComparison(earlier, later, round, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail.", e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #renderComparison(ScanResult, ScanResult, RoundContext, ReportFormat, ReportOptions)}; the
     * writer is not closed.
     *
     * @param earlier the earlier scan's result
     * @param later   the later scan's result
     * @param round   the reviews of the agreements made on the earlier round, without an agreed picture
     * @param format  Markdown, HTML, JSON or CSV
     * @param options the language and what to show
     * @param out     where to write
     * @throws IOException                when the writer fails
     * @throws IncomparableScansException when the scans are of different organisations or in the wrong order
     * @throws IllegalArgumentException   when the round context holds an agreed picture (a comparison shows none)
     */
    public void renderComparison(ScanResult earlier, ScanResult later, RoundContext round, ReportFormat format,
            ReportOptions options, Writer out) throws IOException {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (round.agreedPicture() != null) {
            throw new IllegalArgumentException("The round context of a comparison holds an agreed picture (held on %s), but a comparison"
                    .formatted(round.agreedPicture().heldOn())
                    + " shows only what became of the earlier round's agreements. Maybe pass RoundContext.NONE.withReviews(reviews).");
        }
        Comparison comparison = compare(earlier, later, options);
        Texts texts = textsOf(later);
        Labeller labels = new Labeller(texts, tools, options.language());
        RoundSection section = RoundSection.of(earlier, round, labels, tools);
        switch (format) {
            case JSON -> new JsonReport(labels, options).write(earlier, later, comparison, section, out);
            case CSV -> new CsvReport(labels).write(comparison, section, out);
            case HTML -> templates().renderHtml("comparison.html.peb",
                    new ComparisonContext(labels, options).build(earlier, later, comparison, section), texts, out);
            case MARKDOWN -> templates().renderMarkdown("comparison.md.peb",
                    new ComparisonContext(labels, options).build(earlier, later, comparison, section), texts, out);
        }
        out.flush();
    }

    /**
     * The report of an aggregate of many organisations ({@link Aggregation#of}) as a string: Markdown, HTML
     * (with a heatmap of domains x dimensions and the spread per factor), JSON ({@code docs/aggregate.schema.json})
     * or CSV. Withheld figures are shown with their reason, never their numbers.
     *
     * @param aggregation the aggregate
     * @param format      Markdown, HTML, JSON or CSV
     * @param options     the language and the date printed
     * @return the report
     */
    public String renderAggregate(Aggregation aggregation, ReportFormat format, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            renderAggregate(aggregation, format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail.", e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #renderAggregate(Aggregation, ReportFormat, ReportOptions)}; the writer is not closed.
     *
     * @param aggregation the aggregate
     * @param format      Markdown, HTML, JSON or CSV
     * @param options     the language and the date printed
     * @param out         where to write
     * @throws IOException when the writer fails
     */
    public void renderAggregate(Aggregation aggregation, ReportFormat format, ReportOptions options, Writer out) throws IOException {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Labeller labels = new Labeller(texts, tools, options.language());
        switch (format) {
            case JSON -> new AggregateReport(labels, options).writeJson(aggregation, out);
            case CSV -> new AggregateReport(labels, options).writeCsv(aggregation, out);
            case HTML -> templates().renderHtml("aggregate.html.peb", new AggregateContext(labels, options).build(aggregation), texts, out);
            case MARKDOWN -> templates().renderMarkdown("aggregate.md.peb", new AggregateContext(labels, options).build(aggregation), texts,
                    out);
        }
        out.flush();
    }
}
