package org.inclusionscan.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires a scan may name, by id: the bundled default plus any an organisation adds.
 * Immutable and thread-safe.
 */
public final class QuestionnaireRegistry {

    /** The id of the bundled default questionnaire: the one new scans use. */
    public static final String DEFAULT_ID = "selfscan-2";

    /**
     * Every bundled questionnaire, oldest first. A scan names its questionnaire, so a scan made with
     * an older one keeps scoring with it; docs/content.md maps old items to new ones.
     */
    public static final List<String> BUNDLED_IDS = List.of("selfscan-1", DEFAULT_ID);

    private static final QuestionnaireRegistry DEFAULTS = new QuestionnaireRegistry(bundled());

    private final Map<String, Questionnaire> questionnaires;

    private QuestionnaireRegistry(Map<String, Questionnaire> questionnaires) {
        this.questionnaires = Map.copyOf(questionnaires);
    }

    /**
     * A registry holding the bundled questionnaires: {@value #DEFAULT_ID} and the older ones.
     *
     * @return the registry of the bundled questionnaires
     */
    public static QuestionnaireRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * The bundled default questionnaire.
     *
     * @return the bundled questionnaire
     */
    public static Questionnaire defaultQuestionnaire() {
        return DEFAULTS.questionnaires.get(DEFAULT_ID);
    }

    /**
     * A registry that also holds this questionnaire (replacing one with the same id).
     *
     * @param questionnaire another questionnaire
     * @return a new registry with it added
     */
    public QuestionnaireRegistry with(Questionnaire questionnaire) {
        Map<String, Questionnaire> copy = new LinkedHashMap<>(questionnaires);
        copy.put(questionnaire.id(), questionnaire);
        return new QuestionnaireRegistry(copy);
    }

    /**
     * The questionnaire with an id.
     *
     * @param id e.g. {@code selfscan-1}
     * @return the questionnaire, or empty
     */
    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(questionnaires.get(id));
    }

    /**
     * The ids of the known questionnaires.
     *
     * @return the ids
     */
    public Collection<String> ids() {
        return questionnaires.keySet().stream().sorted().toList();
    }

    private static Map<String, Questionnaire> bundled() {
        Map<String, Questionnaire> bundled = new LinkedHashMap<>();
        BUNDLED_IDS.forEach(id -> bundled.put(id, loadBundled(id)));
        return bundled;
    }

    private static Questionnaire loadBundled(String id) {
        String name = id + ".json";
        try (InputStream in = QuestionnaireRegistry.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled questionnaire (" + name + ") is missing from the jar.");
            }
            return QuestionnaireReader.create().read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled questionnaire (" + name + ").", e);
        }
    }
}
