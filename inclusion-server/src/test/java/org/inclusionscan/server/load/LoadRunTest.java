package org.inclusionscan.server.load;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load generator itself, against a tiny local server that refuses every seventh save. */
class LoadRunTest {

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/save", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = requests.incrementAndGet() % 7 == 0 ? 500 : 204;
            if (status == 204) {
                stored.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** The run as the test asks: over Java's HTTP client, or over one {@link RawConnection} per respondent. */
    private static LoadRun run(LoadRun.Protocol protocol, LoadRun.Settings settings, boolean raw) {
        LoadRun run = new LoadRun(protocol, settings);
        return raw ? run.withRawConnections() : run;
    }

    @ParameterizedTest(name = "raw connections: {0}")
    @ValueSource(booleans = {false, true})
    void everyAcknowledgedSaveIsNamedAndEveryRefusalCounted(boolean raw) throws Exception {
        // GIVEN 20 respondents answering 5 items each, quickly
        LoadRun.Settings settings = new LoadRun.Settings(20, 5, Duration.ofMillis(2), Duration.ofMillis(50),
                Duration.ofSeconds(30), Duration.ofSeconds(5), 42);

        // WHEN they run
        LoadRun.Result result = run(new TinyProtocol(), settings, raw).run();

        // THEN every save was either acknowledged (and stored) or counted as an error
        then(result.joined()).isEqualTo(20);
        then(result.saves().count() + result.errors()).isEqualTo(100);
        then(result.errors()).isEqualTo(100 / 7);
        then(result.errorSamples()).allMatch(sample -> sample.startsWith("save: HTTP 500"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        result.acknowledged().forEach((respondent, items) -> items.forEach(item -> acknowledged.add(respondent + "=" + item)));
        then(acknowledged).isEqualTo(stored);
        then(result.deadlineReached()).isFalse();
    }

    @ParameterizedTest(name = "raw connections: {0}")
    @ValueSource(booleans = {false, true})
    void theDeadlineEndsARunThatWouldTakeLonger(boolean raw) throws Exception {
        // GIVEN respondents that would think for 10 s between answers
        LoadRun.Settings settings = new LoadRun.Settings(5, 100, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ofMillis(500), Duration.ofSeconds(5), 1);

        // WHEN the run's deadline is half a second
        long start = System.nanoTime();
        LoadRun.Result result = run(new TinyProtocol(), settings, raw).run();

        // THEN it ends long before the 1,000 s its answers would take (the bound is wide: a busy machine may be slow),
        // having sent only the first answers
        then(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        then(result.saves().count() + result.errors()).isLessThan(5 * 100);
    }

    private final class TinyProtocol implements LoadRun.Protocol {
        @Override
        public LoadRun.Respondent join(HttpClient client, int index) {
            Map<String, String> state = new HashMap<>();
            state.put("url", "http://127.0.0.1:%d/save".formatted(server.getAddress().getPort()));
            return new LoadRun.Respondent("r" + index, state);
        }

        @Override
        public HttpRequest save(LoadRun.Respondent respondent, int answer) {
            return HttpRequest.newBuilder(URI.create(respondent.state().get("url")))
                    .POST(HttpRequest.BodyPublishers.ofString(respondent.key() + "=" + itemOf(answer))).build();
        }

        @Override
        public String itemOf(int answer) {
            return "item-" + answer;
        }
    }
}
