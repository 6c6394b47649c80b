package org.inclusionscan.examples.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ReloadingAdvisor;
import org.inclusionscan.rules.RuleSetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ReloadingAdvisor} in step with its rules directory: {@link #reloadIfChanged()} hashes the
 * directory's files (a few kilobytes) and reloads only when they changed, so every task of every stream thread
 * may call it from its punctuator and the rules are still compiled once per change. A directory that does not
 * compile is logged with every located problem and skipped until it changes again; the previous rules stay in use.
 * Thread-safe; one per application instance, shared by all stream threads.
 */
public final class RulesWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final ReloadingAdvisor advisor;
    private volatile Reporter reporter;
    private String fingerprint;

    private RulesWatcher(ReloadingAdvisor advisor, String fingerprint) {
        this.advisor = advisor;
        this.reporter = Reporter.withTexts(advisor.texts());
        this.fingerprint = fingerprint;
    }

    /**
     * @throws RuleSetException when the directory's rules cannot be used: an instance does not start on broken rules
     */
    public static RulesWatcher watch(Path directory, boolean dataOnly) {
        Objects.requireNonNull(directory, "directory");
        // Taken before the build: a change made while it compiles is picked up at the next look.
        String fingerprint = fingerprint(directory);
        return new RulesWatcher(Advisor.builder().rulesDirectory(directory).dataOnly(dataOnly).buildReloading(), fingerprint);
    }

    public ReloadingAdvisor advisor() {
        return advisor;
    }

    /** The reporter for the rule set in use: its wording comes with the rules directory. */
    public Reporter reporter() {
        return reporter;
    }

    /**
     * Reloads the rules when a file in the directory was added, removed or changed since the last look.
     *
     * @return true when new rules are in use
     */
    public synchronized boolean reloadIfChanged() {
        String now;
        try {
            now = fingerprint(advisor.directory());
        } catch (UncheckedIOException e) {
            LOG.warn("The rules directory {} cannot be read now; the rules in use stay.", advisor.directory(), e);
            return false;
        }
        if (now.equals(fingerprint)) {
            return false;
        }
        fingerprint = now;
        try {
            RuleSetInfo info = advisor.reload();
            reporter = Reporter.withTexts(advisor.texts());
            LOG.info("Rules reloaded from {}: {} version {}", advisor.directory(), info.name(), info.version());
            return true;
        } catch (RuleSetException e) {
            LOG.error("The rules in {} were changed but cannot be used; the previous rules stay in use.{}{}",
                    advisor.directory(), System.lineSeparator(), e.getMessage());
            return false;
        }
    }

    /** SHA-256 over every regular file's relative path and bytes, in path order. */
    static String fingerprint(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("The rules directory (" + directory + ") cannot be read.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
