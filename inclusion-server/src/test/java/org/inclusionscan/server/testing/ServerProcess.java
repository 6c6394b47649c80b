package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real server in a child JVM ({@code java -cp <this test run's class path> MAIN serve ...}) on a free
 * port of 127.0.0.1, for tests that need separate processes: two servers side by side, or a server
 * killed hard ({@link #kill()}: SIGKILL, no shutdown hook runs) and started again.
 *
 * <p>Its output goes to a log file, shown in failure messages. {@link #close()} ends it if it still runs.
 */
public final class ServerProcess implements AutoCloseable {

    /** The class whose main method runs {@code serve}; {@code -Dinclusion.server.main=...} names another. */
    public static final String MAIN = System.getProperty("inclusion.server.main", "org.inclusionscan.server.Main");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code serve --port P} plus {@code arguments} with {@code environment} added to this one's, and
     * waits until {@code GET /health} answers 200.
     */
    public static ServerProcess start(List<String> arguments, Map<String, String> environment, Path log) {
        int port = PostgresCluster.freePort();
        // Extra options for the server's JVM, e.g. a flight recording of a load run (benchmarks/server-load.sh).
        String extra = System.getProperty("inclusion.server.jvm", "").strip();
        List<String> options = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        // Tests keep each server small; "-Dinclusion.server.jvm=as-shipped" runs it with the JVM's own defaults, as
        // `bin/inclusion serve` does (the load benchmark's figures).
        if (!options.contains("as-shipped")) {
            command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC"));
        }
        options.stream().filter(option -> !option.equals("as-shipped")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN, "serve", "--host", "127.0.0.1", "--port",
                Integer.toString(port)));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess server = new ServerProcess(process, port, log);
        server.awaitHealthy();
        return server;
    }

    /** The CPU time the server's process has used so far (user and system), in milliseconds; -1 where the system does not say. */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:%d%s".formatted(port, path));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process at once with SIGKILL, as a crash or an OOM killer would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Asks the process to stop (SIGTERM, so shutdown hooks run) and waits until it is gone. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** What the server printed so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server (%s) exited with %d before it served:%n%s"
                        .formatted(MAIN, process.exitValue(), log()));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server", e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server (%s) did not answer GET /health with 200 within %s:%n%s"
                .formatted(MAIN, START_TIMEOUT, log()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
