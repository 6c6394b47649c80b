package org.inclusionscan.report.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;

/**
 * What advice texts and explanations say about the numbers, in the report's language: an advice
 * text follows the scores it is about (the level word from the report's own bands, the factor
 * names from the facts the rule matched), never a fixed word such as "weak".
 *
 * <p>Placeholders of {@code advice.<id>.title/.why/.action}: {@code {factor}} (the first factor
 * concerned), {@code {mean}} and {@code {level}} (its score and level, or the domain's when the
 * advice is about a domain), and {@code {factors}} (every factor concerned, each with its score and
 * level, as a list) and {@code {names}} (the same factors by name only).
 */
final class AdviceArguments {

    private final Labeller labels;
    private final ScoreCard scores;

    AdviceArguments(Labeller labels, ScoreCard scores) {
        this.labels = labels;
        this.scores = scores;
    }

    /** The arguments of the text of {@code textId}: the recommendation's own id or one of its reasons. */
    Map<String, String> of(Recommendation recommendation, String textId) {
        List<Factor> factors = factorsOf(recommendation, textId);
        Map<String, String> arguments = new LinkedHashMap<>();
        // A domain's own advice speaks of the domain's score; its factors are listed by {factors}.
        boolean aboutDomain = textId.equals(recommendation.id()) && textId.startsWith("domain.") && !recommendation.domains().isEmpty();
        if (!factors.isEmpty() && !aboutDomain) {
            Factor first = factors.get(0);
            Score score = scores.factor(first).score();
            arguments.put("factor", labels.label("factor", first));
            arguments.put("mean", labels.formats().mean(score.mean()));
            arguments.put("level", level(score));
        } else if (!recommendation.domains().isEmpty()) {
            Score score = scores.domain(recommendation.domains().get(0));
            arguments.put("mean", labels.formats().mean(score.mean()));
            arguments.put("level", level(score));
        }
        List<String> described = new ArrayList<>();
        for (Factor factor : factors) {
            Score score = scores.factor(factor).score();
            described.add(labels.text("report.advice.factor", Map.of("factor", inSentence(labels.label("factor", factor)),
                    "mean", labels.formats().mean(score.mean()), "level", level(score))));
        }
        arguments.put("factors", list(described));
        arguments.put("names", list(factors.stream().map(factor -> inSentence(labels.label("factor", factor))).toList()));
        return arguments;
    }

    /**
     * The factors a text is about: a weak-factor text is about its own factor; a reason merged into
     * the recommendation is about the factors its rule matched (in the explanation after its
     * {@code joined} fact) that the recommendation itself is about, since a reason's other factors
     * have recommendations of their own (all it matched when none is shared); the recommendation's
     * own text is about the recommendation's factors.
     */
    static List<Factor> factorsOf(Recommendation recommendation, String textId) {
        if (textId.startsWith("factor.") && textId.endsWith(".weak")) {
            String id = textId.substring("factor.".length(), textId.length() - ".weak".length());
            for (Factor factor : Factor.values()) {
                if (factor.id().equals(id)) {
                    return List.of(factor);
                }
            }
        }
        if (textId.equals(recommendation.id())) {
            return recommendation.factors();
        }
        List<Factor> factors = new ArrayList<>();
        List<Factor> own = new ArrayList<>();
        String rule = recommendation.id();
        boolean ownRule = true;
        for (Explanation.Fact fact : recommendation.explanation().facts()) {
            if (fact.code().equals("joined") || fact.code().equals("gathered")) {
                rule = fact.arguments().get("rule");
                ownRule = fact.code().equals("gathered");
            } else if (fact.arguments().getOrDefault("subject", "").startsWith("factor:")) {
                Factor factor = Factor.fromId(fact.arguments().get("subject").substring("factor:".length()));
                if (rule.equals(textId) && !factors.contains(factor)) {
                    factors.add(factor);
                }
                if (ownRule && !own.contains(factor)) {
                    own.add(factor);
                }
            }
        }
        if (factors.isEmpty()) {
            return recommendation.factors();
        }
        List<Factor> shared = factors.stream().filter(own::contains).toList();
        return shared.isEmpty() ? factors : shared;
    }

    /** A matched fact in the report's language, with its numbers and names in the report's own form. */
    String fact(Explanation.Fact fact) {
        Map<String, String> shown = new LinkedHashMap<>();
        fact.arguments().forEach((name, value) -> shown.put(name, value(name, value)));
        String key = "report.explanation." + fact.code();
        return labels.optional(key, null) == null ? fact.code() + " " + fact.arguments() : labels.text(key, shown);
    }

    private String value(String name, String value) {
        switch (name) {
            case "mean", "threshold", "gap", "otherMean", "sd", "from", "weakBelow" -> {
                try {
                    return labels.formats().mean(Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    return value;
                }
            }
            case "subject", "other" -> {
                return subject(value);
            }
            case "region" -> {
                return label("region", Region.class, value);
            }
            case "sector" -> {
                return label("sector", Sector.class, value);
            }
            case "targetGroups" -> {
                List<String> groups = new ArrayList<>();
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        groups.add(label("target-group", TargetGroup.class, id));
                    }
                }
                return groups.isEmpty() ? Formats.NONE : String.join(", ", groups);
            }
            default -> {
                return value;
            }
        }
    }

    private String subject(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return value;
        }
        String kind = value.substring(0, colon);
        String id = value.substring(colon + 1);
        return switch (kind) {
            case "factor" -> label("factor", Factor.class, id);
            case "domain" -> label("domain", Domain.class, id);
            case "dimension" -> label("dimension", Dimension.class, id);
            default -> value;
        };
    }

    private <E extends Enum<E> & HasId> String label(String prefix, Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return labels.label(prefix, value);
            }
        }
        return id;
    }

    /** A label inside a sentence: its first letter in lower case (labels are written to stand alone). */
    private String inSentence(String label) {
        return label.isEmpty() ? label
                : label.substring(0, 1).toLowerCase(Locale.forLanguageTag(labels.language().id())) + label.substring(1);
    }

    private String level(Score score) {
        return labels.level(score).toLowerCase(Locale.forLanguageTag(labels.language().id()));
    }

    private String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + labels.text("report.advice.and") + " "
                + items.get(items.size() - 1);
    }
}
