package org.inclusionscan.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every jqwik property of the build deterministic (docs/reliability.md, "A deterministic
 * gate"). Registered for all properties through {@code META-INF/services} (in the model's test jar,
 * so inclusion-rules and inclusion-cli get it too).
 *
 * <ul>
 *   <li>By default (what {@code ./mvnw verify} and {@code .ci/run} do) each property gets a fixed
 *       seed derived from {@link #DEFAULT_BASE_SEED} and its class and method name, so a property
 *       generates the same values on every run and on every machine. {@code -Dfuzz.seed=N} takes
 *       another base seed. A property with its own {@code @Property(seed = ...)} keeps it.</li>
 *   <li>{@code -Dfuzz.seed=random} (what {@code fuzz.sh} passes) draws a fresh seed per property
 *       and, when the property fails, writes a reproduction (property, seed, tries, shrunk sample,
 *       failure) into {@code src/test/resources/fuzz-reproductions/} of the module under test, which
 *       {@link Reproductions} replays in every later build.</li>
 *   <li>{@code -Dfuzz.replay.seed=N} (set by {@link Reproductions} only) runs a property with that seed.</li>
 * </ul>
 */
public final class FixedSeeds implements AroundPropertyHook {

    /** The base seed of the gate. Changing it changes every generated value: a new gate, to be run green first. */
    public static final long DEFAULT_BASE_SEED = 20_261_201L;

    static final String SEED_PROPERTY = "fuzz.seed";
    static final String RANDOM = "random";
    static final String REPLAY_SEED_PROPERTY = "fuzz.replay.seed";
    static final String REPLAY_TRIES_PROPERTY = "fuzz.replay.tries";

    /** Where a failure found with fresh seeds is written, relative to the module (the tests' working directory). */
    public static final Path REPRODUCTIONS = Path.of("src", "test", "resources", "fuzz-reproductions");

    private static final SecureRandom FRESH = new SecureRandom();

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    @Override
    public int aroundPropertyProximity() {
        return -100;   // outermost: the seed must be set before the property starts
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String replay = System.getProperty(REPLAY_SEED_PROPERTY);
        if (replay != null) {
            context.attributes().setSeed(replay);
            String tries = System.getProperty(REPLAY_TRIES_PROPERTY);
            if (tries != null) {
                context.attributes().setTries(Integer.valueOf(tries));
            }
            return property.execute();
        }
        if (context.attributes().seed().filter(seed -> !seed.isBlank()).isPresent()) {
            return property.execute();
        }
        String id = id(context.containerClass(), context.targetMethod().getName());
        if (RANDOM.equals(System.getProperty(SEED_PROPERTY))) {
            String seed = Long.toString(FRESH.nextLong());
            context.attributes().setSeed(seed);
            PropertyExecutionResult result = property.execute();
            if (result.status() == PropertyExecutionResult.Status.FAILED) {
                record(id, seed, context.attributes().tries().orElse(null), result);
            }
            return result;
        }
        context.attributes().setSeed(Long.toString(seedFor(id)));
        return property.execute();
    }

    /** The id of a property: {@code org.example.SomeTest#someProperty}. */
    static String id(Class<?> container, String method) {
        return container.getName() + "#" + method;
    }

    /** The fixed seed of a property in this run: the same for the same base seed and id. */
    public static long seedFor(String propertyId) {
        String base = System.getProperty(SEED_PROPERTY);
        long baseSeed = base == null || base.isBlank() || RANDOM.equals(base) ? DEFAULT_BASE_SEED : Long.parseLong(base.strip());
        return new SplittableRandom(baseSeed ^ ((long) propertyId.hashCode() << 32 | propertyId.length())).nextLong();
    }

    private static void record(String id, String seed, Integer tries, PropertyExecutionResult result) {
        StringBuilder text = new StringBuilder()
                .append("# Found by fuzz.sh at ").append(Instant.now()).append(" with a fresh seed.\n")
                .append("# Replayed by FuzzReproductionsTest in every build: fix the bug, keep this file.\n")
                .append("property=").append(escape(id)).append('\n')
                .append("seed=").append(seed).append('\n');
        int configured = tries != null ? tries : Integer.getInteger("jqwik.tries.default", 1000);
        text.append("tries=").append(configured).append('\n');
        result.throwable().ifPresent(failure -> text.append("failure=").append(escape(limit(String.valueOf(failure)))).append('\n'));
        List<Object> sample = result.shrunkSample().map(shrunk -> shrunk.parameters())
                .or(() -> result.originalSample().map(original -> original.parameters())).orElse(List.of());
        for (int i = 0; i < sample.size(); i++) {
            text.append("sample.").append(i).append('=').append(escape(limit(show(sample.get(i))))).append('\n');
        }
        try {
            Files.createDirectories(REPRODUCTIONS);
            String name = id.substring(id.lastIndexOf('.') + 1).replace('#', '.') + "-" + seed.replace('-', 'm') + ".properties";
            Files.writeString(REPRODUCTIONS.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the reproduction of " + id, e);
        }
    }

    private static String show(Object value) {
        if (value instanceof byte[] bytes) {
            return "base64:" + Base64.getEncoder().encodeToString(bytes);
        }
        return String.valueOf(value);
    }

    private static String limit(String text) {
        return text.length() <= 100_000 ? text : text.substring(0, 100_000) + "...";
    }

    /** A properties value on one line: backslashes, line breaks and other control characters escaped. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c < 0x20 || c >= 0x7f) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
