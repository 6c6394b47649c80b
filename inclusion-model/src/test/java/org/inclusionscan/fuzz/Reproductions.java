package org.inclusionscan.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one jqwik property with a given seed and number of tries, in this JVM through the JUnit
 * Platform launcher: how {@code FuzzReproductionsTest} replays the failures {@code fuzz.sh} found,
 * and how {@code FixedSeedsTest} shows that the seeds are fixed.
 */
public final class Reproductions {

    private Reproductions() {
    }

    /** A recorded failure: {@code fuzz-reproductions/*.properties}. */
    public record Reproduction(Path file, String property, String seed, Integer tries) {

        public static Reproduction read(Path file) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
            String property = properties.getProperty("property");
            String seed = properties.getProperty("seed");
            if (property == null || !property.contains("#") || seed == null) {
                throw new IllegalStateException(file + " needs property=Class#method and seed=N");
            }
            String tries = properties.getProperty("tries");
            return new Reproduction(file, property, seed, tries == null ? null : Integer.valueOf(tries.strip()));
        }
    }

    /** The reproductions recorded in a module's {@code src/test/resources/fuzz-reproductions}, by file name. */
    public static List<Reproduction> recorded() throws IOException {
        if (!Files.isDirectory(FixedSeeds.REPRODUCTIONS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FixedSeeds.REPRODUCTIONS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties")).sorted().map(Reproduction::read).toList();
        }
    }

    /**
     * Runs a property with a seed ({@code null}: the seed the gate gives it) and tries ({@code null}:
     * as configured).
     *
     * @return what JUnit counted: the caller checks that exactly one property ran and how it ended
     */
    public static synchronized TestExecutionSummary run(String property, String seed, Integer tries) {
        String className = property.substring(0, property.indexOf('#'));
        String methodName = property.substring(property.indexOf('#') + 1);
        Class<?> container;
        try {
            container = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The property " + property + " no longer exists: update or delete its reproduction", e);
        }
        Method method = Arrays.stream(container.getDeclaredMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The property " + property + " no longer exists: update or delete its reproduction"));
        String previousSeed = System.getProperty(FixedSeeds.REPLAY_SEED_PROPERTY);
        String previousTries = System.getProperty(FixedSeeds.REPLAY_TRIES_PROPERTY);
        try {
            set(FixedSeeds.REPLAY_SEED_PROPERTY, seed);
            set(FixedSeeds.REPLAY_TRIES_PROPERTY, tries == null ? null : tries.toString());
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectMethod(container, method))
                    .filters(includeEngines("jqwik"))
                    .build(), listener);
            return listener.getSummary();
        } finally {
            set(FixedSeeds.REPLAY_SEED_PROPERTY, previousSeed);
            set(FixedSeeds.REPLAY_TRIES_PROPERTY, previousTries);
        }
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
