package org.inclusionscan.report.impl;

import java.util.Map;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.i18n.Texts;
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

    /** The label of a named figure of a recommendation ({@code mean}, {@code threshold}, ...). */
    public String figure(String name) {
        return texts.find(language, "report.figure." + name).orElse(name);
    }

    public String level(Score score) {
        return label("level", score.level());
    }
}
