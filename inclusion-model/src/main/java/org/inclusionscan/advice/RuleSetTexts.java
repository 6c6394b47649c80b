package org.inclusionscan.advice;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import org.inclusionscan.i18n.Texts;

/**
 * The texts each loaded rule set renders its advice with, looked up by the {@link RuleSetInfo} an
 * {@link Advice} carries. A report on an advice so uses the wording of the rule set that gave it, even
 * after a reloading advisor has moved on to other wording, and a reporter built once can be shared.
 *
 * <p>A rule set's version is a hash of its files, so one version always has the same texts. The entry of
 * a version lives as long as the rule set or any advice of it is reachable (the key is the rule set's own
 * {@code RuleSetInfo} instance, held weakly); an advice read back from JSON is not known here and renders
 * with the reporter's texts. Thread-safe.
 */
public final class RuleSetTexts {

    /** Keyed weakly by the first instance registered; the value reaches that instance only weakly. */
    private static final Map<RuleSetInfo, Entry> ENTRIES = new WeakHashMap<>();

    private record Entry(WeakReference<RuleSetInfo> canonical, Texts texts) {
    }

    private RuleSetTexts() {
    }

    /**
     * Records the texts of a rule set, for implementations of an advisor.
     *
     * @param ruleSet the rule set's name and version
     * @param texts   the texts its advice is rendered with
     * @return the instance that advice of this rule set must carry: the first one registered for this
     *         version while it is still reachable, so that every live advice of a version keeps its texts known
     */
    public static RuleSetInfo register(RuleSetInfo ruleSet, Texts texts) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(texts, "texts");
        synchronized (ENTRIES) {
            Entry entry = ENTRIES.get(ruleSet);
            RuleSetInfo canonical = entry == null ? null : entry.canonical().get();
            if (canonical != null) {
                return canonical;
            }
            ENTRIES.put(ruleSet, new Entry(new WeakReference<>(ruleSet), texts));
            return ruleSet;
        }
    }

    /**
     * The texts of the rule set that gave an advice.
     *
     * @param ruleSet the rule set of an advice ({@link Advice#ruleSet()})
     * @return the texts, or empty when no rule set of that name and version is loaded in this JVM
     */
    public static Optional<Texts> of(RuleSetInfo ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        synchronized (ENTRIES) {
            return Optional.ofNullable(ENTRIES.get(ruleSet)).map(Entry::texts);
        }
    }
}
