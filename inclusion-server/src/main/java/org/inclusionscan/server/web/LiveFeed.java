package org.inclusionscan.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.inclusionscan.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events for team sessions. The state lives only in the database: one timer thread
 * reads each watched session's state every {@value #PERIOD_MS} ms and sends it to the session's
 * clients when it changed, so a vote taken by another server process reaches this one's screens
 * too. A comment every 15 seconds keeps proxies from closing a quiet stream and finds closed ones.
 *
 * <p>Each client carries its own check of who may read (a coordinator's login that still holds, for
 * the shared screen): it is asked before every event and every comment, so a stream whose login ended
 * (logged out here, in another server process, or expired) is closed and gets nothing more. A logout
 * here also closes its streams at once ({@link #closeOwner}); a state marked final (the session ended)
 * is the last event of every stream of its key.
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
        final Predicate<Object> isFinal;
        final Set<Listener> clients = ConcurrentHashMap.newKeySet();
        volatile String last;

        Watch(Supplier<Object> state, Predicate<Object> isFinal) {
            this.state = state;
            this.isFinal = isFinal;
        }
    }

    /**
     * A client with its own right to read.
     *
     * @param allowed asked before each event or comment; false closes the client
     * @param owner   the SHA-256 of the login cookie the stream was opened with, or null
     */
    private record Listener(SseClient client, BooleanSupplier allowed, String owner) {
    }

    LiveFeed() {
        timer.scheduleWithFixedDelay(this::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the client open and sends it the state now and at every change, while it may read.
     *
     * @param state   the state of the key, the same for every client of the key
     * @param isFinal true for a state after which nothing changes (its clients are closed once it is sent)
     * @param allowed whether this client may still read; asked before every event and comment
     * @param owner   the SHA-256 of the login cookie behind the stream, for {@link #closeOwner}, or null
     */
    void watch(String key, Supplier<Object> state, Predicate<Object> isFinal, BooleanSupplier allowed, String owner,
            SseClient client) {
        client.keepAlive();
        Listener listener = new Listener(client, allowed, owner);
        // Added inside compute, so a tick that drops an empty watch cannot drop this client with it.
        Watch watch = watches.compute(key, (ignored, existing) -> {
            Watch chosen = existing != null ? existing : new Watch(state, isFinal);
            chosen.clients.add(listener);
            return chosen;
        });
        client.onClose(() -> watch.clients.remove(listener));
        timer.execute(() -> {
            Object now = watch.state.get();
            String json = write(now);
            if (json == null) {
                close(watch, listener);
            } else if (send(watch, listener, json) && watch.isFinal.test(now)) {
                close(watch, listener);
            }
        });
    }

    /** Closes every stream opened with this login cookie (its SHA-256), at logout. */
    void closeOwner(String owner) {
        if (owner == null) {
            return;
        }
        watches.values().forEach(watch -> watch.clients.stream().filter(listener -> owner.equals(listener.owner()))
                .toList().forEach(listener -> close(watch, listener)));
    }

    private void tick() {
        boolean ping = ++ticks % PING_TICKS == 0;
        watches.forEach((key, watch) -> {
            if (watch.clients.isEmpty()) {
                watches.computeIfPresent(key, (ignored, existing) -> existing.clients.isEmpty() ? null : existing);
                return;
            }
            Object now = read(watch);
            String json = write(now);
            if (json == null) {
                List.copyOf(watch.clients).forEach(listener -> close(watch, listener));
                return;
            }
            if (!json.equals(watch.last)) {
                watch.last = json;
                boolean last = watch.isFinal.test(now);
                for (Listener listener : List.copyOf(watch.clients)) {
                    if (send(watch, listener, json) && last) {
                        close(watch, listener);
                    }
                }
            } else if (ping) {
                for (Listener listener : List.copyOf(watch.clients)) {
                    if (mayRead(watch, listener) && !listener.client().terminated()) {
                        listener.client().sendComment("ping");
                    }
                }
            }
        });
    }

    private static Object read(Watch watch) {
        try {
            return watch.state.get();
        } catch (RuntimeException e) {
            LOG.debug("A live state cannot be read; its clients are closed.", e);
            return null;
        }
    }

    private static String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return COMPACT.writeValueAsString(state);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debug("A live state cannot be written; its clients are closed.", e);
            return null;
        }
    }

    /** Sends the state when the client may still read it (else closes it); true when sent. */
    private static boolean send(Watch watch, Listener listener, String json) {
        if (!mayRead(watch, listener) || listener.client().terminated()) {
            return false;
        }
        listener.client().sendEvent("state", json);
        return true;
    }

    private static boolean mayRead(Watch watch, Listener listener) {
        boolean allowed;
        try {
            allowed = listener.allowed().getAsBoolean();
        } catch (RuntimeException e) {
            LOG.debug("A live client's right to read cannot be checked; it is closed.", e);
            allowed = false;
        }
        if (!allowed) {
            close(watch, listener);
        }
        return allowed;
    }

    private static void close(Watch watch, Listener listener) {
        watch.clients.remove(listener);
        listener.client().close();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        watches.values().forEach(watch -> List.copyOf(watch.clients).forEach(listener -> listener.client().close()));
    }
}
