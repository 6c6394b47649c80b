package org.inclusionscan.report.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.impl.Views.DimensionView;
import org.inclusionscan.report.impl.Views.DomainView;
import org.inclusionscan.report.impl.Views.FactorView;
import org.inclusionscan.report.impl.Views.FigureView;
import org.inclusionscan.report.impl.Views.RecommendationView;
import org.inclusionscan.report.impl.Views.RoleColumn;
import org.inclusionscan.report.impl.Views.RoleRow;
import org.inclusionscan.report.impl.Views.ScoreView;
import org.inclusionscan.report.impl.Views.TeamView;
import org.inclusionscan.report.impl.Views.ToolElsewhereView;
import org.inclusionscan.report.impl.Views.ToolGroupView;
import org.inclusionscan.report.impl.Views.ToolView;
import org.inclusionscan.report.impl.Views.UnansweredView;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.ItemScore;
import org.inclusionscan.scoring.RoleScores;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Spread;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.BuildingBlock;
import org.inclusionscan.tools.Tool;

/** Builds the template context of a report on one scan. */
public final class ReportContext {

    private final Labeller labels;
    private final Formats formats;
    private final ReportOptions options;

    public ReportContext(Labeller labels, ReportOptions options) {
        this.labels = labels;
        this.formats = labels.formats();
        this.options = options;
    }

    public Map<String, Object> build(ScanResult result) {
        return build(result, RoundSection.of(result, RoundContext.NONE, labels, labels.tools()));
    }

    /** The context with the round's team session and review of earlier agreements ({@code session}). */
    public Map<String, Object> build(ScanResult result, RoundSection round) {
        Scan scan = result.scan();
        ScoreCard scores = result.scores();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", labels.language());
        context.put("lang", labels.language().id());
        context.put("colon", labels.text("report.punctuation.colon"));
        context.put("generatedOn", formats.date(options.reportDate()));
        context.put("scanDate", formats.date(scan.date()));
        context.put("organisation", organisation(scan));
        context.put("respondents", formats.integer(scores.respondents()));
        context.put("questionnaireId", result.questionnaire().id());
        context.put("questionnaireTitle", result.questionnaire().title(labels.language()));
        context.put("ruleSetName", result.advice().ruleSet().name());
        context.put("ruleSetVersion", result.advice().ruleSet().version());
        context.put("overall", score(scores.overall()));

        List<FactorView> factors = factors(scores);
        List<FactorView> present = factors.stream().filter(f -> f.score().present()).toList();
        Comparator<FactorView> byMean = Comparator.comparingDouble(f -> scores.factor(Factor.fromId(f.id())).mean());
        context.put("strongest", present.stream().sorted(byMean.reversed().thenComparing(FactorView::number))
                .limit(options.topN()).toList());
        context.put("weakest", present.stream().sorted(byMean.thenComparing(FactorView::number))
                .limit(options.topN()).toList());
        context.put("absentCount", formats.integer(factors.size() - present.size()));
        context.put("hasAbsent", present.size() < factors.size());
        context.put("factors", factors);
        context.put("dimensions", dimensions(scores));
        context.put("domains", domains(result, factors));
        context.put("radar", Charts.radar(labels, scores, factors));
        context.put("heatmap", Charts.heatmap(labels, scores));

        List<RecommendationView> recommendations = recommendations(result);
        context.put("recommendations", recommendations);
        context.put("topRecommendations", recommendations.stream().limit(options.topN()).toList());
        context.put("toolGroups", toolGroups(result, recommendations));
        context.put("team", team(result, factors));
        context.put("notes", notes(scan));
        context.put("session", round.view(labels));

        LevelBands bands = scores.bands();
        context.put("bandModerate", formats.mean(bands.moderateFrom()));
        context.put("bandGood", formats.mean(bands.goodFrom()));
        context.put("bandStrong", formats.mean(bands.strongFrom()));
        context.put("minimumRoleSize", formats.integer(options.minimumRoleSize()));
        context.put("disagreementThreshold", formats.mean(TeamTopics.of(result, options).threshold()));
        context.put("answerScale", List.of(labels.text("answer.1"), labels.text("answer.2"), labels.text("answer.3"),
                labels.text("answer.4"), labels.text("answer.5")));
        context.put("dontKnow", labels.text("answer.dont-know"));
        context.put("levels", List.of(labels.text("level.low"), labels.text("level.moderate"),
                labels.text("level.good"), labels.text("level.strong")));
        return context;
    }

    /**
     * The respondents' notes, sorted alphabetically and without id or role, so a note cannot be
     * tied to a respondent's position in the file.
     */
    public static List<String> notes(Scan scan) {
        return scan.respondents().stream().map(r -> r.note()).filter(n -> n != null && !n.isBlank())
                .map(String::strip).sorted().toList();
    }

    Views.Organisation organisation(Scan scan) {
        var organisation = scan.organisation();
        String groups = organisation.targetGroups().stream().map(g -> labels.label("target-group", g))
                .collect(Collectors.joining(", "));
        String note = organisation.note() == null ? "" : organisation.note();
        String scanNote = scan.note() == null ? "" : scan.note();
        return new Views.Organisation(organisation.name(), labels.label("region", organisation.region()),
                labels.label("sector", organisation.sector()), groups.isEmpty() ? Formats.NONE : groups,
                note, !note.isBlank(), scanNote, !scanNote.isBlank());
    }

    ScoreView score(Score score) {
        var coverage = score.coverage();
        return new ScoreView(score.isPresent(), formats.mean(score.mean()), score.level().id(), labels.level(score),
                formats.integer(coverage.answered()), formats.integer(coverage.expected()),
                formats.percent(coverage.answeredShare()), formats.integer(coverage.dontKnow()),
                formats.integer(coverage.missing()),
                score.absentReason() == null ? "" : labels.label("absent", score.absentReason()));
    }

    List<FactorView> factors(ScoreCard scores) {
        List<FactorView> views = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            FactorScore factorScore = scores.factor(factor);
            Spread spread = factorScore.spread();
            boolean hasSpread = spread != null;
            views.add(new FactorView(factor.id(), factor.ordinal() + 1, labels.label("factor", factor),
                    labels.text("factor." + factor.id() + ".description"), factor.domain().id(),
                    labels.label("domain", factor.domain()), score(factorScore.score()), hasSpread,
                    hasSpread ? formats.integer(spread.respondents()) : "",
                    hasSpread ? formats.mean(spread.standardDeviation()) : Formats.NONE,
                    hasSpread ? formats.mean(spread.lowest()) : Formats.NONE,
                    hasSpread ? formats.mean(spread.highest()) : Formats.NONE));
        }
        return views;
    }

    List<DimensionView> dimensions(ScoreCard scores) {
        List<DimensionView> views = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            views.add(new DimensionView(dimension.id(), labels.label("dimension", dimension),
                    score(scores.dimension(dimension))));
        }
        return views;
    }

    List<DomainView> domains(ScanResult result, List<FactorView> factors) {
        ScoreCard scores = result.scores();
        Map<String, Item> items = result.questionnaire().itemsById();
        List<DomainView> views = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<FactorView> own = factors.stream().filter(f -> f.domainId().equals(domain.id())).toList();
            List<UnansweredView> unanswered = new ArrayList<>();
            for (ItemScore itemScore : scores.items()) {
                Item item = items.get(itemScore.item());
                var coverage = itemScore.coverage();
                if (item != null && item.factor().domain() == domain && coverage.answered() < coverage.expected()) {
                    unanswered.add(new UnansweredView(item.id(), item.text(labels.language()),
                            labels.label("factor", item.factor()),
                            // An item that describes the public rather than the organisation carries no dimension.
                            item.dimension() == null ? labels.text("dimension.none") : labels.label("dimension", item.dimension()),
                            formats.integer(coverage.dontKnow()), formats.integer(coverage.missing()),
                            formats.integer(coverage.expected())));
                }
            }
            views.add(new DomainView(domain.id(), labels.label("domain", domain),
                    labels.text("domain." + domain.id() + ".description"), score(scores.domain(domain)), own,
                    own.stream().filter(f -> !f.score().present()).toList(), unanswered));
        }
        return views;
    }

    List<RecommendationView> recommendations(ScanResult result) {
        List<RecommendationView> views = new ArrayList<>();
        AdviceArguments arguments = new AdviceArguments(labels, result.scores());
        // Each tool is listed under one recommendation; a text that names it elsewhere points there.
        Map<String, Integer> listedUnder = new LinkedHashMap<>();
        int listed = 1;
        for (Recommendation recommendation : result.advice().recommendations()) {
            for (String tool : recommendation.tools()) {
                listedUnder.putIfAbsent(tool, listed);
            }
            listed++;
        }
        // Every rule that took part in the advice, as a recommendation or as a reason joined into one.
        Set<String> advising = new LinkedHashSet<>();
        for (Recommendation recommendation : result.advice().recommendations()) {
            advising.add(recommendation.id());
            advising.addAll(recommendation.reasons());
        }
        int number = 1;
        for (Recommendation recommendation : result.advice().recommendations()) {
            List<String> concerns = new ArrayList<>();
            recommendation.factors().forEach(f -> concerns.add(labels.label("factor", f)));
            recommendation.domains().forEach(d -> concerns.add(labels.label("domain", d)));
            recommendation.dimensions().forEach(d -> concerns.add(labels.label("dimension", d)));
            List<FigureView> figures = new ArrayList<>();
            // A joined reason's facts can bring the score of a factor that has a recommendation of its
            // own; the score line shows only the factors this recommendation's texts are about.
            recommendation.figures().forEach((name, value) -> {
                if (aboutThis(recommendation, name)) {
                    figures.add(new FigureView(name, labels.figure(name), labels.figureValue(name, value)));
                }
            });
            List<ToolView> tools = recommendation.tools().stream().map(id -> tool(id, List.of())).toList();
            var explanation = recommendation.explanation();
            // The facts in the report's language; plain lines only where a rule set gave no coded facts.
            List<String> facts = explanation.facts().isEmpty() ? explanation.matchedFacts()
                    : explanation.facts().stream().map(arguments::fact).toList();
            Map<String, String> own = arguments.of(recommendation, recommendation.id());
            // A joined reason can open the action with its own first step (part "lead"), take the
            // action's place (part "instead") or give a paragraph of its own without a second action
            // (part "joined"); each first in its variant for the recommendation it joins
            // ("<part>.<recommendation id>"). Then the reason's paragraph gives why, not a second action.
            List<String> leads = new ArrayList<>();
            String instead = "";
            List<Views.ReasonView> reasons = new ArrayList<>();
            for (String reason : recommendation.reasons()) {
                Map<String, String> about = arguments.of(recommendation, reason);
                String lead = joinedPart(reason, "lead", recommendation.id(), about);
                String replacing = joinedPart(reason, "instead", recommendation.id(), about);
                String paragraph = joinedPart(reason, "joined", recommendation.id(), about);
                if (!lead.isEmpty()) {
                    leads.add(lead);
                }
                if (instead.isEmpty()) {
                    instead = replacing;
                }
                boolean folded = !lead.isEmpty() || !replacing.isEmpty() || !paragraph.isEmpty();
                reasons.add(new Views.ReasonView(reason, labels.advice(reason, "title", about),
                        paragraph.isEmpty() ? labels.advice(reason, "why", about) : paragraph,
                        folded ? "" : labels.advice(reason, "action", about)));
            }
            String title = labels.advice(recommendation.id(), "title", own);
            String why = labels.advice(recommendation.id(), "why", own);
            // A recommendation that took in weak factors says so in its why (part "gathered").
            String gathered = recommendation.factors().isEmpty() ? "" : labels.adviceIfAny(recommendation.id(), "gathered", own);
            if (!gathered.isEmpty()) {
                why = why + " " + gathered;
            }
            if (instead.isEmpty()) {
                instead = insteadFromElsewhere(recommendation, advising, arguments);
            }
            String action = instead.isEmpty() ? labels.advice(recommendation.id(), "action", own) : instead;
            // A sentence that points at the other tools (part "action.more-tools") only when the list holds
            // a tool the action does not name: in some regions every tool of the rows is filtered out.
            String written = action;
            if (recommendation.tools().stream().anyMatch(tool -> !names(written, tool))) {
                String more = labels.adviceIfAny(recommendation.id(), "action.more-tools", own);
                if (!more.isEmpty()) {
                    action = action + " " + more;
                }
            }
            // A sentence about tools of one building block (part "action.with.<block>", such as the online
            // platforms) only when the list holds one: a region or a target group can leave them all out.
            Set<BuildingBlock> blocks = EnumSet.noneOf(BuildingBlock.class);
            recommendation.tools().forEach(tool -> labels.tools().find(tool).map(Tool::buildingBlock).ifPresent(blocks::add));
            for (BuildingBlock block : blocks) {
                String with = labels.adviceIfAny(recommendation.id(), "action.with." + block.id(), own);
                if (!with.isEmpty()) {
                    action = action + " " + with;
                }
            }
            if (!leads.isEmpty()) {
                action = String.join(" ", leads) + " " + action;
            }
            StringBuilder text = new StringBuilder(title).append('\n').append(why).append('\n').append(action);
            reasons.forEach(reason -> text.append('\n').append(reason.title()).append('\n').append(reason.why())
                    .append('\n').append(reason.action()));
            List<ToolElsewhereView> elsewhere = toolsElsewhere(text.toString(), number, recommendation.tools(), listedUnder);
            views.add(new RecommendationView(recommendation.id(), number++, title, why, action,
                    labels.priority(recommendation), recommendation.priorityBand().id(), concerns, figures, tools,
                    explanation.rule(), explanation.ruleSet(), explanation.ruleSetVersion(), facts, reasons, elsewhere));
        }
        return views;
    }

    /**
     * The action a rule that joined another recommendation (or stood alone) gives for this one: its part
     * {@code instead.<this recommendation's id>}. A target group whose reason joined the network advice
     * still words the image advice, so that no action advises what the target group's rule left out.
     * Only the variant named for this recommendation counts; the first such rule in advice order wins.
     */
    private String insteadFromElsewhere(Recommendation recommendation, Set<String> advising, AdviceArguments arguments) {
        for (String rule : advising) {
            if (!rule.equals(recommendation.id()) && !recommendation.reasons().contains(rule)) {
                String text = labels.adviceIfAny(rule, "instead." + recommendation.id(), arguments.of(recommendation, rule));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** A part of a joined reason's text: its variant for the recommendation it joins, else its general form, else "". */
    private String joinedPart(String reason, String part, String recommendationId, Map<String, String> about) {
        String variant = labels.adviceIfAny(reason, part + "." + recommendationId, about);
        return variant.isEmpty() ? labels.adviceIfAny(reason, part, about) : variant;
    }

    /**
     * Whether a figure belongs in a recommendation's score line: a factor's score, spread or count
     * only when the recommendation is about that factor; every other figure (thresholds, domains,
     * dimensions) always.
     */
    private static boolean aboutThis(Recommendation recommendation, String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return true;
        }
        for (Factor factor : Factor.values()) {
            if (factor.id().equals(name.substring(0, dot))) {
                return recommendation.factors().contains(factor);
            }
        }
        return true;
    }

    /**
     * The tools a recommendation's text names by their name in the report's language (whole words,
     * case as written) that are listed under another recommendation, in the order the text names them.
     */
    private List<ToolElsewhereView> toolsElsewhere(String text, int number, List<String> own, Map<String, Integer> listedUnder) {
        record Named(int at, ToolElsewhereView view) {
        }
        List<Named> named = new ArrayList<>();
        listedUnder.forEach((tool, under) -> {
            if (under != number && !own.contains(tool)) {
                int at = nameAt(text, tool);
                if (at >= 0) {
                    named.add(new Named(at, new ToolElsewhereView(labels.toolName(tool), under)));
                }
            }
        });
        return named.stream().sorted(Comparator.comparingInt(Named::at)).map(Named::view).toList();
    }

    /** Where a text names a tool by its name in the report's language (whole words), or -1. */
    private int nameAt(String text, String tool) {
        String name = labels.toolName(tool);
        if (name.isBlank()) {
            return -1;
        }
        var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private boolean names(String text, String tool) {
        return nameAt(text, tool) >= 0;
    }

    ToolView tool(String id, List<String> recommendationTitles) {
        String block = labels.tools().find(id).map(Tool::buildingBlock).map(b -> labels.label("building-block", b))
                .orElse("");
        return new ToolView(id, labels.toolName(id), labels.toolDescription(id), labels.toolOwner(id), block,
                recommendationTitles);
    }

    List<ToolGroupView> toolGroups(ScanResult result, List<RecommendationView> recommendations) {
        Map<String, String> titles = new LinkedHashMap<>();
        recommendations.forEach(r -> titles.put(r.id(), r.title()));
        Map<BuildingBlock, List<ToolView>> groups = new EnumMap<>(BuildingBlock.class);
        List<ToolView> unknown = new ArrayList<>();
        for (ToolSuggestion suggestion : result.advice().tools()) {
            List<String> by = suggestion.recommendations().stream().map(id -> titles.getOrDefault(id, id)).toList();
            ToolView view = tool(suggestion.id(), by);
            labels.tools().find(suggestion.id()).ifPresentOrElse(
                    tool -> groups.computeIfAbsent(tool.buildingBlock(), b -> new ArrayList<>()).add(view),
                    () -> unknown.add(view));
        }
        List<ToolGroupView> views = new ArrayList<>();
        groups.forEach((block, tools) -> views.add(new ToolGroupView(block.id(), labels.label("building-block", block), tools)));
        if (!unknown.isEmpty()) {
            views.add(new ToolGroupView("unknown", labels.text("report.tools.unknown-group"), unknown));
        }
        return views;
    }

    TeamView team(ScanResult result, List<FactorView> factors) {
        ScoreCard scores = result.scores();
        boolean show = scores.respondents() > 1;
        List<FactorView> withSpread = factors.stream().filter(FactorView::hasSpread).toList();
        List<String> divided = TeamTopics.of(result, options).factors().stream().map(Factor::id).limit(options.topN()).toList();
        List<FactorView> topics = divided.stream()
                .map(id -> factors.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow()).toList();
        RoleSelection selection = RoleSelection.of(scores, options.minimumRoleSize());
        List<RoleColumn> columns = selection.shown().stream()
                .map(r -> new RoleColumn(r.role().id(), labels.label("role", r.role()), formats.integer(r.respondents())))
                .toList();
        List<RoleRow> rows = new ArrayList<>();
        if (!selection.shown().isEmpty()) {
            for (Factor factor : Factor.values()) {
                List<String> means = selection.shown().stream().map(r -> formats.mean(r.factorMeans().get(factor))).toList();
                rows.add(new RoleRow(labels.label("factor", factor), means));
            }
        }
        String hidden = selection.hidden().stream()
                .map(r -> labels.label("role", r.role()) + " (" + formats.integer(r.respondents()) + ")")
                .collect(Collectors.joining(", "));
        return new TeamView(show, formats.integer(scores.respondents()), withSpread, topics,
                !selection.shown().isEmpty(), columns, rows, hidden, selection.complementHidden());
    }

    /**
     * The factors the team is divided on, most divided first, and the threshold that decided it: the
     * rule set's own ({@code team.disagreement.sd}, read from the recommendation that carries it, with
     * exactly the factors that rule named), so the summary and the advice never disagree; only when no
     * recommendation carries it, the report's option over the factors' spread.
     */
    public record TeamTopics(double threshold, List<Factor> factors) {

        public static TeamTopics of(ScanResult result, ReportOptions options) {
            ScoreCard scores = result.scores();
            Comparator<Factor> mostDivided = Comparator.comparingDouble((Factor f) -> scores.factor(f).spread().standardDeviation())
                    .reversed().thenComparing(Factor::ordinal);
            for (Recommendation recommendation : result.advice().recommendations()) {
                Double threshold = recommendation.figures().get("team.disagreement.sd");
                if (threshold != null) {
                    return new TeamTopics(threshold, recommendation.factors().stream()
                            .filter(f -> scores.factor(f).spread() != null).sorted(mostDivided).toList());
                }
            }
            List<Factor> divided = new ArrayList<>();
            for (Factor factor : Factor.values()) {
                Spread spread = scores.factor(factor).spread();
                if (spread != null && spread.respondents() > 1 && spread.standardDeviation() >= options.disagreementThreshold()) {
                    divided.add(factor);
                }
            }
            divided.sort(mostDivided);
            return new TeamTopics(options.disagreementThreshold(), divided);
        }
    }

    /**
     * Which roles may be broken down: those with at least the minimum of respondents. When the
     * roles left out together hold fewer than the minimum (but at least one), the shown roles and
     * the overall score would give their answers away, so then no role is shown at all.
     */
    public record RoleSelection(List<RoleScores> shown, List<RoleScores> hidden, boolean complementHidden) {

        public static RoleSelection of(ScoreCard scores, int minimum) {
            List<RoleScores> sorted = scores.roles().stream().sorted(Comparator.comparing(RoleScores::role)).toList();
            List<RoleScores> large = sorted.stream().filter(r -> r.respondents() >= minimum).toList();
            List<RoleScores> small = sorted.stream().filter(r -> r.respondents() < minimum).toList();
            int rest = small.stream().mapToInt(RoleScores::respondents).sum();
            if (!large.isEmpty() && rest > 0 && rest < minimum) {
                return new RoleSelection(List.of(), sorted, true);
            }
            return new RoleSelection(large, small, false);
        }

        public boolean shows(Role role) {
            return shown.stream().anyMatch(r -> r.role() == role);
        }
    }
}
