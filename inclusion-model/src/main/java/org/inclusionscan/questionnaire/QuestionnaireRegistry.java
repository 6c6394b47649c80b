package org.inclusionscan.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The questionnaires a scan may name, by id: the bundled default plus any an organisation adds.
 * Immutable and thread-safe.
 */
public final class QuestionnaireRegistry {

    /** The id of the bundled default questionnaire: the one new scans use. */
    public static final String DEFAULT_ID = "selfscan-3";

    /**
     * Every bundled questionnaire, oldest first. A scan names its questionnaire, so a scan made with
     * an older one keeps scoring with it; docs/content.md maps old items to new ones.
     */
    public static final List<String> BUNDLED_IDS = List.of("selfscan-1", "selfscan-2", DEFAULT_ID);

    private static final QuestionnaireRegistry DEFAULTS = new QuestionnaireRegistry(bundled());

    /** Each questionnaire by id; a bundled one is read on first use, so a run reads only the one its scan names. */
    private final Map<String, Supplier<Questionnaire>> questionnaires;

    private QuestionnaireRegistry(Map<String, Supplier<Questionnaire>> questionnaires) {
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
        return DEFAULTS.questionnaires.get(DEFAULT_ID).get();
    }

    /**
     * A registry that also holds this questionnaire (replacing one with the same id).
     *
     * @param questionnaire another questionnaire
     * @return a new registry with it added
     */
    public QuestionnaireRegistry with(Questionnaire questionnaire) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Map<String, Supplier<Questionnaire>> copy = new LinkedHashMap<>(questionnaires);
        copy.put(questionnaire.id(), () -> questionnaire);
        return new QuestionnaireRegistry(copy);
    }

    /**
     * The questionnaire with an id.
     *
     * @param id e.g. {@code selfscan-1}
     * @return the questionnaire, or empty
     */
    public Optional<Questionnaire> find(String id) {
        Supplier<Questionnaire> questionnaire = questionnaires.get(id);
        return questionnaire == null ? Optional.empty() : Optional.of(questionnaire.get());
    }

    /**
     * The ids of the known questionnaires.
     *
     * @return the ids
     */
    public Collection<String> ids() {
        return questionnaires.keySet().stream().sorted().toList();
    }

    private static Map<String, Supplier<Questionnaire>> bundled() {
        Map<String, Supplier<Questionnaire>> bundled = new LinkedHashMap<>();
        BUNDLED_IDS.forEach(id -> bundled.put(id, new Bundled(id)));
        return bundled;
    }

    /** A bundled questionnaire, read once on first use (a broken bundled file fails there, as at class load before). */
    private static final class Bundled implements Supplier<Questionnaire> {

        private final String id;
        private volatile Questionnaire questionnaire;

        Bundled(String id) {
            this.id = id;
        }

        @Override
        public Questionnaire get() {
            Questionnaire result = questionnaire;
            if (result == null) {
                synchronized (this) {
                    result = questionnaire;
                    if (result == null) {
                        result = loadBundled(id);
                        questionnaire = result;
                    }
                }
            }
            return result;
        }
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
