package org.inclusionscan.report.impl;

import java.util.Map;
import java.util.Optional;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.tools.Tool;
import org.inclusionscan.tools.ToolCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts and formatted numbers in one language, shared by the report builders. Advice and tool
 * texts that a policy team's own rule or catalogue lacks fall back to the id (with a warning), so a
 * report never fails on them; the report's own texts must exist (checked by the bundle tests).
 */
public final class Labeller {

    private static final Logger LOG = LoggerFactory.getLogger(Labeller.class);

    private final Texts texts;
    private final ToolCatalogue tools;
    private final Language language;
    private final Formats formats;

    public Labeller(Texts texts, ToolCatalogue tools, Language language) {
        this.texts = texts;
        this.tools = tools;
        this.language = language;
        this.formats = new Formats(language);
    }

    public Language language() {
        return language;
    }

    public Formats formats() {
        return formats;
    }

    public ToolCatalogue tools() {
        return tools;
    }

    public String text(String key) {
        return texts.get(language, key);
    }

    public String text(String key, Map<String, ?> arguments) {
        return texts.get(language, key, arguments);
    }

    public String label(String prefix, HasId value) {
        return texts.label(language, prefix, value);
    }

    public String optional(String key, String fallback) {
        return texts.find(language, key).orElseGet(() -> {
            LOG.warn("No text for key {} in language {}; showing {}", key, language.id(), fallback);
            return fallback;
        });
    }

    public String adviceTitle(String id) {
        return optional("advice." + id + ".title", id);
    }

    public String adviceWhy(String id) {
        return optional("advice." + id + ".why", "");
    }

    public String adviceAction(String id) {
        return optional("advice." + id + ".action", "");
    }

    /**
     * A part ({@code title}, {@code why}, {@code action}) of an advice text with its placeholders
     * filled from the numbers it is about ({@link AdviceArguments}); the id when the title is missing.
     */
    public String advice(String id, String part, Map<String, String> arguments) {
        String key = "advice." + id + "." + part;
        if (texts.find(language, key).isEmpty()) {
            return optional(key, "title".equals(part) ? id : "");
        }
        return texts.get(language, key, arguments);
    }

    /**
     * An optional part of an advice text (one most rules do not have, such as a joined reason's
     * {@code lead}), filled like {@link #advice}; "" without a warning when the bundles lack it.
     */
    public String adviceIfAny(String id, String part, Map<String, String> arguments) {
        String key = "advice." + id + "." + part;
        return texts.find(language, key).isEmpty() ? "" : texts.get(language, key, arguments);
    }

    public String priority(Recommendation recommendation) {
        return text("advice.priority." + recommendation.priorityBand().id());
    }

    public String toolName(String id) {
        return optional("tool." + id + ".name", id);
    }

    public String toolDescription(String id) {
        return optional("tool." + id + ".description", "");
    }

    public String toolOwner(String id) {
        return tools.find(id).map(Tool::owner).orElse("");
    }

    /**
     * The label of a named figure of a recommendation: {@code report.figure.<name>} when the
     * bundles have it (thresholds such as {@code factor.weak.below}); else, for
     * {@code <factor, domain or dimension id>.<mean|sd|respondents>}, the subject's label with
     * {@code report.figure.stat.<stat>}; else the name itself.
     */
    public String figure(String name) {
        Optional<String> direct = texts.find(language, "report.figure." + name);
        if (direct.isPresent()) {
            return direct.get();
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String subject = subject(name.substring(0, dot));
            Optional<String> stat = texts.find(language, "report.figure.stat." + name.substring(dot + 1));
            if (subject != null && stat.isPresent()) {
                return texts.get(language, "report.figure.stat." + name.substring(dot + 1), Map.of("subject", subject));
            }
        }
        return name;
    }

    /** A figure's value: a count as a whole number, anything else as a mean. */
    public String figureValue(String name, Double value) {
        if (value == null) {
            return Formats.NONE;
        }
        boolean count = name.endsWith("respondents") || name.endsWith("boost") || name.endsWith(".done")
                || name.endsWith(".dropped") || name.endsWith(".times");
        return count && value == Math.rint(value) ? formats.integer(value.longValue()) : formats.mean(value);
    }

    private String subject(String id) {
        for (Factor factor : Factor.values()) {
            if (factor.id().equals(id)) {
                return label("factor", factor);
            }
        }
        for (Domain domain : Domain.values()) {
            if (domain.id().equals(id)) {
                return label("domain", domain);
            }
        }
        for (Dimension dimension : Dimension.values()) {
            if (dimension.id().equals(id)) {
                return label("dimension", dimension);
            }
        }
        return null;
    }

    public String level(Score score) {
        return label("level", score.level());
    }
}
