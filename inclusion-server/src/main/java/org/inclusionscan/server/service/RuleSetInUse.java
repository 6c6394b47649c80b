package org.inclusionscan.server.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ReloadingAdvisor;
import org.inclusionscan.rules.RuleSetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules a server advises with: the bundled ones, or a host's rules directory (as
 * {@code bin/inclusion score --rules DIR} reads it) that is watched and reloaded when it changes.
 * A change that does not compile, breaks the checks or fails its scenarios changes nothing: the
 * rules in use stay, the located problems are logged and kept for the administrators' page.
 * Thread-safe; {@link #close()} stops the watching.
 */
public final class RuleSetInUse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetInUse.class);

    /** A change to the directory that was refused, with its located problems. */
    public record Refused(Instant at, RuleSetException problems) {
        public String describe(Language language) {
            return problems.describe(language);
        }
    }

    /** One advisor and the reporter with its wording: what one report is made with. */
    public record Rules(Advisor advisor, Reporter reporter) {
    }

    private final Advisor fixed;
    private final ReloadingAdvisor reloading;
    private final Clock clock;
    private final AtomicReference<Rules> rules = new AtomicReference<>();
    private final AtomicReference<Refused> refused = new AtomicReference<>();
    private final ScheduledExecutorService watcher;
    private volatile String fingerprint;

    private RuleSetInUse(Advisor fixed, ReloadingAdvisor reloading, Clock clock, Duration interval) {
        this.fixed = fixed;
        this.reloading = reloading;
        this.clock = clock;
        if (reloading == null || interval == null) {
            this.watcher = null;
        } else {
            this.fingerprint = fingerprint(reloading.directory());
            this.watcher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "inclusion-rules-watcher");
                thread.setDaemon(true);
                return thread;
            });
            long millis = interval.toMillis();
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** The bundled rules, or any advisor that never changes. */
    public static RuleSetInUse fixed(Advisor advisor) {
        return new RuleSetInUse(Objects.requireNonNull(advisor, "advisor"), null, Clock.systemUTC(), null);
    }

    /**
     * A host's rules directory, checked for changes every {@code interval} (null: only on
     * {@link #reload()}).
     */
    public static RuleSetInUse watching(ReloadingAdvisor advisor, Duration interval, Clock clock) {
        return new RuleSetInUse(null, Objects.requireNonNull(advisor, "advisor"), clock, interval);
    }

    /** The rule set in use now, with its wording; it does not change under the caller. */
    public Rules current() {
        Advisor advisor = fixed != null ? fixed : reloading.current();
        Rules known = rules.get();
        if (known != null && known.advisor() == advisor) {
            return known;
        }
        Rules fresh = new Rules(advisor, Reporter.withTexts(advisor.texts()));
        rules.set(fresh);
        return fresh;
    }

    public RuleSetInfo ruleSet() {
        return current().advisor().ruleSet();
    }

    /** The rules directory, when the host gave one. */
    public Optional<Path> directory() {
        return reloading == null ? Optional.empty() : Optional.of(reloading.directory());
    }

    /** The last change that was refused and not yet followed by one that was taken. */
    public Optional<Refused> lastRefused() {
        return Optional.ofNullable(refused.get());
    }

    /**
     * Reads the directory again now (the administrators' Reload button).
     *
     * @return true when the new rules are in use, false when they were refused (see {@link #lastRefused()})
     */
    public synchronized boolean reload() {
        if (reloading == null) {
            return true;
        }
        fingerprint = fingerprint(reloading.directory());
        try {
            RuleSetInfo info = reloading.reload();
            refused.set(null);
            LOG.info("Rules reloaded from {}: {} version {}", reloading.directory(), info.name(), info.version());
            return true;
        } catch (RuleSetException e) {
            refused.set(new Refused(clock.instant(), e));
            LOG.warn("The changed rules in {} were refused; the rules in use stay ({} version {}).\n{}", reloading.directory(),
                    ruleSet().name(), ruleSet().version(), e.describe(Language.EN));
            return false;
        }
    }

    private void reloadIfChanged() {
        try {
            if (!fingerprint(reloading.directory()).equals(fingerprint)) {
                reload();
            }
        } catch (RuntimeException e) {
            LOG.error("Watching the rules directory {} failed; the rules in use stay.", reloading.directory(), e);
        }
    }

    /** Every file's path, size and time of change: differs as soon as any file is added, removed or written. */
    private static String fingerprint(Path directory) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                all.append(directory.relativize(file)).append('\0').append(attributes.size()).append('\0')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
