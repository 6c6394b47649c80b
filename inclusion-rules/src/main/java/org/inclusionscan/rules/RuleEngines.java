package org.inclusionscan.rules;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.inclusionscan.rules.spi.RuleEngine;

/**
 * Finds the rule engine once, with {@link ServiceLoader}, in the class loader of this library (not the
 * thread's context loader, which a host's container may set to one that does not see this jar).
 */
final class RuleEngines {

    private RuleEngines() {
    }

    private static final class Holder {
        static final RuleEngine INSTANCE = load();
    }

    /** The one rule engine on the class path; the first call finds it. */
    static RuleEngine get() {
        return Holder.INSTANCE;
    }

    private static RuleEngine load() {
        List<ServiceLoader.Provider<RuleEngine>> found = ServiceLoader.load(RuleEngine.class, RuleEngine.class.getClassLoader())
                .stream().toList();
        if (found.size() != 1) {
            throw new IllegalStateException(("Found %d rule engines %s where one is expected; the inclusion-rules jar registers "
                    + "its engine in META-INF/services/%s (a fat jar must merge META-INF/services files).").formatted(found.size(),
                    found.stream().map(provider -> provider.type().getName()).collect(Collectors.toList()), RuleEngine.class.getName()));
        }
        return found.get(0).get();
    }
}
