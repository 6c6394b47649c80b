package org.inclusionscan.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a long run override the tries of every fuzz property: {@code -Dfuzz.tries=100000}. Without
 * the system property each property runs the tries its {@code @Property} annotation names, which
 * keep the default build short.
 */
public final class FuzzTries implements AroundPropertyHook {

    public static final String PROPERTY = "fuzz.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(PROPERTY, "").strip();
        if (!tries.isEmpty()) {
            context.attributes().setTries(Integer.parseInt(tries));
        }
        return property.execute();
    }

    @Override
    public int aroundPropertyProximity() {
        // Outside jqwik's own hooks, so that the tries are set before the generation starts.
        return -100;
    }
}
