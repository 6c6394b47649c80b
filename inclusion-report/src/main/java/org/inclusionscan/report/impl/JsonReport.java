package org.inclusionscan.report.impl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.Comparison;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.Coverage;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.RoleScores;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Spread;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.Tool;

/**
 * The JSON report: the machine contract documented in {@code docs/report.md} with its schema in
 * {@code docs/report.schema.json}. Built from dedicated records so the keys stay stable whatever
 * the model's own serialisation does; ids are the model's kebab-case ids; maps keep the model's order.
 */
public final class JsonReport {

    /** Raised when the contract changes incompatibly (major) or grows (minor). */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * The version of a report that holds the keys 1.1 added ({@code agreedPicture}, {@code agreementReview});
     * a report without them is exactly a 1.0 report and says so.
     */
    public static final String SCHEMA_VERSION_WITH_ROUND = "1.1";

    /** Two spaces a level and \n, on every platform; a printer per document (it keeps the nesting level). */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final Labeller labels;
    private final ReportOptions options;

    public JsonReport(Labeller labels, ReportOptions options) {
        this.labels = labels;
        this.options = options;
    }

    // --- the contract ---

    public record Report(String schemaVersion, String kind, String language, String generatedOn,
            OrganisationJson organisation, ScanJson scan, RuleSetJson ruleSet, Scores scores, Team team,
            List<RecommendationJson> recommendations, List<ToolJson> tools,
            @JsonInclude(JsonInclude.Include.NON_NULL) AgreedPictureJson agreedPicture,
            @JsonInclude(JsonInclude.Include.NON_NULL) AgreementReviewJson agreementReview) {
    }

    /** The team session on this round (since 1.1). */
    public record AgreedPictureJson(String heldOn, List<CardJson> cards, List<AgreementJson> actionPlan) {
    }

    public record CardJson(String card, String kind, String id, String factor, String label, Double average,
            int sharedScore, List<AgreementJson> agreements) {
    }

    public record AgreementJson(String factor, String action, String role, String due,
            @JsonInclude(JsonInclude.Include.NON_NULL) String tool,
            @JsonInclude(JsonInclude.Include.NON_NULL) String toolName, String agreedOn, String status) {
    }

    /** Earlier agreements as the coordinator marked them (since 1.1). */
    public record AgreementReviewJson(Map<String, Integer> counts, List<AgreementJson> agreements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationJson(String name, String region, String sector, List<String> targetGroups, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanJson(String date, String questionnaire, int respondents, String note) {
    }

    public record RuleSetJson(String name, String version) {
    }

    public record CoverageJson(int expected, int answered, int dontKnow, int missing) {
        static CoverageJson of(Coverage coverage) {
            return new CoverageJson(coverage.expected(), coverage.answered(), coverage.dontKnow(), coverage.missing());
        }
    }

    public record SpreadJson(int respondents, double standardDeviation, double lowest, double highest) {
    }

    public record ScoreJson(String label, Double mean, String level,
            @JsonInclude(JsonInclude.Include.NON_NULL) String absentReason, CoverageJson coverage) {
    }

    public record FactorJson(String label, String domain, Double mean, String level,
            @JsonInclude(JsonInclude.Include.NON_NULL) String absentReason, CoverageJson coverage,
            @JsonInclude(JsonInclude.Include.NON_NULL) SpreadJson spread) {
    }

    public record CellJson(String domain, String dimension, Double mean, String level,
            @JsonInclude(JsonInclude.Include.NON_NULL) String absentReason, CoverageJson coverage) {
    }

    public record Scores(ScoreJson overall, Map<String, FactorJson> factors, Map<String, ScoreJson> domains,
            Map<String, ScoreJson> dimensions, List<CellJson> cells) {
    }

    public record RoleJson(String role, int respondents, Map<String, Double> factorMeans) {
    }

    public record HiddenRoleJson(String role, int respondents) {
    }

    public record Team(int respondents, double disagreementThreshold, List<String> topics, int minimumRoleSize,
            List<RoleJson> roles, List<HiddenRoleJson> hiddenRoles, List<String> notes) {
    }

    public record ExplanationJson(String rule, String ruleSet, String ruleSetVersion, List<String> matchedFacts) {
    }

    public record RecommendationJson(String id, int priority, String priorityBand, String title, String why,
            String action, List<String> factors, List<String> domains, List<String> dimensions,
            Map<String, Double> figures, List<String> tools, ExplanationJson explanation, List<ReasonJson> reasons) {
    }

    /** A related rule's advice merged into the recommendation, with its texts. */
    public record ReasonJson(String id, String title, String why, String action) {
    }

    public record ToolJson(String id, String name, String description, String owner, String buildingBlock,
            List<String> recommendations) {
    }

    // --- the comparison contract ---

    public record DeltaJson(String label, Double before, Double after, Double delta, String change) {
    }

    public record SideJson(String date, String questionnaire, int respondents, RuleSetJson ruleSet) {
    }

    public record RecommendationRef(String id, String title) {
    }

    public record RecommendationChanges(List<RecommendationRef> appeared, List<RecommendationRef> disappeared,
            List<RecommendationRef> kept) {
    }

    public record ComparisonJson(String schemaVersion, String kind, String language, String generatedOn,
            OrganisationJson organisation, SideJson earlier, SideJson later, double minimumDelta, DeltaJson overall,
            Map<String, DeltaJson> factors, Map<String, DeltaJson> domains, Map<String, DeltaJson> dimensions,
            List<String> improved, List<String> declined, RecommendationChanges recommendations,
            @JsonInclude(JsonInclude.Include.NON_NULL) AgreementReviewJson agreementReview) {
    }

    // --- building ---

    public void write(ScanResult result, Writer out) throws IOException {
        write(report(result), out);
    }

    public void write(ScanResult result, RoundSection round, Writer out) throws IOException {
        write(report(result, round), out);
    }

    public void write(ScanResult earlier, ScanResult later, Comparison comparison, Writer out) throws IOException {
        write(comparison(earlier, later, comparison), out);
    }

    /** The comparison with what became of the earlier round's agreements, when {@code round} has reviews. */
    public void write(ScanResult earlier, ScanResult later, Comparison comparison, RoundSection round, Writer out) throws IOException {
        write(comparison(earlier, later, comparison, round), out);
    }

    /** Writes the document whole, or nothing: it is built in memory first ({@link RecordJsonWriter}, no data binding). */
    private static void write(Object value, Writer out) throws IOException {
        StringWriter document = new StringWriter(32 * 1024);
        try (JsonGenerator generator = Json.mapper().getFactory().createGenerator(document)) {
            generator.setPrettyPrinter(PRINTER.createInstance());
            RecordJsonWriter.write(value, generator);
        }
        out.write(document.toString());
        out.write('\n');
    }

    public Report report(ScanResult result) {
        return report(result, RoundSection.of(result, RoundContext.NONE, labels, labels.tools()));
    }

    public Report report(ScanResult result, RoundSection round) {
        Scan scan = result.scan();
        ScoreCard scores = result.scores();
        Map<String, FactorJson> factors = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            FactorScore factorScore = scores.factor(factor);
            Score score = factorScore.score();
            Spread spread = factorScore.spread();
            factors.put(factor.id(), new FactorJson(labels.label("factor", factor), factor.domain().id(), score.mean(),
                    score.level().id(), idOrNull(score.absentReason()), CoverageJson.of(score.coverage()),
                    spread == null ? null : new SpreadJson(spread.respondents(), spread.standardDeviation(),
                            spread.lowest(), spread.highest())));
        }
        Map<String, ScoreJson> domains = new LinkedHashMap<>();
        for (Domain domain : Domain.values()) {
            domains.put(domain.id(), score(labels.label("domain", domain), scores.domain(domain)));
        }
        Map<String, ScoreJson> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.id(), score(labels.label("dimension", dimension), scores.dimension(dimension)));
        }
        List<CellJson> cells = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            for (Dimension dimension : Dimension.values()) {
                Score score = scores.cell(domain, dimension);
                cells.add(new CellJson(domain.id(), dimension.id(), score.mean(), score.level().id(),
                        idOrNull(score.absentReason()), CoverageJson.of(score.coverage())));
            }
        }
        List<RecommendationJson> recommendations = new ArrayList<>();
        AdviceArguments arguments = new AdviceArguments(labels, scores);
        for (Recommendation r : result.advice().recommendations()) {
            Map<String, String> own = arguments.of(r, r.id());
            List<ReasonJson> reasons = r.reasons().stream().map(reason -> {
                Map<String, String> about = arguments.of(r, reason);
                return new ReasonJson(reason, labels.advice(reason, "title", about), labels.advice(reason, "why", about),
                        labels.advice(reason, "action", about));
            }).toList();
            recommendations.add(new RecommendationJson(r.id(), r.priority(), r.priorityBand().id(),
                    labels.advice(r.id(), "title", own), labels.advice(r.id(), "why", own), labels.advice(r.id(), "action", own),
                    ids(r.factors()), ids(r.domains()), ids(r.dimensions()), r.figures(), r.tools(),
                    new ExplanationJson(r.explanation().rule(), r.explanation().ruleSet(),
                            r.explanation().ruleSetVersion(), r.explanation().matchedFacts()), reasons));
        }
        List<ToolJson> tools = new ArrayList<>();
        for (ToolSuggestion suggestion : result.advice().tools()) {
            String id = suggestion.id();
            tools.add(new ToolJson(id, labels.toolName(id), labels.toolDescription(id), labels.toolOwner(id),
                    labels.tools().find(id).map(Tool::buildingBlock).map(HasId::id).orElse(null),
                    suggestion.recommendations()));
        }
        AgreedPictureJson picture = round.round().picture().map(agreed -> new AgreedPictureJson(agreed.heldOn().toString(),
                round.cards().stream().map(card -> new CardJson(card.outcome().card().key(), card.outcome().card().kind().id(),
                        card.outcome().card().id(), card.outcome().card().factor().id(), card.label(), card.average(),
                        card.outcome().sharedScore(), card.outcome().agreements().stream()
                                .map(agreement -> agreement(new AgreementReview(agreement, agreed.heldOn(), AgreementStatus.OPEN)))
                                .toList())).toList(),
                round.plan().stream().map(this::agreement).toList())).orElse(null);
        AgreementReviewJson review = review(round);
        return new Report(round.isEmpty() ? SCHEMA_VERSION : SCHEMA_VERSION_WITH_ROUND, "report", labels.language().id(),
                options.reportDate().toString(),
                organisation(result), new ScanJson(scan.date().toString(), result.questionnaire().id(),
                        scores.respondents(), scan.note()),
                new RuleSetJson(result.advice().ruleSet().name(), result.advice().ruleSet().version()),
                new Scores(score(labels.text("report.overall"), scores.overall()), factors, domains, dimensions, cells),
                team(result, scores), recommendations, tools, picture, review);
    }

    /** The review of earlier agreements, or null when there is none. */
    private AgreementReviewJson review(RoundSection round) {
        return round.reviews().isEmpty() ? null
                : new AgreementReviewJson(round.counts(), round.reviews().stream().map(this::agreement).toList());
    }

    private AgreementJson agreement(AgreementReview review) {
        Agreement agreement = review.agreement();
        return new AgreementJson(agreement.factor().id(), agreement.action(), agreement.role().id(), agreement.due().toString(),
                agreement.tool(), agreement.tool() == null ? null : labels.toolName(agreement.tool()), review.agreedOn().toString(),
                review.status().id());
    }

    private Team team(ScanResult result, ScoreCard scores) {
        Scan scan = result.scan();
        ReportContext.TeamTopics shared = ReportContext.TeamTopics.of(result, options);
        List<String> topics = shared.factors().stream().map(Factor::id).toList();
        ReportContext.RoleSelection selection = ReportContext.RoleSelection.of(scores, options.minimumRoleSize());
        List<RoleJson> roles = new ArrayList<>();
        for (RoleScores role : selection.shown()) {
            Map<String, Double> means = new LinkedHashMap<>();
            role.factorMeans().forEach((factor, mean) -> means.put(factor.id(), mean));
            roles.add(new RoleJson(role.role().id(), role.respondents(), means));
        }
        List<HiddenRoleJson> hidden = selection.hidden().stream()
                .map(r -> new HiddenRoleJson(r.role().id(), r.respondents())).toList();
        return new Team(scores.respondents(), shared.threshold(), topics.stream().limit(options.topN()).toList(),
                options.minimumRoleSize(), roles, hidden, ReportContext.notes(scan));
    }

    public ComparisonJson comparison(ScanResult earlier, ScanResult later, Comparison comparison) {
        return comparison(earlier, later, comparison, RoundSection.of(earlier, RoundContext.NONE, labels, labels.tools()));
    }

    /**
     * The comparison and, when {@code round} has reviews, {@code agreementReview} with what became of the
     * earlier round's agreements (schema version 1.1); without reviews exactly the 1.0 comparison.
     */
    public ComparisonJson comparison(ScanResult earlier, ScanResult later, Comparison comparison, RoundSection round) {
        Map<String, DeltaJson> factors = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            factors.put(factor.id(), delta(labels.label("factor", factor), comparison.factor(factor)));
        }
        Map<String, DeltaJson> domains = new LinkedHashMap<>();
        for (Domain domain : Domain.values()) {
            domains.put(domain.id(), delta(labels.label("domain", domain), comparison.domain(domain)));
        }
        Map<String, DeltaJson> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.id(), delta(labels.label("dimension", dimension), comparison.dimension(dimension)));
        }
        AgreementReviewJson review = review(round);
        return new ComparisonJson(review == null ? SCHEMA_VERSION : SCHEMA_VERSION_WITH_ROUND, "comparison", labels.language().id(), options.reportDate().toString(),
                organisation(later), side(earlier), side(later), comparison.minimumDelta(),
                delta(labels.text("report.overall"), comparison.overall()), factors, domains, dimensions,
                ids(comparison.improved()), ids(comparison.declined()),
                new RecommendationChanges(refs(comparison.appeared()), refs(comparison.disappeared()),
                        refs(comparison.kept())), review);
    }

    private OrganisationJson organisation(ScanResult result) {
        var organisation = result.scan().organisation();
        return new OrganisationJson(organisation.name(), organisation.region().id(), organisation.sector().id(),
                ids(organisation.targetGroups()), organisation.note());
    }

    private static SideJson side(ScanResult result) {
        return new SideJson(result.scan().date().toString(), result.questionnaire().id(), result.scores().respondents(),
                new RuleSetJson(result.advice().ruleSet().name(), result.advice().ruleSet().version()));
    }

    private List<RecommendationRef> refs(List<String> ids) {
        return ids.stream().map(id -> new RecommendationRef(id, labels.adviceTitle(id))).toList();
    }

    private static DeltaJson delta(String label, Comparison.Delta delta) {
        // The delta of two means is rounded to 1e-9, so that 3.5 - 3.2 reads 0.3 and not 0.30000000000000004.
        Double rounded = delta.delta() == null ? null : Math.round(delta.delta() * 1e9) / 1e9;
        return new DeltaJson(label, delta.before(), delta.after(), rounded, delta.change().id());
    }

    private static ScoreJson score(String label, Score score) {
        return new ScoreJson(label, score.mean(), score.level().id(), idOrNull(score.absentReason()),
                CoverageJson.of(score.coverage()));
    }

    private static String idOrNull(HasId value) {
        return value == null ? null : value.id();
    }

    private static List<String> ids(List<? extends HasId> values) {
        return values.stream().map(HasId::id).toList();
    }
}
