package org.inclusionscan.server.process;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.inclusionscan.server.testing.ApiClient;
import org.inclusionscan.server.testing.BothDatabases;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.ServerProcess;
import org.inclusionscan.server.testing.DatabaseUnderTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * No acknowledged answer is lost when the server dies (issue 13, item 5): respondents submit through the
 * API from several threads; once enough submissions are acknowledged, the server process gets SIGKILL
 * (no shutdown hook, no flush, requests in flight); a new process starts on the same data, and every
 * submission that got a 201 must be in the database. Each submission's answers carry its number
 * ({@link NumberedAnswers}), so the database is searched for each one, not only counted.
 */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
class ServerDurabilityIT {

    private static final int SUBMITTERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    private static final Duration MOST = Duration.ofSeconds(60);
    private static final String TOKEN = "durability-test-token-0123456789abcdef";

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(BothDatabases.class)
    void everyAcknowledgedSubmissionSurvivesSigkill(DatabaseUnderTest database, @TempDir Path temporary)
            throws Exception {
        // GIVEN a server process on the database, a round, and respondents submitting from 8 threads
        ServerStorage storage = ServerStorage.of(database, temporary);
        Path tokenFile = Files.writeString(temporary.resolve("api-token"), TOKEN);
        List<String> arguments = new java.util.ArrayList<>(storage.arguments());
        arguments.addAll(List.of("--api-token-file", tokenFile.toString()));
        ServerProcess first = ServerProcess.start(arguments, Map.of(), temporary.resolve("server-1.log"));
        ApiClient api = new ApiClient(first.uri("/"), TOKEN);
        String roundId = api.createRound("Durability " + storage.name(), 5).get("id").asText();

        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refusedBeforeKill = new AtomicInteger();
        AtomicInteger failedAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        Instant deadline = Instant.now().plus(MOST);
        for (int t = 0; t < SUBMITTERS; t++) {
            submitters.submit(() -> {
                while (Instant.now().isBefore(deadline)) {
                    int number = next.getAndIncrement();
                    try {
                        HttpResponse<String> response = api.submit(roundId, "staff", NumberedAnswers.of(number));
                        if (response.statusCode() == 201) {
                            acknowledged.add(number);
                            enough.countDown();
                        } else if (!killed.get()) {
                            refusedBeforeKill.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (killed.get()) {
                            failedAfterKill.incrementAndGet();
                            return null; // the server is gone: this respondent stops
                        }
                        refusedBeforeKill.incrementAndGet();
                    }
                }
                return null;
            });
        }

        // WHEN the process is killed hard while they submit, and a new one starts on the same data
        then(enough.await(MOST.toSeconds(), TimeUnit.SECONDS)).as("%d submissions acknowledged in time (refused so far: %d)", ACKNOWLEDGED_BEFORE_KILL, refusedBeforeKill.get()).isTrue();
        killed.set(true);
        long killedAt = System.nanoTime();
        first.kill();
        submitters.shutdown();
        then(submitters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int sent = next.get();
        ServerProcess second = ServerProcess.start(arguments, Map.of(), temporary.resolve("server-2.log"));
        Duration restart = Duration.ofNanos(System.nanoTime() - killedAt);
        HttpResponse<String> afterRestart = new ApiClient(second.uri("/"), TOKEN).submit(roundId, "staff",
                NumberedAnswers.of(NumberedAnswers.CAPACITY - 1));
        second.stop();

        // THEN every acknowledged submission is in the database, whole, and the new process took answers again
        Map<Integer, Integer> stored = storedNumbers(storage, roundId);
        then(refusedBeforeKill.get()).as("refusals while the server ran").isZero();
        then(stored.keySet()).containsAll(acknowledged);
        then(stored).allSatisfy((number, answers) -> then(answers).as("answers of submission %d", number)
                .isEqualTo(NumberedAnswers.itemIds().size()));
        then(afterRestart.statusCode()).isEqualTo(201);
        then(stored).containsKey(NumberedAnswers.CAPACITY - 1);
        System.out.printf("durability %s: sent %d, acknowledged %d, stored %d (%d stored without an acknowledgement), "
                        + "in flight at the kill %d, restart to serving %d ms%n",
                storage.name(), sent, acknowledged.size(), stored.size() - 1, stored.size() - 1 - acknowledged.size(),
                failedAfterKill.get(), restart.toMillis());
    }

    /**
     * Number carried -> how many answers are stored, per response of the round, written or still
     * held (a held submission is acknowledged and must survive the kill as much as a written one).
     */
    private static Map<Integer, Integer> storedNumbers(ServerStorage storage, String roundId) throws Exception {
        Map<String, Map<String, Integer>> responses = new HashMap<>();
        try (Connection connection = storage.connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT id, answers FROM responses WHERE round_id = ?
                     UNION ALL
                     SELECT id, answers FROM pending_responses WHERE round_id = ?""")) {
            query.setString(1, roundId);
            query.setString(2, roundId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Integer> answers = responses.computeIfAbsent(rows.getString(1), id -> new HashMap<>());
                    // item:code pairs separated by commas (V11)
                    for (String pair : rows.getString(2).split(",")) {
                        answers.put(pair.substring(0, pair.indexOf(':')), Integer.parseInt(pair.substring(pair.indexOf(':') + 1)));
                    }
                }
            }
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        responses.values().forEach(answers -> numbers.merge(
                NumberedAnswers.decode(item -> answers.getOrDefault(item, -1)), answers.size(), Integer::sum));
        return numbers;
    }
}
