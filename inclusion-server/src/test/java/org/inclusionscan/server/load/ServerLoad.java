package org.inclusionscan.server.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.inclusionscan.server.testing.ApiClient;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.PostgresCluster;
import org.inclusionscan.server.testing.ServerProcess;

/**
 * The server's load benchmark (issue 13, item 7; not a test): starts a real server process on the
 * embedded database or on a throw-away PostgreSQL cluster, makes a round through the API, lets
 * {@code --respondents} simulated people join it and save their answers one at a time, then stops the
 * server and looks in the database for every answer it acknowledged. Before that, a reference run of
 * the same shape asks {@code GET /health} (no database), the floor of HTTP and this generator on the
 * same machine at the same moment. Everything talks to 127.0.0.1 only, and every run is bounded in
 * respondents, answers and time. Run it with {@code benchmarks/server-load.sh}.
 *
 * <pre>
 * ServerLoad --db embedded|postgresql [--mode saves|responses|reports] [--rounds N] [--respondents 500] [--answers 72]
 *            [--think-ms 1000] [--ramp-s 10] [--deadline-s 300] [--warm-up 0] [--client raw|java] [--out FILE.json]
 *
 * saves:     respondents join a shared link and save answers one at a time (--answers each)
 * responses: --respondents clients of a case system post full responses through the API (--answers each), into
 *            --rounds rounds (default 1)
 * reports:   --rounds closed rounds (default 50, 6 responses each); --respondents coordinators first open one
 *            report each at once, then --answers reports each (html in nl, fr, en in turn)
 * --warm-up: before anything is measured, this many requests per client of the reference and of the mode (into
 *            rounds of their own; sent by at most 50 clients without pauses), so that the figures are those of a server that has run for a while: its
 *            compiler done with the code these requests take (a fresh server's C2 takes most of its CPU for the
 *            first thousands of requests). Their figures are not kept; an error in them fails the run.
 * --client:  raw (default since issue 25, stop 29): each simulated client sends over an HTTP/1.1 connection of its
 *            own ({@link RawConnection}), which leaves the shared cores to the server; java: Java's HTTP client, as
 *            the figures before stop 29 were measured (it costs the generator about 1 ms of CPU per request).
 * </pre>
 */
public final class ServerLoad {

    static final String TOKEN = "server-load-benchmark-token-0123456789";

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String db = options.getOrDefault("db", "embedded");
        String mode = options.getOrDefault("mode", "saves");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", mode.equals("reports") ? "50" : "1"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "0"));
        String clientKind = options.getOrDefault("client", "raw");
        if (!List.of("raw", "java").contains(clientKind)) {
            throw new IllegalArgumentException("The client (%s) is unknown; use raw or java.".formatted(clientKind));
        }
        boolean raw = clientKind.equals("raw");
        LoadRun.Settings settings = new LoadRun.Settings(
                Integer.parseInt(options.getOrDefault("respondents", "500")),
                Integer.parseInt(options.getOrDefault("answers", "72")),
                Duration.ofMillis(Long.parseLong(options.getOrDefault("think-ms", "1000"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("ramp-s", "10"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("deadline-s", "300"))),
                Duration.ofSeconds(30), 13);
        Path work = Files.createTempDirectory("inclusion-load-");
        PostgresCluster cluster = null;
        ServerProcess server = null;
        boolean failed = false;
        try {
            List<String> arguments = new ArrayList<>();
            String jdbcUrl;
            if (db.equals("postgresql")) {
                cluster = PostgresCluster.start(PostgresCluster.findBinaries().orElseThrow(() ->
                        new IllegalStateException("PostgreSQL is not installed: apt-get install -y postgresql")));
                jdbcUrl = cluster.createDatabase();
                arguments.addAll(List.of("--db", jdbcUrl));
            } else if (db.equals("embedded")) {
                Path data = Files.createDirectories(work.resolve("data"));
                jdbcUrl = BothDatabases.embeddedUrl(data);
                arguments.addAll(List.of("--data", data.toString()));
            } else {
                throw new IllegalArgumentException("The database (%s) is unknown; use embedded or postgresql.".formatted(db));
            }
            Path tokenFile = Files.writeString(work.resolve("api-token"), TOKEN);
            arguments.addAll(List.of("--api-token-file", tokenFile.toString()));
            server = ServerProcess.start(arguments, Map.of(), work.resolve("server.log"));
            String load = loadAverage();
            Instant started = Instant.now();

            // One client for every run of this process: a second client would open as many connections again while the
            // first one's idle connections still count against the server's limit per address.
            java.net.http.HttpClient client = LoadRun.client(settings.requestTimeout());
            // Each mode prepares its rounds first, then the reference runs, then the load: the API client of the
            // preparation would find no free connection after the reference's many.
            ApiClient api = new ApiClient(server.uri("/"), TOKEN);
            final PostgresCluster database = cluster;
            Measured reference;
            Measured measured;
            Measured firstOpenings = null;
            long lost;
            long stored;
            String loadAfter;
            if (mode.equals("saves")) {
                RespondentProtocol protocol = respondentProtocol(server, api.createRound("Load " + db, 5));
                if (warmUp > 0) {
                    warmUp(server, respondentProtocol(server, api.createRound("Warm-up " + db, 5)), settings, warmUp, client, raw);
                }
                reference = measure(server, null, load(new HealthProtocol(server), settings, client, raw));
                measured = measure(server, database, load(protocol, settings, client, raw));
                loadAfter = loadAverage();
                server.stop();
                LoadRun.Result result = measured.result();
                Map<String, Set<String>> found = protocol.stored(jdbcUrl, result.acknowledged().keySet());
                lost = result.acknowledged().entrySet().stream()
                        .mapToLong(e -> e.getValue().stream().filter(item -> !found.getOrDefault(e.getKey(), Set.of()).contains(item)).count())
                        .sum();
                stored = found.values().stream().mapToInt(Set::size).sum();
            } else if (mode.equals("responses")) {
                List<String> roundIds = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    roundIds.add(api.createRound("Load " + db + " " + i, 5).get("id").asText());
                }
                long warmedUp = 0;
                if (warmUp > 0) {
                    warmedUp = warmUp(server, new ApiProtocols.Responses(server, TOKEN,
                            List.of(api.createRound("Warm-up " + db, 5).get("id").asText()), warmUp), settings, warmUp, client, raw);
                }
                reference = measure(server, null, load(new HealthProtocol(server), settings, client, raw));
                measured = measure(server, database,
                        load(new ApiProtocols.Responses(server, TOKEN, roundIds, settings.answersEach()), settings, client, raw));
                loadAfter = loadAverage();
                server.stop();
                // The warm-up's responses are in the database too, in a round of their own.
                stored = storedResponses(jdbcUrl) - warmedUp;
                lost = measured.result().acknowledgedCount() - stored;
            } else if (mode.equals("reports")) {
                List<String> roundIds = closedRounds(api, "Load " + db, rounds, 0);
                ApiProtocols.Reports protocol = new ApiProtocols.Reports(server, TOKEN, roundIds);
                if (warmUp > 0) {
                    // Rounds of their own, so that the measured first openings still find reports nobody opened.
                    warmUp(server, new ApiProtocols.Reports(server, TOKEN, closedRounds(api, "Warm-up " + db, 10, rounds)), settings,
                            warmUp, client, raw);
                }
                reference = measure(server, null, load(new HealthProtocol(server), settings, client, raw));
                // Every coordinator opens a report nobody opened before, all at once; then all open reports again and again.
                firstOpenings = measure(server, null, load(protocol, new LoadRun.Settings(settings.respondents(), 1, Duration.ZERO,
                        Duration.ZERO, settings.deadline(), settings.requestTimeout(), settings.seed()), client, raw));
                measured = measure(server, database, load(protocol, settings, client, raw));
                loadAfter = loadAverage();
                server.stop();
                lost = 0;
                stored = 0;
            } else {
                throw new IllegalArgumentException("The mode (%s) is unknown; use saves, responses or reports.".formatted(mode));
            }

            Map<String, Object> report = new LinkedHashMap<>();
            report.put("database", db);
            report.put("started", started.toString());
            report.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            report.put("cores", Runtime.getRuntime().availableProcessors());
            report.put("loadAverageBefore", load);
            report.put("loadAverageAfter", loadAfter);
            report.put("settings", Map.of("respondents", settings.respondents(), "answersEach", settings.answersEach(),
                    "meanThinkMs", settings.meanThink().toMillis(), "rampUpS", settings.rampUp().toSeconds(),
                    "deadlineS", settings.deadline().toSeconds()));
            report.put("client", clientKind);
            report.put("warmUpRequestsEach", warmUp);
            report.put("reference", summary(reference));
            report.put("mode", mode);
            report.put("rounds", rounds);
            if (firstOpenings != null) {
                report.put("firstOpenings", summary(firstOpenings));
            }
            report.put(mode.equals("saves") ? "answerSave" : mode.equals("responses") ? "fullResponse" : "reportOpening",
                    summary(measured));
            report.put(mode.equals("saves") ? "lostAnswers" : "lost", lost);
            report.put(mode.equals("saves") ? "storedAnswers" : "stored", stored);
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
            System.out.println(json);
            if (options.containsKey("out")) {
                Path out = Path.of(options.get("out"));
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
            }
            LoadRun.Result result = measured.result();
            if (result.errors() > 0 || lost != 0 || result.joinErrors() > 0
                    || (firstOpenings != null && firstOpenings.result().errors() > 0)) {
                System.err.println("Errors or lost answers; first errors: " + result.errorSamples());
                System.err.println("Server log: " + work.resolve("server.log"));
                failed = true;
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        }
        // Only now: the server process and the cluster are stopped first.
        System.exit(failed ? 1 : 0);
    }

    /** The protocol of respondents joining the round the API just created (its shared link, and its join code if any). */
    private static RespondentProtocol respondentProtocol(ServerProcess server, com.fasterxml.jackson.databind.JsonNode created) {
        return new RespondentProtocol(server, created.get("respondentUrl").asText(),
                created.path("joinCode").isTextual() ? created.get("joinCode").asText() : null);
    }

    /** A load run on the chosen client: Java's HTTP client, or a {@link RawConnection} per simulated client. */
    private static LoadRun load(LoadRun.Protocol protocol, LoadRun.Settings settings, java.net.http.HttpClient client, boolean raw) {
        LoadRun run = new LoadRun(protocol, settings, client);
        return raw ? run.withRawConnections() : run;
    }

    /** {@code count} closed rounds of six responses each (answers numbered from {@code first}), for reports to open. */
    private static List<String> closedRounds(ApiClient api, String name, int count, int first) throws IOException, InterruptedException {
        List<String> roundIds = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String id = api.createRound(name + " " + i, 5).get("id").asText();
            for (int r = 0; r < 6; r++) {
                ApiClient.expect(api.submit(id, r % 2 == 0 ? "staff" : "frontline", NumberedAnswers.of(i * 7 + r * 1301)), 201);
            }
            ApiClient.expect(api.close(id), 200);
            roundIds.add(id);
        }
        return roundIds;
    }

    /**
     * The warm-up: {@code requestsEach} requests per client of the reference and of {@code protocol}, without pauses,
     * not measured. An error fails the run: a warm-up that went wrong would leave the server in another state.
     *
     * @return the requests of {@code protocol} the server acknowledged
     */
    private static long warmUp(ServerProcess server, LoadRun.Protocol protocol, LoadRun.Settings settings, int requestsEach,
            java.net.http.HttpClient client, boolean raw) throws InterruptedException {
        // At most 50 clients without pauses (as many requests in all): 500 people on one address without pauses would
        // pass the server's limit of connections per address, which real respondents, on many addresses, never meet.
        int clients = Math.min(settings.respondents(), 50);
        LoadRun.Settings warm = new LoadRun.Settings(clients, requestsEach * settings.respondents() / clients, Duration.ZERO,
                Duration.ZERO, settings.deadline(), settings.requestTimeout(), settings.seed() + 1);
        long acknowledged = 0;
        for (LoadRun.Protocol each : List.of(new HealthProtocol(server), protocol)) {
            LoadRun.Result result = load(each, warm, client, raw).run();
            if (result.errors() > 0 || result.joinErrors() > 0 || result.deadlineReached()) {
                throw new IllegalStateException("The warm-up failed (%d errors, %d join errors, deadline %s): %s".formatted(
                        result.errors(), result.joinErrors(), result.deadlineReached(), result.errorSamples()));
            }
            acknowledged = result.acknowledgedCount();
        }
        return acknowledged;
    }

    /**
     * A run's figures and what it cost the server's process and, where measured, the PostgreSQL cluster's processes
     * (-1: not measured).
     */
    private record Measured(LoadRun.Result result, long serverCpuMs, long databaseCpuMs) {
    }

    /** Runs {@code run}, measuring the CPU time of the server and of {@code database} (null: not measured) meanwhile. */
    private static Measured measure(ServerProcess server, PostgresCluster database, LoadRun run) throws InterruptedException {
        long serverCpu = server.cpuMillis();
        long databaseCpu = database == null ? -1 : database.cpuMillis();
        LoadRun.Result result = run.run();
        return new Measured(result, server.cpuMillis() - serverCpu, database == null ? -1 : database.cpuMillis() - databaseCpu);
    }

    /** The figures of one run, with its CPU time per request. */
    private static Map<String, Object> summary(Measured measured) {
        LoadRun.Result result = measured.result();
        long serverCpuMs = measured.serverCpuMs();
        Map<String, Object> summary = new LinkedHashMap<>();
        if (serverCpuMs >= 0 && result.saves().count() > 0) {
            // Load-robust: what one request costs the server in CPU, whatever else runs on the machine.
            summary.put("serverCpuMsPerRequest", round((double) serverCpuMs / result.saves().count()));
        }
        summary.put("joined", result.joined());
        summary.put("joinErrors", result.joinErrors());
        summary.put("requests", result.saves().count());
        summary.put("errors", result.errors());
        summary.put("seconds", Math.round(result.elapsed().toMillis() / 100.0) / 10.0);
        summary.put("throughputPerSecond", Math.round(result.throughputPerSecond()));
        summary.put("p50Ms", round(result.saves().percentileMillis(50)));
        summary.put("p90Ms", round(result.saves().percentileMillis(90)));
        summary.put("p99Ms", round(result.saves().percentileMillis(99)));
        summary.put("maxMs", round(result.saves().maxMillis()));
        summary.put("deadlineReached", result.deadlineReached());
        summary.put("errorSamples", result.errorSamples().stream().limit(5).toList());
        if (measured.databaseCpuMs() >= 0 && result.saves().count() > 0) {
            // PostgreSQL's own processes share the cores too: what a request costs them.
            summary.put("databaseCpuMsPerRequest", round((double) measured.databaseCpuMs() / result.saves().count()));
        }
        return summary;
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Options come as --name value pairs; (%s) is not one.".formatted(args[i]));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** The reference: the same respondents, each "save" a GET /health. */
    private record HealthProtocol(ServerProcess server) implements LoadRun.Protocol {
        @Override
        public LoadRun.Respondent join(java.net.http.HttpClient client, int index) {
            return new LoadRun.Respondent("health-" + index, Map.of());
        }

        @Override
        public java.net.http.HttpRequest save(LoadRun.Respondent respondent, int answer) {
            return java.net.http.HttpRequest.newBuilder(server.uri("/health")).timeout(Duration.ofSeconds(30)).GET().build();
        }

        @Override
        public String itemOf(int answer) {
            return "health";
        }
    }

    /** The responses in the database, written and held (every round of the run's fresh database). */
    private static long storedResponses(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT (SELECT COUNT(*) FROM responses) + (SELECT COUNT(*) FROM pending_responses)");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Map<String, Set<String>> draftAnswers(String jdbcUrl, Set<String> tokens) throws Exception {
        Map<String, Set<String>> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("SELECT token, item_id FROM draft_answers")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (tokens.contains(rows.getString(1))) {
                        stored.computeIfAbsent(rows.getString(1), t -> new java.util.HashSet<>()).add(rows.getString(2));
                    }
                }
            }
        }
        return stored;
    }
}
