package org.inclusionscan.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.inclusionscan.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events for team sessions. The state lives only in the database: one timer thread
 * reads each watched session's state every {@value #PERIOD_MS} ms and sends it to the session's
 * clients when it changed, so a vote taken by another server process reaches this one's screens
 * too. A comment every 15 seconds keeps proxies from closing a quiet stream and finds closed ones.
 */
final class LiveFeed implements AutoCloseable {

    static final long PERIOD_MS = 400;
    private static final long PING_TICKS = 15_000 / PERIOD_MS;
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    /** One line per event: an indented value would split into several data lines. */
    private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "inclusion-live-feed");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private long ticks;

    private static final class Watch {
        final Supplier<Object> state;
        final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
        volatile String last;

        Watch(Supplier<Object> state) {
            this.state = state;
        }
    }

    LiveFeed() {
        timer.scheduleWithFixedDelay(this::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Keeps the client open and sends it the state now and at every change. */
    void watch(String key, Supplier<Object> state, SseClient client) {
        client.keepAlive();
        // Added inside compute, so a tick that drops an empty watch cannot drop this client with it.
        Watch watch = watches.compute(key, (ignored, existing) -> {
            Watch chosen = existing != null ? existing : new Watch(state);
            chosen.clients.add(client);
            return chosen;
        });
        client.onClose(() -> watch.clients.remove(client));
        timer.execute(() -> {
            String json = read(watch);
            if (json != null) {
                send(client, json);
            }
        });
    }

    private void tick() {
        boolean ping = ++ticks % PING_TICKS == 0;
        watches.forEach((key, watch) -> {
            if (watch.clients.isEmpty()) {
                watches.computeIfPresent(key, (ignored, existing) -> existing.clients.isEmpty() ? null : existing);
                return;
            }
            String json = read(watch);
            if (json == null) {
                watch.clients.forEach(SseClient::close);
                return;
            }
            if (!json.equals(watch.last)) {
                watch.last = json;
                watch.clients.forEach(client -> send(client, json));
            } else if (ping) {
                watch.clients.forEach(client -> client.sendComment("ping"));
            }
        });
    }

    private static String read(Watch watch) {
        try {
            return COMPACT.writeValueAsString(watch.state.get());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debug("A live state cannot be read; its clients are closed.", e);
            return null;
        }
    }

    private static void send(SseClient client, String json) {
        if (!client.terminated()) {
            client.sendEvent("state", json);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        watches.values().forEach(watch -> watch.clients.forEach(SseClient::close));
    }
}
