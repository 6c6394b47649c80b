package org.inclusionscan.server.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What is worked out from a closed round (its advice, its rendered reports), kept in memory: a closed
 * round's answers do not change, so what is made of them changes only with the rules, or with what the
 * key says (language, format, the team session's picture, earlier agreements). Callers check access
 * first and put everything the value depends on into the key; the cache itself never decides who may
 * see what.
 *
 * <p>Bounded three ways: a number of entries, a total weight (for reports, their characters), and an
 * age, so that the memory of an erased round (unreachable at once, since the round is looked up before
 * the cache) is gone within minutes in every server process. When the rules in use change, everything
 * is dropped. Many threads asking for one missing value at once compute it once: the others wait for
 * it. A failed computation is not kept. Thread-safe.
 *
 * @param <K> the key: a value with equals and hashCode
 * @param <V> what is kept
 */
final class ClosedRoundCache<K, V> {

    private final int maxEntries;
    private final long maxWeight;
    private final long maxAgeNanos;
    private final ToLongFunction<V> weigher;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<K, Slot<V>> slots = new LinkedHashMap<>(64, 0.75f, true);
    private Object rules;
    private long weight;

    ClosedRoundCache(int maxEntries, long maxWeight, long maxAgeNanos, ToLongFunction<V> weigher, LongSupplier nanoTime) {
        if (maxEntries < 1 || maxWeight < 1 || maxAgeNanos < 1) {
            throw new IllegalArgumentException("The bounds (%d entries, weight %d, %d ns) must be positive."
                    .formatted(maxEntries, maxWeight, maxAgeNanos));
        }
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.maxAgeNanos = maxAgeNanos;
        this.weigher = Objects.requireNonNull(weigher, "weigher");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    private static final class Slot<V> {
        final FutureTask<V> task;
        final long madeAt;
        long weight = -1;

        Slot(FutureTask<V> task, long madeAt) {
            this.task = task;
            this.madeAt = madeAt;
        }
    }

    /**
     * The value of the key made with these rules: kept, or made now by {@code compute} (once, however many
     * threads ask at the same time).
     *
     * @param rules   the rules in use (compared by identity): when they change, everything kept is dropped
     * @throws RuntimeException what {@code compute} threw, as it was
     */
    V get(Object rules, K key, Supplier<V> compute) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(key, "key");
        Slot<V> slot;
        boolean mine = false;
        synchronized (this) {
            if (this.rules != rules) {
                slots.clear();
                weight = 0;
                this.rules = rules;
            }
            slot = slots.get(key);
            long now = nanoTime.getAsLong();
            if (slot != null && now - slot.madeAt > maxAgeNanos) {
                remove(key, slot);
                slot = null;
            }
            if (slot == null) {
                slot = new Slot<>(new FutureTask<>(compute::get), now);
                slots.put(key, slot);
                mine = true;
            }
        }
        if (mine) {
            slot.task.run();
        }
        V value = await(key, slot);
        if (mine) {
            synchronized (this) {
                if (slots.get(key) == slot && slot.weight < 0) {
                    slot.weight = weigher.applyAsLong(value);
                    weight += slot.weight;
                    trim();
                }
            }
        }
        return value;
    }

    /** How many values are kept (and being made) now. */
    synchronized int size() {
        return slots.size();
    }

    private V await(K key, Slot<V> slot) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return slot.task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (CancellationException | ExecutionException e) {
                    synchronized (this) {
                        remove(key, slot);
                    }
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("Making a closed round's value failed.", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void remove(K key, Slot<V> slot) {
        if (slots.remove(key, slot) && slot.weight > 0) {
            weight -= slot.weight;
        }
    }

    /** Drops the least recently used finished values until both bounds hold (values being made stay). */
    private void trim() {
        Iterator<Map.Entry<K, Slot<V>>> eldest = slots.entrySet().iterator();
        while ((slots.size() > maxEntries || weight > maxWeight) && eldest.hasNext()) {
            Slot<V> slot = eldest.next().getValue();
            if (slot.weight >= 0) {
                eldest.remove();
                weight -= slot.weight;
            }
        }
    }
}
