package org.inclusionscan.rules;

import java.util.Objects;
import org.inclusionscan.advice.RuleSetInfo;

/**
 * What an advice came from, for a host's logs, health checks or support requests: the version of this
 * library and the name and version of the rule set an advisor uses now.
 *
 * <pre>{@code
 * Versions versions = Versions.of(advisor);   // e.g. 0.1.0, default 3f2a...
 * }</pre>
 *
 * @param library the library's version, from the {@code Implementation-Version} of the inclusion-rules jar's
 *                manifest; {@link #UNKNOWN} when the classes do not come from a jar (an IDE run)
 * @param ruleSet the rule set in use now: its name and the hash of its files
 */
public record Versions(String library, RuleSetInfo ruleSet) {

    /** The library version when the classes are not loaded from a built jar. */
    public static final String UNKNOWN = "unknown";

    /**
     * @param library the library's version
     * @param ruleSet the rule set's name and version
     */
    public Versions {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /**
     * The versions of this library and of the advisor's rule set in use now (for a reloading advisor, the one
     * loaded last).
     *
     * @param advisor the advisor to ask
     * @return the versions
     */
    public static Versions of(Advisor advisor) {
        return new Versions(libraryVersion(), Objects.requireNonNull(advisor, "advisor").ruleSet());
    }

    /**
     * The version of this library, from its jar's manifest.
     *
     * @return the version, or {@link #UNKNOWN}
     */
    public static String libraryVersion() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return version == null ? UNKNOWN : version;
    }

    @Override
    public String toString() {
        return "inclusion %s, rule set %s %s".formatted(library, ruleSet.name(), ruleSet.version());
    }
}
