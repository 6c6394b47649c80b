package org.inclusionscan.report.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.Comparison;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.impl.Views.DeltaView;
import org.inclusionscan.report.impl.Views.RecommendationChange;
import org.inclusionscan.session.RoundContext;

/** Builds the template context of a comparison report. */
public final class ComparisonContext {

    private final Labeller labels;
    private final Formats formats;
    private final ReportOptions options;

    public ComparisonContext(Labeller labels, ReportOptions options) {
        this.labels = labels;
        this.formats = labels.formats();
        this.options = options;
    }

    public Map<String, Object> build(ScanResult earlier, ScanResult later, Comparison comparison) {
        return build(earlier, later, comparison, RoundSection.of(earlier, RoundContext.NONE, labels, labels.tools()));
    }

    /** The context with what became of the earlier round's agreements ({@code session}, as in the round report). */
    public Map<String, Object> build(ScanResult earlier, ScanResult later, Comparison comparison, RoundSection round) {
        Map<String, Object> context = new LinkedHashMap<>();
        ReportContext single = new ReportContext(labels, options);
        context.put("language", labels.language());
        context.put("lang", labels.language().id());
        context.put("colon", labels.text("report.punctuation.colon"));
        context.put("generatedOn", formats.date(options.reportDate()));
        context.put("organisation", single.organisation(later.scan()));
        context.put("earlierDate", formats.date(comparison.earlierDate()));
        context.put("laterDate", formats.date(comparison.laterDate()));
        context.put("earlierRespondents", formats.integer(earlier.scores().respondents()));
        context.put("laterRespondents", formats.integer(later.scores().respondents()));
        context.put("earlierQuestionnaire", earlier.questionnaire().id());
        context.put("laterQuestionnaire", later.questionnaire().id());
        context.put("earlierRuleSet", earlier.advice().ruleSet().name() + " " + earlier.advice().ruleSet().version());
        context.put("laterRuleSet", later.advice().ruleSet().name() + " " + later.advice().ruleSet().version());
        context.put("minimumDelta", formats.mean(comparison.minimumDelta()));
        context.put("overall", delta(comparison.overall(), labels.text("report.overall")));
        List<DeltaView> factors = java.util.Arrays.stream(Factor.values())
                .map(f -> delta(comparison.factor(f), labels.label("factor", f))).toList();
        context.put("factors", factors);
        context.put("domains", java.util.Arrays.stream(Domain.values())
                .map(d -> delta(comparison.domain(d), labels.label("domain", d))).toList());
        context.put("dimensions", java.util.Arrays.stream(Dimension.values())
                .map(d -> delta(comparison.dimension(d), labels.label("dimension", d))).toList());
        context.put("improved", comparison.improved().stream()
                .map(f -> delta(comparison.factor(f), labels.label("factor", f))).toList());
        context.put("declined", comparison.declined().stream()
                .map(f -> delta(comparison.factor(f), labels.label("factor", f))).toList());
        context.put("appeared", changes(comparison.appeared()));
        context.put("disappeared", changes(comparison.disappeared()));
        context.put("kept", changes(comparison.kept()));
        context.put("chart", Charts.beforeAfter(labels, comparison));
        context.put("session", round.view(labels));
        return context;
    }

    private List<RecommendationChange> changes(List<String> ids) {
        return ids.stream().map(id -> new RecommendationChange(id, labels.adviceTitle(id))).toList();
    }

    DeltaView delta(Comparison.Delta delta, String label) {
        return new DeltaView(delta.id(), label, formats.mean(delta.before()), formats.mean(delta.after()),
                formats.delta(delta.delta()), delta.change().id(), labels.text("report.change." + delta.change().id()));
    }
}
