package org.inclusionscan.server.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, closed-loop load: {@code respondents} simulated people at once, each joining once and
 * then saving {@code answersEach} answers one request at a time, with a random pause between two
 * answers (uniform between 0 and twice {@code meanThink}), as a person reading the next item would.
 * Every request has a time-out and the whole run a deadline, after which no respondent sends again,
 * so a run always ends by itself. One asynchronous {@link HttpClient} on a small fixed thread pool
 * carries all respondents (Java 17 has no virtual threads); or, {@link #withRawConnections()}, each
 * respondent's saves go over a {@link RawConnection} of its own on a thread of its own, which costs the
 * machine that the server shares with the generator far less CPU per request.
 *
 * <p>Only what the server acknowledged (2xx) counts as saved; {@link Result#acknowledged()} names
 * each saved answer, so the caller can look for every one of them in the database afterwards.
 */
final class LoadRun {

    /** What the simulated respondents say: the only part that knows the server's URLs. */
    interface Protocol {
        /** Joins (opens the link, takes a cookie); the join is not counted as a save. */
        Respondent join(HttpClient client, int index) throws Exception;

        /** The request that saves answer number {@code answer} (0-based) of a respondent. */
        HttpRequest save(Respondent respondent, int answer);

        /** The id of the item that answer number {@code answer} is for. */
        String itemOf(int answer);
    }

    /** One simulated respondent: a key the database can be searched by, and the state its requests need. */
    record Respondent(String key, Map<String, String> state) {
        Respondent {
            Objects.requireNonNull(key, "key");
            state = Map.copyOf(state);
        }
    }

    record Settings(int respondents, int answersEach, Duration meanThink, Duration rampUp, Duration deadline,
            Duration requestTimeout, long seed) {
        Settings {
            if (respondents < 1 || answersEach < 1) {
                throw new IllegalArgumentException("A load needs at least one respondent (%d) and one answer each (%d)."
                        .formatted(respondents, answersEach));
            }
        }
    }

    record Result(int joined, int joinErrors, Latencies saves, int errors, List<String> errorSamples,
            Map<String, Set<String>> acknowledged, Duration elapsed, boolean deadlineReached) {

        double throughputPerSecond() {
            return saves.count() / (elapsed.toNanos() / 1e9);
        }

        /** How many saves the server acknowledged, over all respondents. */
        long acknowledgedCount() {
            return acknowledged.values().stream().mapToLong(Set::size).sum();
        }
    }

    private final Protocol protocol;
    private final Settings settings;
    private final HttpClient given;
    private final boolean raw;

    LoadRun(Protocol protocol, Settings settings) {
        this(protocol, settings, null);
    }

    /**
     * A run on a client of the caller's, so that two runs one after the other share its connections
     * (a second client would open as many again while the first one's idle connections are still open).
     */
    LoadRun(Protocol protocol, Settings settings, HttpClient client) {
        this(protocol, settings, client, false);
    }

    private LoadRun(Protocol protocol, Settings settings, HttpClient client, boolean raw) {
        this.protocol = protocol;
        this.settings = settings;
        this.given = client;
        this.raw = raw;
    }

    /** The same run, its saves sent over one {@link RawConnection} per respondent (the joins still use the client). */
    LoadRun withRawConnections() {
        return new LoadRun(protocol, settings, given, true);
    }

    /** A client as the runs use: HTTP/1.1 on a small pool of daemon threads. */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, daemon("load-client"))).connectTimeout(connectTimeout).build();
    }

    Result run() throws InterruptedException {
        // A client of its own (and its threads, stopped at the end) only when the caller gave none.
        ExecutorService pool = given == null ? Executors.newFixedThreadPool(4, daemon("load-client")) : null;
        HttpClient client = given != null ? given : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(settings.requestTimeout()).build();
        Tally tally = new Tally(System.nanoTime());
        try {
            return raw ? runRaw(client, tally) : runAsync(client, tally);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** What a run counts, shared by its respondents whichever client they use. */
    private final class Tally {
        final long start;
        final long deadline;
        final Latencies saves = new Latencies();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger joined = new AtomicInteger();
        final AtomicInteger joinErrors = new AtomicInteger();
        final List<String> samples = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

        Tally(long start) {
            this.start = start;
            this.deadline = start + settings.deadline().toNanos();
        }

        /** Joins respondent {@code index}; null (counted and sampled) when the join failed. */
        Respondent join(HttpClient client, int index) {
            try {
                Respondent respondent = protocol.join(client, index);
                joined.incrementAndGet();
                return respondent;
            } catch (Exception e) {
                joinErrors.incrementAndGet();
                sample("join " + index + ": " + e);
                return null;
            }
        }

        /** An answer the server answered: saved when 2xx, else an error with the start of its body. */
        void answered(Respondent respondent, String item, long sent, int status, byte[] body) {
            if (status / 100 == 2) {
                saves.record(System.nanoTime() - sent);
                acknowledged.computeIfAbsent(respondent.key(), k -> ConcurrentHashMap.newKeySet()).add(item);
            } else {
                failed("save: HTTP %d %s".formatted(status, abbreviate(new String(body, java.nio.charset.StandardCharsets.UTF_8))));
            }
        }

        void failed(String message) {
            errors.incrementAndGet();
            sample(message);
        }

        void sample(String message) {
            LoadRun.sample(samples, message);
        }

        boolean pastDeadline() {
            return System.nanoTime() > deadline;
        }

        /** The pause before a respondent's next answer, never running past the deadline (so the run ends soon after it). */
        long pauseMillis(SplittableRandom random) {
            long think = settings.meanThink().isZero() ? 0 : random.nextLong(2 * settings.meanThink().toMillis() + 1);
            return Math.min(think, Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
        }

        Result result(boolean inTime) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(joined.get(), joinErrors.get(), saves, errors.get(), List.copyOf(samples), acknowledged, elapsed,
                    !inTime || pastDeadline());
        }
    }

    private Result runAsync(HttpClient client, Tally tally) throws InterruptedException {
        ExecutorService joiners = Executors.newFixedThreadPool(16, daemon("load-join"));
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        List<CompletableFuture<Void>> all = new ArrayList<>();
        try {
            for (int i = 0; i < settings.respondents(); i++) {
                int index = i;
                SplittableRandom random = seeds.split();
                long offset = settings.rampUp().toMillis() * i / settings.respondents();
                CompletableFuture<Void> respondent = CompletableFuture
                        .supplyAsync(() -> tally.join(client, index), CompletableFuture.delayedExecutor(offset, TimeUnit.MILLISECONDS, joiners))
                        .thenCompose(r -> r == null ? CompletableFuture.completedFuture(null) : answer(client, r, 0, random, tally));
                all.add(respondent);
            }
            boolean inTime = true;
            try {
                // The deadline stops new requests; in-flight ones end within their own time-out.
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                        .get(settings.deadline().plus(settings.requestTimeout()).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                inTime = false;
            } catch (java.util.concurrent.ExecutionException e) {
                tally.sample("run: " + e.getCause());
            }
            return tally.result(inTime);
        } finally {
            joiners.shutdownNow();
        }
    }

    private Result runRaw(HttpClient client, Tally tally) throws InterruptedException {
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.respondents(); i++) {
            int index = i;
            SplittableRandom random = seeds.split();
            long offset = settings.rampUp().toMillis() * i / settings.respondents();
            Thread thread = new Thread(() -> respondent(client, index, random, offset, tally), "load-respondent-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        boolean inTime = true;
        long end = tally.deadline + settings.requestTimeout().plusSeconds(30).toNanos();
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (left > 0) {
                thread.join(left);
            }
            if (thread.isAlive()) {
                inTime = false;
            }
        }
        threads.forEach(Thread::interrupt);
        return tally.result(inTime);
    }

    /** One respondent on a thread of its own: joins, then saves its answers one by one over its own connection. */
    private void respondent(HttpClient client, int index, SplittableRandom random, long offset, Tally tally) {
        try {
            Thread.sleep(offset);
        } catch (InterruptedException e) {
            return;
        }
        Respondent respondent = tally.join(client, index);
        if (respondent == null) {
            return;
        }
        try (RawConnection connection = new RawConnection(protocol.save(respondent, 0).uri(), settings.requestTimeout())) {
            for (int answer = 0; answer < settings.answersEach() && !tally.pastDeadline(); answer++) {
                HttpRequest request = protocol.save(respondent, answer);
                long sent = System.nanoTime();
                try {
                    RawConnection.Response response = connection.send(request);
                    tally.answered(respondent, protocol.itemOf(answer), sent, response.status(), response.body());
                } catch (java.io.IOException e) {
                    tally.failed("save: " + e);
                }
                long pause = tally.pauseMillis(random);
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> answer(HttpClient client, Respondent respondent, int answer, SplittableRandom random, Tally tally) {
        if (answer == settings.answersEach() || tally.pastDeadline()) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = protocol.save(respondent, answer);
        String item = protocol.itemOf(answer);
        long sent = System.nanoTime();
        // The body is read whole but not decoded: the simulated clients stand for people on other machines, and
        // decoding 70 kB reports took the cores the server shares with them (issue 25, stop 28).
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure == null) {
                        tally.answered(respondent, item, sent, response.statusCode(), response.body());
                    } else {
                        tally.failed("save: " + failure);
                    }
                    return null;
                })
                .thenCompose(ignored -> CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(
                        tally.pauseMillis(random), TimeUnit.MILLISECONDS)))
                .thenCompose(ignored -> answer(client, respondent, answer + 1, random, tally));
    }

    private static void sample(List<String> samples, String message) {
        if (samples.size() < 20) {
            samples.add(message);
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
