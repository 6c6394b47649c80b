package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster made with Debian's own binaries ({@code initdb}, {@code pg_ctl} from
 * {@code /usr/lib/postgresql/VERSION/bin}) in a temporary directory, listening on 127.0.0.1 on a free
 * port, with its unix socket in that directory too. {@link #close()} stops it and removes everything.
 *
 * <p>initdb refuses to run as root, and tests and CI run as root here: as root, every binary runs as
 * the {@code postgres} system user (Debian's package makes it) through {@code runuser}, on a directory
 * that user owns; as anyone else, the binaries run directly.
 */
public final class PostgresCluster implements AutoCloseable {

    /** The superuser of the cluster; it logs in without a password (trust), only from this machine. */
    public static final String USER = "inclusion";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path binDirectory;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;
    private boolean stopped;

    private PostgresCluster(Path binDirectory, Path directory, int port, boolean asPostgresUser) {
        this.binDirectory = binDirectory;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Debian's PostgreSQL binaries, the newest version installed, or empty when none is. */
    public static Optional<Path> findBinaries() {
        String configured = System.getenv("INCLUSION_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresCluster::majorVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Makes and starts a new cluster with the binaries in {@code binDirectory}. */
    public static PostgresCluster start(Path binDirectory) {
        boolean root = isRoot();
        Path directory;
        try {
            directory = Files.createTempDirectory("inclusion-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        PostgresCluster cluster = new PostgresCluster(binDirectory, directory, port, root);
        try {
            if (root) {
                cluster.run(List.of("chown", "postgres:postgres", directory.toString()), false);
            }
            cluster.run(List.of(binDirectory.resolve("initdb").toString(), "-D", cluster.dataDirectory().toString(),
                    "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"), true);
            // Options as one string: pg_ctl hands them to postgres. fsync stays on: the durability test
            // counts on what PostgreSQL says it committed.
            String options = "-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=200".formatted(port, directory);
            cluster.run(List.of(binDirectory.resolve("pg_ctl").toString(), "-D", cluster.dataDirectory().toString(),
                    "-l", directory.resolve("postgres.log").toString(), "-o", options, "-w", "-t", "60", "start"), true);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw new IllegalStateException("The throw-away PostgreSQL cluster in (%s) did not start: %s%n%s"
                    .formatted(directory, e.getMessage(), cluster.log()), e);
        }
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** The JDBC URL of the database {@code name}, with the user and no password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:%d/%s?user=%s".formatted(port, database, USER);
    }

    /** A new empty database with a unique name; returns its JDBC URL. */
    public String createDatabase() {
        String name = "test_%d_%d".formatted(ProcessHandle.current().pid(), DATABASES.incrementAndGet());
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database (%s): %s".formatted(name, e.getMessage()), e);
        }
        return jdbcUrl(name);
    }

    /**
     * The CPU time (user and system) the cluster's processes have used so far, in milliseconds: the postmaster and
     * every process it started that is still running (the connections' backends of a pooled server live through a
     * load run). -1 where the system does not say.
     */
    public long cpuMillis() {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ProcessHandle.of(pid).map(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                        postmaster.descendants())
                .mapToLong(process -> process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).sum())
                .orElse(-1L);
    }

    /** What the server wrote to its log, for a failure message. */
    public String log() {
        Path log = directory.resolve("postgres.log");
        try {
            return Files.isReadable(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the cluster at once (nothing in it is kept) and removes its directory. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(dataDirectory().resolve("postmaster.pid"))) {
                run(List.of(binDirectory.resolve("pg_ctl").toString(), "-D", dataDirectory().toString(),
                        "-m", "immediate", "-w", "-t", "30", "stop"), true);
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private void run(List<String> command, boolean asClusterOwner) {
        List<String> full = new ArrayList<>();
        if (asClusterOwner && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("inclusion-pg-command-", ".log");
            try {
                Process process = new ProcessBuilder(full)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("(%s) took longer than %s".formatted(String.join(" ", full), COMMAND_TIMEOUT));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("(%s) exited with %d: %s".formatted(
                            String.join(" ", full), process.exitValue(), Files.readString(output).strip()));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + full, e);
        }
    }

    static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            id.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A port nobody listens on now (the usual small race with other processes is accepted). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A file PostgreSQL still wrote while stopping; the next pass or the OS cleans it.
                }
            });
        } catch (IOException e) {
            // Leave the rest to the OS's temporary-file cleaning.
        }
    }
}
