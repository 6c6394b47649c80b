package org.inclusionscan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * Scan results for the report tests: bundled scans scored with the default questionnaire, and
 * advice built by hand the way the rules of issue #3 will build it (ids, figures, tools,
 * explanations), so the report does not depend on the advice engine.
 */
final class Fixtures {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 23);
    static final double WEAK = 2.5;
    static final double DISAGREEMENT = 1.0;
    static final RuleSetInfo RULE_SET = new RuleSetInfo("default", "2026.11-test");

    private static final Map<Factor, List<String>> TOOLS = new EnumMap<>(Factor.class);

    static {
        TOOLS.put(Factor.NETWORK_VITALITY, List.of("inclusieweb", "sociaal-gewaardeerde-rollen", "buurtkaart-burger"));
        TOOLS.put(Factor.VALUED_ROLES, List.of("sociaal-gewaardeerde-rollen", "talentenkaart"));
        TOOLS.put(Factor.IMAGE, List.of("kletspot-eenzaamheid", "talentenkaart", "re-bubbelen"));
        TOOLS.put(Factor.PARTICIPATION, List.of("vvsg-45-methodieken", "macht-herverdelen"));
        TOOLS.put(Factor.INFORMATION, List.of("brussel-op-het-net", "connecting-brussels", "hoplr"));
        TOOLS.put(Factor.LIFE_DOMAINS, List.of("inclusieweb", "talentenkaart"));
        TOOLS.put(Factor.PUBLIC_BENEFITS, List.of("sociaal-gewaardeerde-rollen", "buurtkaart-burger"));
        TOOLS.put(Factor.LOCAL_ENVIRONMENT, List.of("leidraad-buurtanalyse", "de-buurt-lezen", "schatten-in-de-buurt", "stadswoorden"));
        TOOLS.put(Factor.STAKEHOLDERS, List.of("buurtkaart-organisatie", "barometer-intersectorale-samenwerking", "allianties"));
        TOOLS.put(Factor.BRIDGE_FIGURES, List.of("schatten-in-de-buurt", "buurtkaart-organisatie"));
        TOOLS.put(Factor.INSPIRING_PRACTICES, List.of("intervisie", "schatten-in-de-buurt"));
        TOOLS.put(Factor.LEGISLATION, List.of("de-stek", "beleidssignalen"));
        TOOLS.put(Factor.VISION, List.of("opiniestuk", "konekt-7-stappen", "index-voor-inclusie"));
        TOOLS.put(Factor.ORGANISATIONAL_CULTURE, List.of("inclusietafels", "wandeling-in-het-park", "meetladder-diversiteit"));
        TOOLS.put(Factor.LEADERSHIP, List.of("macht-herverdelen", "konekt-7-stappen"));
        TOOLS.put(Factor.STRUCTURE, List.of("macht-herverdelen", "konekt-7-stappen"));
        TOOLS.put(Factor.HISTORY, List.of("opiniestuk", "inclusietafels"));
        TOOLS.put(Factor.INFRASTRUCTURE, List.of("konekt-materialen", "de-stek"));
        TOOLS.put(Factor.ADMINISTRATION, List.of("konekt-materialen", "de-stek"));
        TOOLS.put(Factor.OFFER, List.of("leidraad-buurtanalyse", "eenzaamheidssensitief-werken"));
        TOOLS.put(Factor.STAFF_VISION, List.of("opiniestuk", "inclusietafels", "wandeling-in-het-park", "speeddate"));
        TOOLS.put(Factor.STAFF_EQUIPMENT, List.of("eenzaamheidssensitief-werken", "oog-voor-eenzaamheid", "de-buurt-lezen"));
        TOOLS.put(Factor.STAFF_BENEFITS, List.of("ontmoeting", "speeddate"));
        TOOLS.put(Factor.STAFF_APPROACH, List.of("eenzaamheidssensitief-werken", "inclusietafels", "intervisie"));
    }

    private Fixtures() {
    }

    static final LocalDate SESSION_DATE = LocalDate.of(2026, 11, 30);
    static final LocalDate EARLIER_SESSION_DATE = LocalDate.of(2025, 12, 1);

    /**
     * De Linde's team session on its 2026 round: a statement card and two factor cards, three
     * agreements (one with a comma and quotes, one without a tool), and the review of the three
     * agreements of its 2025 session (done, ongoing, dropped).
     */
    static RoundContext deLinde2026Session() {
        AgreedPicture picture = new AgreedPicture(SESSION_DATE, List.of(
                CardOutcome.of(CardRef.item("network-vitality-2", Factor.NETWORK_VITALITY), 2,
                        new Agreement(Factor.NETWORK_VITALITY, "Map the networks of ten regular visitors", Role.FRONTLINE,
                                LocalDate.of(2027, 3, 31), "inclusieweb")),
                CardOutcome.of(CardRef.factor(Factor.INFORMATION), 3,
                        Agreement.of(Factor.INFORMATION, "One printed page of neighbourhood activities, every month", Role.VOLUNTEER,
                                LocalDate.of(2027, 1, 31)),
                        new Agreement(Factor.INFORMATION, "Ask the \"Hoplr\" group, the library, and the pharmacy to share it",
                                Role.STAFF, LocalDate.of(2027, 6, 30), "hoplr")),
                CardOutcome.of(CardRef.factor(Factor.VISION), 4)));
        return RoundContext.of(picture).withReviews(List.of(
                new AgreementReview(new Agreement(Factor.NETWORK_VITALITY, "Draw the neighbourhood map with visitors", Role.FRONTLINE,
                        LocalDate.of(2026, 4, 30), "buurtkaart-burger"), EARLIER_SESSION_DATE, AgreementStatus.DONE),
                new AgreementReview(Agreement.of(Factor.INFORMATION, "A notice board at the entrance", Role.VOLUNTEER,
                        LocalDate.of(2026, 2, 28)), EARLIER_SESSION_DATE, AgreementStatus.ONGOING),
                new AgreementReview(new Agreement(Factor.PARTICIPATION, "A visitors' council twice a year", Role.STAFF,
                        LocalDate.of(2026, 9, 30), "vvsg-45-methodieken"), EARLIER_SESSION_DATE, AgreementStatus.DROPPED)));
    }

    /**
     * The agreements of De Linde's 2025 team session as the comparison of 2025 and 2026 shows them:
     * the reviews of {@link #deLinde2026Session()} (done, ongoing, dropped) without the 2026 picture.
     */
    static RoundContext deLinde2025Agreements() {
        return RoundContext.NONE.withReviews(deLinde2026Session().reviews());
    }

    static ReportOptions options(Language language) {
        return ReportOptions.in(language).withGeneratedOn(REPORT_DATE);
    }

    static Scan readScan(String name) {
        String file = "scans/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test scan (" + file + ").");
            }
            return ScanReader.create().read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled scan, scored and advised. */
    static ScanResult result(String name) {
        return result(readScan(name));
    }

    static ScanResult result(Scan scan) {
        Questionnaire questionnaire = QuestionnaireRegistry.defaults().find(scan.questionnaireId()).orElseThrow();
        ScoreCard scores = Scorer.create().score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scan, scores));
    }

    /** A stand-in for the advice engine: weak factors, policy lagging, team disagreement. */
    static Advice advise(Scan scan, ScoreCard scores) {
        ToolCatalogue catalogue = ToolCatalogue.defaults();
        List<Recommendation> recommendations = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            FactorScore score = scores.factor(factor);
            if (score.score().isPresent() && score.mean() < WEAK) {
                String id = "factor." + factor.id() + ".weak";
                int priority = (int) Math.min(95, 60 + Math.round((WEAK - score.mean()) * 40));
                Map<String, Double> figures = new LinkedHashMap<>();
                figures.put(factor.id() + ".mean", score.mean());
                figures.put("factor.weak.below", WEAK);
                List<String> tools = TOOLS.get(factor).stream()
                        .filter(tool -> catalogue.appliesTo(tool, scan.organisation())).toList();
                recommendations.add(new Recommendation(id, priority, List.of(factor), List.of(factor.domain()), List.of(),
                        figures, tools, explanation(id, "factor %s: mean %s < %s".formatted(factor.id(),
                                two(score.mean()), two(WEAK)))));
            }
        }
        double culture = mean(scores, Dimension.CULTURE);
        double practice = mean(scores, Dimension.PRACTICE);
        double policy = mean(scores, Dimension.POLICY);
        if (policy < Math.min(culture, practice) - 0.4) {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("policy.mean", policy);
            figures.put("culture.mean", culture);
            figures.put("practice.mean", practice);
            figures.put("dimension.lagging.gap", 0.4);
            String id = "dimension.policy.lagging";
            recommendations.add(new Recommendation(id, 75, List.of(), List.of(), List.of(Dimension.POLICY), figures,
                    List.of("konekt-7-stappen", "macht-herverdelen"),
                    explanation(id, "dimension policy: mean %s < min(culture %s, practice %s) - 0.40"
                            .formatted(two(policy), two(culture), two(practice)))));
        }
        List<FactorScore> split = scores.factors().values().stream()
                .filter(f -> f.spread() != null && f.spread().respondents() > 1 && f.spread().standardDeviation() >= DISAGREEMENT)
                .sorted(Comparator.comparingDouble((FactorScore f) -> f.spread().standardDeviation()).reversed())
                .toList();
        if (!split.isEmpty()) {
            Map<String, Double> figures = new LinkedHashMap<>();
            String factor = split.get(0).factor().id();
            figures.put(factor + ".sd", split.get(0).spread().standardDeviation());
            figures.put(factor + ".respondents", (double) split.get(0).spread().respondents());
            figures.put("team.disagreement.sd", DISAGREEMENT);
            String id = "team.disagreement";
            recommendations.add(new Recommendation(id, 50, split.stream().map(FactorScore::factor).toList(), List.of(),
                    List.of(), figures, List.of("inclusietafels", "kletspot-eenzaamheid"),
                    explanation(id, "factor %s: standard deviation %s >= %s".formatted(split.get(0).factor().id(),
                            two(split.get(0).spread().standardDeviation()), two(DISAGREEMENT)))));
        }
        recommendations.sort(Comparator.comparingInt(Recommendation::priority).reversed().thenComparing(Recommendation::id));
        Map<String, List<String>> tools = new LinkedHashMap<>();
        for (Recommendation recommendation : recommendations) {
            for (String tool : recommendation.tools()) {
                tools.computeIfAbsent(tool, t -> new ArrayList<>()).add(recommendation.id());
            }
        }
        return new Advice(RULE_SET, recommendations,
                tools.entrySet().stream().map(e -> new ToolSuggestion(e.getKey(), e.getValue())).toList());
    }

    private static double mean(ScoreCard scores, Dimension dimension) {
        Double mean = scores.dimension(dimension).mean();
        return mean == null ? 3.0 : mean;
    }

    private static Explanation explanation(String rule, String fact) {
        return new Explanation(rule, RULE_SET.name(), RULE_SET.version(), List.of(fact));
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The explanation arguments of a factor below the weak threshold of 2.50. */
    static Map<String, String> weakBelow(String factor, String mean) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("subject", "factor:" + factor);
        arguments.put("mean", mean);
        arguments.put("threshold", "2.50");
        arguments.put("key", "factor.weak.below");
        return arguments;
    }

    /** A scan result rendered by the shared test reporter, without a team session or history. */
    static String render(ScanResult result, Language language, ReportFormat format) {
        return GoldenFileTest.REPORTER.render(result, RoundContext.NONE, format, options(language));
    }

    /** De Linde's 2026 scan with these recommendations as its advice, each tool listed under its own recommendation. */
    static ScanResult withAdvice(List<Recommendation> recommendations) {
        ScanResult base = result("de-linde-2026");
        List<ToolSuggestion> tools = recommendations.stream().flatMap(r -> r.tools().stream().map(t -> new ToolSuggestion(t, List.of(r.id()))))
                .toList();
        return new ScanResult(base.scan(), base.questionnaire(), base.scores(), new Advice(RULE_SET, recommendations, tools));
    }
}
