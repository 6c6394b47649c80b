package org.inclusionscan.server.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** An uploaded table that was refused: the located problems, named as in the host's directory. */
    public record TableRefused(RuleSetException problems, String checkedIn, String directory) {
        public String describe(Language language) {
            return problems.describe(language).replace(checkedIn, directory);
        }
    }

    /** One advisor and the reporter with its wording: what one report is made with. */
    public record Rules(Advisor advisor, Reporter reporter) {
    }

    /** The names a factor table may have; an upload is stored under one of these, never under the name it came with. */
    public static final List<String> TABLE_NAMES = List.of("factor-weak.csv", "factor-weak.xlsx");

    private final Advisor fixed;
    private final ReloadingAdvisor reloading;
    private final boolean dataOnly;
    private final boolean allowFailingScenarios;
    private final Clock clock;
    private final AtomicReference<Rules> rules = new AtomicReference<>();
    private final AtomicReference<Refused> refused = new AtomicReference<>();
    private final ScheduledExecutorService watcher;
    private volatile String fingerprint;

    private RuleSetInUse(Advisor fixed, ReloadingAdvisor reloading, boolean dataOnly, boolean allowFailingScenarios, Clock clock,
            Duration interval) {
        this.fixed = fixed;
        this.reloading = reloading;
        this.dataOnly = dataOnly;
        this.allowFailingScenarios = allowFailingScenarios;
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
        return new RuleSetInUse(Objects.requireNonNull(advisor, "advisor"), null, false, false, Clock.systemUTC(), null);
    }

    /**
     * A host's rules directory, checked for changes every {@code interval} (null: only on
     * {@link #reload()}); the options are the ones the advisor was built with, for checking an upload alike.
     */
    public static RuleSetInUse watching(ReloadingAdvisor advisor, boolean dataOnly, boolean allowFailingScenarios,
            Duration interval, Clock clock) {
        return new RuleSetInUse(null, Objects.requireNonNull(advisor, "advisor"), dataOnly, allowFailingScenarios, clock, interval);
    }

    /**
     * Checks an uploaded factor table as the directory would be read with it (the same strict parser,
     * the other files and scenarios as they are), and only then puts it in the directory and reloads.
     *
     * @param extension {@code csv} or {@code xlsx}: the stored name is {@code factor-weak.<extension>}
     * @return empty when the table is in use now; else the located problems, and nothing changed
     * @throws Refusal 409 when the server runs on the bundled rules (no directory to put a table in),
     *                 400 for another kind of file
     */
    public synchronized Optional<TableRefused> replaceTable(String extension, byte[] content) {
        if (reloading == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "rules-no-directory", null);
        }
        String name = "factor-weak." + extension;
        if (!TABLE_NAMES.contains(name)) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "table-kind", "table");
        }
        Path directory = reloading.directory();
        Path candidate = null;
        try {
            candidate = Files.createTempDirectory("inclusion-rules-upload-");
            copy(directory, candidate);
            for (String other : TABLE_NAMES) {
                Files.deleteIfExists(candidate.resolve(other));
            }
            Files.write(candidate.resolve(name), content);
            try {
                Advisor.builder().rulesDirectory(candidate).dataOnly(dataOnly).allowFailingScenarios(allowFailingScenarios).build();
            } catch (RuleSetException e) {
                return Optional.of(new TableRefused(e, candidate.toString(), directory.toString()));
            }
            Path upload = directory.resolve("." + name + ".upload");
            Files.write(upload, content);
            Files.move(upload, directory.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            for (String other : TABLE_NAMES) {
                if (!other.equals(name)) {
                    Files.deleteIfExists(directory.resolve(other));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (candidate != null) {
                deleteQuietly(candidate);
            }
        }
        return reload() ? Optional.empty()
                : lastRefused().map(refused -> new TableRefused(refused.problems(), directory.toString(), directory.toString()));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> !path.getFileName().toString().startsWith(".")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary rules directory {}.", directory, e);
        }
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
            for (Path file : files.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
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
