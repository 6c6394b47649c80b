package org.inclusionscan.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.inclusionscan.rules.facts.ContextFact;
import org.inclusionscan.rules.facts.DimensionFact;
import org.inclusionscan.rules.facts.DomainFact;
import org.inclusionscan.rules.facts.FactorFact;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.rules.facts.ScanFact;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The bundled default rules written by hand in plain Java: the limit the Drools advisor is raced
 * against. Same thresholds (read from the bundled {@code thresholds.properties}), same
 * recommendations, priorities, figures and tools; it builds its advice through the same
 * {@link AdviceCollector} as the rules (merging, boosts, tool scopes, ordering, explanations), so
 * the race measures matching rules, not building the result. {@code PlainJavaAdvisorTest} proves
 * both advise alike on thousands of generated score cards.
 *
 * <p>Each block below is one DRL rule or one row of the factor table; keep them in step with
 * {@code inclusion-rules/src/main/resources/org/inclusionscan/rules/defaults/}. Thread-safe.
 */
public final class PlainJavaAdvisor implements Advisor {

    /** The rows of {@code factor-weak.csv} (in its order, from row 2): priority and tools of each factor's weak rule. */
    private record WeakRow(String id, int priority, String[] tools, String source) {
    }

    private static final Map<Factor, WeakRow> WEAK = new EnumMap<>(Factor.class);

    private static void weak(Factor factor, int priority, String... tools) {
        WEAK.put(factor, new WeakRow("factor." + factor.id() + ".weak", priority, tools, "row " + (WEAK.size() + 2) + " of factor-weak.csv"));
    }

    static {
        weak(Factor.LEGISLATION, 55, "de-stek", "beleidssignalen", "outreachend-werken");
        weak(Factor.STAKEHOLDERS, 60, "buurtkaart-organisatie", "barometer-intersectorale-samenwerking", "allianties");
        weak(Factor.INSPIRING_PRACTICES, 50, "intervisie", "vicinia", "stadspiratie", "kenniscentrum-wwz", "schatten-in-de-buurt");
        weak(Factor.LOCAL_ENVIRONMENT, 60, "de-buurt-lezen", "leidraad-buurtanalyse", "buurtkaart-burger", "stadswoorden");
        weak(Factor.BRIDGE_FIGURES, 60, "schatten-in-de-buurt", "buurtkaart-organisatie");
        weak(Factor.VISION, 65, "opiniestuk", "inclusietoetsen");
        weak(Factor.ORGANISATIONAL_CULTURE, 60, "inclusietafels", "wandeling-in-het-park", "meetladder-diversiteit", "diversiteitsproof-werken");
        weak(Factor.LEADERSHIP, 65, "lokale-middelen", "inclusietracker");
        weak(Factor.STRUCTURE, 55, "konekt-7-stappen");
        weak(Factor.HISTORY, 45, "opiniestuk", "inclusietafels");
        weak(Factor.INFRASTRUCTURE, 55, "konekt-materialen");
        weak(Factor.ADMINISTRATION, 55, "konekt-materialen");
        weak(Factor.OFFER, 60, "leidraad-buurtanalyse", "eenzaamheidssensitief-werken");
        weak(Factor.STAFF_VISION, 60, "opiniestuk", "inclusietafels", "wandeling-in-het-park", "speeddate");
        weak(Factor.STAFF_EQUIPMENT, 60, "eenzaamheidssensitief-werken", "oog-voor-eenzaamheid", "de-buurt-lezen", "emotionele-ontwikkeling");
        weak(Factor.STAFF_BENEFITS, 50, "intervisie");
        weak(Factor.STAFF_APPROACH, 55, "eenzaamheidssensitief-werken", "inclusietafels", "intervisie", "presentie");
        weak(Factor.IMAGE, 60, "kletspot-eenzaamheid", "talentenkaart", "re-bubbelen");
        weak(Factor.PARTICIPATION, 65, "vvsg-45-methodieken", "macht-herverdelen");
        weak(Factor.VALUED_ROLES, 60, "sociaal-gewaardeerde-rollen", "talentenkaart");
        weak(Factor.PUBLIC_BENEFITS, 55, "sociaal-gewaardeerde-rollen", "buurtkaart-burger");
        weak(Factor.INFORMATION, 60, "buurtinformatie-delen", "connecting-brussels", "durf-te-vragen", "hoplr", "nederland-voor-elkaar");
        weak(Factor.NETWORK_VITALITY, 65, "inclusieweb", "sociaal-gewaardeerde-rollen", "buurtkaart-burger");
        weak(Factor.LIFE_DOMAINS, 55, "inclusieweb", "talentenkaart");
    }

    /** The target-group rules of {@code target-groups.drl}. */
    private record Focus(TargetGroup group, List<Factor> factors, String[] tools) {

        String ruleName() {
            return "target-group." + group.id() + ".focus";
        }
    }

    private static final List<Focus> FOCUS = List.of(
            new Focus(TargetGroup.OLDER_PEOPLE, List.of(Factor.NETWORK_VITALITY, Factor.INFORMATION),
                    new String[] {"inclusieweb", "vvsg-buurtgerichte-zorg", "buurtinformatie-delen"}),
            new Focus(TargetGroup.YOUNG_PEOPLE, List.of(Factor.NETWORK_VITALITY, Factor.IMAGE, Factor.VALUED_ROLES),
                    new String[] {"kletspot-eenzaamheid", "sociaal-gewaardeerde-rollen"}),
            new Focus(TargetGroup.CHILDREN, List.of(Factor.NETWORK_VITALITY, Factor.IMAGE, Factor.LIFE_DOMAINS),
                    new String[] {"kletspot-eenzaamheid", "ondersteuningstool-brede-school"}),
            new Focus(TargetGroup.NEWCOMERS, List.of(Factor.INFORMATION, Factor.BRIDGE_FIGURES, Factor.IMAGE),
                    new String[] {"buurtinformatie-delen", "schatten-in-de-buurt"}),
            new Focus(TargetGroup.POVERTY, List.of(Factor.LEGISLATION, Factor.ADMINISTRATION, Factor.INFRASTRUCTURE, Factor.LIFE_DOMAINS),
                    new String[] {"de-stek", "outreachend-werken"}),
            new Focus(TargetGroup.DISABILITY, List.of(Factor.INFRASTRUCTURE, Factor.VALUED_ROLES),
                    new String[] {"sociaal-gewaardeerde-rollen", "emotionele-ontwikkeling"}),
            new Focus(TargetGroup.PSYCHOLOGICAL_VULNERABILITY, List.of(Factor.IMAGE, Factor.VALUED_ROLES, Factor.NETWORK_VITALITY),
                    new String[] {"presentie", "sociaal-gewaardeerde-rollen", "emotionele-ontwikkeling"}),
            new Focus(TargetGroup.LONELY_PEOPLE, List.of(Factor.NETWORK_VITALITY, Factor.IMAGE),
                    new String[] {"inclusieweb", "presentie", "outreachend-werken"}),
            new Focus(TargetGroup.LOW_LITERACY, List.of(Factor.INFORMATION, Factor.ADMINISTRATION),
                    new String[] {"buurtinformatie-delen"}));

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /** The online exchange platforms that the low-literacy rule (and the older-people rule, for older people as the only target group) leave out of the advice. */
    private static final List<String> ONLINE_PLATFORMS = List.of("connecting-brussels", "durf-te-vragen", "brussel-helpt", "hoplr",
            "helpper", "nederland-voor-elkaar", "solidare-it");

    /** The table's rows as the rules see them (for factor.keep-working). */
    private static final List<FactorRuleRow> ROWS = new ArrayList<>();

    static {
        WEAK.values().forEach(row -> ROWS.add(new FactorRuleRow(row.id(), Factor.fromId(row.id().substring("factor.".length(),
                row.id().length() - ".weak".length())), row.priority(), List.of(row.tools()), row.source())));
    }

    private final RuleSetInfo info;
    private final Thresholds thresholds;
    private final Texts texts;
    private final ToolCatalogue catalogue;
    // The thresholds, looked up once.
    private final double weakBelow;
    private final double laggingGap;
    private final double environmentWeakBelow;
    private final double disagreementSd;
    private final double disagreementMinRespondents;
    private final double strongFrom;
    private final double youthCareParticipationBelow;
    private final double brusselsLocalEnvironmentBelow;
    private final double brusselsStakeholdersBelow;
    private final double municipalityBelow;
    private final int priorityLagging;
    private final int priorityEnvironment;
    private final int priorityTeam;
    private final int priorityStrong;
    private final int priorityKeepWorking;
    private final double keepWorkingFactors;
    private final int priorityContext;
    private final int priorityFocus;

    public PlainJavaAdvisor(RuleSetInfo info, Thresholds thresholds, Texts texts, ToolCatalogue catalogue) {
        this.info = Objects.requireNonNull(info, "info");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        weakBelow = thresholds.value("factor.weak.below");
        laggingGap = thresholds.value("dimension.lagging.gap");
        environmentWeakBelow = thresholds.value("domain.environment.weak.below");
        disagreementSd = thresholds.value("team.disagreement.sd");
        disagreementMinRespondents = thresholds.value("team.disagreement.min-respondents");
        strongFrom = thresholds.value("overall.strong.from");
        youthCareParticipationBelow = thresholds.value("context.youth-care.participation.below");
        brusselsLocalEnvironmentBelow = thresholds.value("context.brussels.local-environment.below");
        brusselsStakeholdersBelow = thresholds.value("context.brussels.stakeholders.below");
        municipalityBelow = thresholds.value("context.municipality.below");
        priorityLagging = thresholds.priority("dimension.lagging");
        priorityEnvironment = thresholds.priority("domain.environment.weak");
        priorityTeam = thresholds.priority("team.disagreement");
        priorityStrong = thresholds.priority("overall.strong");
        priorityKeepWorking = thresholds.priority("keep-working");
        keepWorkingFactors = thresholds.value("keep-working.factors");
        priorityContext = thresholds.priority("context");
        priorityFocus = thresholds.priority("target-group.focus");
    }

    /** The bundled thresholds, rule-set name and version (so the advice names the same rule set as Drools'). */
    public static PlainJavaAdvisor defaults() {
        RuleSetSources sources = RuleSetSources.bundled();
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(RuleSetSources.readBundled(RuleSetSources.THRESHOLDS_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, Double.parseDouble(properties.getProperty(key).strip())));
        return new PlainJavaAdvisor(new RuleSetInfo(sources.name(), sources.version()), Thresholds.of(values), Texts.defaults(),
                ToolCatalogue.defaults());
    }

    @Override
    public Advice advise(ScoreCard scores, Organisation organisation) {
        AdviceCollector advice = new AdviceCollector(thresholds);
        ContextFact context = new ContextFact(organisation);

        // The facts the rules would see: present scores only, means rounded to two decimals.
        FactorFact[] factors = new FactorFact[Factor.values().length];
        boolean complete = scores.overall().isPresent();
        boolean anyWeakFactor = false;
        for (FactorScore score : scores.factors().values()) {
            if (score.score().isPresent()) {
                var spread = score.spread();
                FactorFact fact = new FactorFact(score.factor(), score.mean(), score.score().level(),
                        spread == null ? 0.0 : spread.standardDeviation(), spread == null ? 0 : spread.respondents());
                factors[score.factor().ordinal()] = fact;
                anyWeakFactor |= fact.getMean() < weakBelow;
            } else {
                complete = false;
            }
        }
        DomainFact environment = null;
        boolean anyDomainBelowStrong = false;
        for (Map.Entry<Domain, Score> entry : scores.domains().entrySet()) {
            if (entry.getValue().isPresent()) {
                DomainFact fact = new DomainFact(entry.getKey(), entry.getValue().mean());
                if (entry.getKey() == Domain.ENVIRONMENT) {
                    environment = fact;
                }
                anyDomainBelowStrong |= fact.getMean() < strongFrom;
            } else {
                complete = false;
            }
        }
        DimensionFact[] dimensions = new DimensionFact[DIMENSIONS.length];
        boolean anyDimensionBelowStrong = false;
        for (Map.Entry<Dimension, Score> entry : scores.dimensions().entrySet()) {
            if (entry.getValue().isPresent()) {
                DimensionFact fact = new DimensionFact(entry.getKey(), entry.getValue().mean());
                dimensions[entry.getKey().ordinal()] = fact;
                anyDimensionBelowStrong |= fact.getMean() < strongFrom;
            } else {
                complete = false;
            }
        }

        // factor-weak.csv: one row per factor, matched by the rule factor-table.weak (factor-weak.drl).
        for (FactorFact fact : factors) {
            if (fact != null && fact.getMean() < weakBelow) {
                WeakRow row = WEAK.get(fact.getFactor());
                advice.recommend(row.id(), row.priority()).fact(fact).below("factor.weak.below").note(row.source()).tools(row.tools());
            }
        }

        // dimensions.drl: a dimension lags when it is at least the gap below both others.
        AdviceCollector.Draft policyLagging = lagging(advice, dimensions, Dimension.POLICY, Dimension.CULTURE, Dimension.PRACTICE,
                "dimension.policy.lagging", "konekt-7-stappen", "tool-beleidsplanning-socius", "lokale-middelen", "inclusietracker");
        if (policyLagging != null) {
            policyLagging.gatherWeakFactors(Domain.ORGANISATION, Factor.LEADERSHIP);
        }
        AdviceCollector.Draft cultureLagging = lagging(advice, dimensions, Dimension.CULTURE, Dimension.POLICY, Dimension.PRACTICE,
                "dimension.culture.lagging", "opiniestuk", "inclusietafels", "wandeling-in-het-park", "ontmoeting", "speeddate");
        if (cultureLagging != null) {
            cultureLagging.gatherWeakFactors(Domain.STAFF, Factor.STAFF_VISION);
        }
        lagging(advice, dimensions, Dimension.PRACTICE, Dimension.POLICY, Dimension.CULTURE,
                "dimension.practice.lagging", "de-buurt-lezen", "buurtkaart-organisatie", "sociaal-gewaardeerde-rollen");

        // domains.drl
        if (environment != null && environment.getMean() < environmentWeakBelow && anyWeak(factors, Factor.STAKEHOLDERS,
                Factor.INSPIRING_PRACTICES, Factor.LOCAL_ENVIRONMENT, Factor.BRIDGE_FIGURES)) {
            advice.recommend("domain.environment.weak", priorityEnvironment)
                    .fact(environment).below("domain.environment.weak.below")
                    .tools("buurtkaart-organisatie", "leidraad-buurtanalyse", "schatten-in-de-buurt", "intervisie", "allianties")
                    .gatherWeakFactors(Domain.ENVIRONMENT, Factor.STAKEHOLDERS, Factor.INSPIRING_PRACTICES, Factor.LOCAL_ENVIRONMENT,
                            Factor.BRIDGE_FIGURES);
        }

        // team.drl
        AdviceCollector.Draft team = null;
        for (FactorFact fact : factors) {
            if (fact != null && fact.getRespondents() >= disagreementMinRespondents && fact.getSd() >= disagreementSd) {
                if (team == null) {
                    team = advice.recommend("team.disagreement", priorityTeam);
                }
                team.spread(fact, "team.disagreement.sd");
            }
        }
        if (team != null) {
            team.figure("team.disagreement.min-respondents", disagreementMinRespondents).tools("inclusietracker", "inclusietafels");
        }

        // overall.drl
        if (complete && !anyDomainBelowStrong && !anyDimensionBelowStrong && !anyWeakFactor) {
            advice.recommend("overall.strong", priorityStrong)
                    .fact(new ScanFact(scores.respondents(), true, scores.overall().mean()))
                    .condition("all-strong", "every domain and dimension >= %.2f (overall.strong.from), no factor < %.2f (factor.weak.below)"
                            .formatted(strongFrom, weakBelow), Map.of("from", String.format(java.util.Locale.ROOT, "%.2f", strongFrom), "fromKey", "overall.strong.from",
                            "weakBelow", String.format(java.util.Locale.ROOT, "%.2f", weakBelow), "weakKey", "factor.weak.below"))
                    .figure("overall.strong.from", strongFrom)
                    .tools("inclusietracker", "intervisie");
        }

        // context.drl
        FactorFact participation = factors[Factor.PARTICIPATION.ordinal()];
        if (organisation.sector() == Sector.YOUTH_CARE && participation != null && participation.getMean() < youthCareParticipationBelow) {
            advice.recommend("context.youth-care.participation", priorityContext)
                    .fact(context)
                    .fact(participation).below("context.youth-care.participation.below")
                    .tools("participatiekompas-jeugdhulp")
                    .joinWeakFactor();
            advice.leaveOut(List.of("vvsg-45-methodieken"));
        }
        FactorFact environmentFactor = factors[Factor.LOCAL_ENVIRONMENT.ordinal()];
        if (organisation.region() == Region.BRUSSELS && environmentFactor != null
                && environmentFactor.getMean() < brusselsLocalEnvironmentBelow) {
            advice.recommend("context.brussels.neighbourhood-data", priorityContext)
                    .fact(context)
                    .fact(environmentFactor).below("context.brussels.local-environment.below")
                    .tools("brussel-op-het-net").keepTools()
                    .joinWeakFactor();
        }
        FactorFact stakeholders = factors[Factor.STAKEHOLDERS.ordinal()];
        if (organisation.region() == Region.BRUSSELS && stakeholders != null && stakeholders.getMean() < brusselsStakeholdersBelow) {
            advice.recommend("context.brussels.both-communities", priorityContext)
                    .fact(context)
                    .fact(stakeholders).below("context.brussels.stakeholders.below")
                    .tools("samenwerking-over-gemeenschappen").keepTools()
                    .joinWeakFactor();
        }
        if (organisation.sector() == Sector.MUNICIPALITY) {
            List<FactorFact> low = new ArrayList<>();
            boolean anyModerate = false;
            for (Factor factor : List.of(Factor.VISION, Factor.PARTICIPATION, Factor.STAKEHOLDERS, Factor.STAFF_APPROACH)) {
                FactorFact fact = factors[factor.ordinal()];
                if (fact != null && fact.getMean() < municipalityBelow) {
                    low.add(fact);
                    anyModerate |= fact.getMean() >= weakBelow;
                }
            }
            if (!low.isEmpty()) {
                // A weak factor has its own recommendation: named here only when none of the four is merely moderate.
                AdviceCollector.Draft municipality = advice.recommend("context.municipality.inclusive-municipality", priorityContext).fact(context);
                for (FactorFact fact : low) {
                    if (!anyModerate || fact.getMean() >= weakBelow) {
                        municipality.fact(fact).below("context.municipality.below");
                    }
                }
                municipality.tools("startfoto", "diversiteitsproof-werken", "mediation");
            }
        }

        // target-groups.drl: a served group with one of its key factors weak.
        for (Focus focus : FOCUS) {
            if (!organisation.serves(focus.group())) {
                continue;
            }
            AdviceCollector.Draft draft = null;
            for (Factor factor : focus.factors()) {
                FactorFact fact = factors[factor.ordinal()];
                if (fact != null && fact.getMean() < weakBelow) {
                    if (draft == null) {
                        draft = advice.recommend(focus.ruleName(), priorityFocus).fact(context);
                    }
                    draft.fact(fact).below("factor.weak.below");
                }
            }
            if (draft != null) {
                draft.tools(focus.tools()).joinWeakFactor();
                // As the DRL: a reason whose point changes with the advice it joins.
                switch (focus.group()) {
                    case POVERTY -> draft.withoutToolsWhenJoining(Factor.INFRASTRUCTURE, "de-stek");
                    case NEWCOMERS -> draft.withoutToolsWhenJoining(Factor.IMAGE, "buurtinformatie-delen");
                    case OLDER_PEOPLE -> draft.withoutToolsWhenJoining(Factor.INFORMATION, "inclusieweb", "vvsg-buurtgerichte-zorg");
                    default -> { }
                }
                if (focus.group() == TargetGroup.LOW_LITERACY
                        || (focus.group() == TargetGroup.OLDER_PEOPLE && organisation.targetGroups().size() == 1)) {
                    advice.leaveOut(ONLINE_PLATFORMS);
                }
                if (focus.group() == TargetGroup.PSYCHOLOGICAL_VULNERABILITY || focus.group() == TargetGroup.LONELY_PEOPLE) {
                    advice.leaveOut(List.of("re-bubbelen"));
                }
                advice.boost(focus.ruleName(), "target-group.boost", "target-group.boost.gap", "organisation serves " + focus.group().id(),
                        focus.factors().toArray(Factor[]::new));
            }
        }
        // overall.drl, factor.keep-working: fires last, only when nothing else advised.
        if (!anyWeakFactor && !(complete && !anyDomainBelowStrong && !anyDimensionBelowStrong) && advice.isEmpty()) {
            List<FactorFact> present = new ArrayList<>();
            for (FactorFact fact : factors) {
                if (fact != null) {
                    present.add(fact);
                }
            }
            if (!present.isEmpty()) {
                if (organisation.serves(TargetGroup.LOW_LITERACY)
                        || (organisation.serves(TargetGroup.OLDER_PEOPLE) && organisation.targetGroups().size() == 1)) {
                    advice.leaveOut(ONLINE_PLATFORMS);
                }
                if (organisation.serves(TargetGroup.LONELY_PEOPLE) || organisation.serves(TargetGroup.PSYCHOLOGICAL_VULNERABILITY)) {
                    advice.leaveOut(List.of("re-bubbelen"));
                }
                AdviceCollector.Draft keepWorking = advice.recommendWeakest("factor.keep-working", priorityKeepWorking,
                        keepWorkingFactors, present, ROWS).tools("inclusietracker");
                if (organisation.sector() == Sector.YOUTH_CARE) {
                    advice.leaveOut(List.of("vvsg-45-methodieken"));
                    if (keepWorking.concerns(Factor.PARTICIPATION)) {
                        keepWorking.tools("participatiekompas-jeugdhulp");
                    }
                }
            }
        }
        return advice.toAdvice(info, catalogue, organisation);
    }

    /** Whether one of these factors is below the weak threshold (as an {@code exists FactorFact(...)} in the DRL). */
    private boolean anyWeak(FactorFact[] factors, Factor... concerned) {
        for (Factor factor : concerned) {
            FactorFact fact = factors[factor.ordinal()];
            if (fact != null && fact.getMean() < weakBelow) {
                return true;
            }
        }
        return false;
    }

    private AdviceCollector.Draft lagging(AdviceCollector advice, DimensionFact[] dimensions, Dimension lagging, Dimension first, Dimension second,
            String rule, String... tools) {
        DimensionFact low = dimensions[lagging.ordinal()];
        DimensionFact a = dimensions[first.ordinal()];
        DimensionFact b = dimensions[second.ordinal()];
        if (low != null && a != null && b != null && a.gapAbove(low) >= laggingGap && b.gapAbove(low) >= laggingGap) {
            return advice.recommend(rule, priorityLagging)
                    .gap(low, a, "dimension.lagging.gap")
                    .gap(low, b, "dimension.lagging.gap")
                    .tools(tools);
        }
        return null;
    }

    @Override
    public RuleSetInfo ruleSet() {
        return info;
    }

    @Override
    public Thresholds thresholds() {
        return thresholds;
    }

    @Override
    public Texts texts() {
        return texts;
    }

    /** The recommendation ids this advisor can make, for the equivalence test's coverage check. */
    static List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        WEAK.values().forEach(row -> ids.add(row.id()));
        ids.addAll(List.of("dimension.policy.lagging", "dimension.culture.lagging", "dimension.practice.lagging",
                "domain.environment.weak", "team.disagreement", "overall.strong", "context.youth-care.participation",
                "context.brussels.neighbourhood-data", "context.brussels.both-communities", "context.municipality.inclusive-municipality",
                "factor.keep-working"));
        FOCUS.forEach(focus -> ids.add(focus.ruleName()));
        return ids;
    }
}
