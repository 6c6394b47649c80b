package org.inclusionscan.server.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.IdempotencyRepository;
import org.inclusionscan.server.store.IdempotencyRepository.Used;

/**
 * The API's {@code Idempotency-Key} (the IETF httpapi draft of that name): a POST sent again with
 * the same key and the same request gets the answer the first one got, and changes nothing again.
 *
 * <p>The key is claimed, the POST's own work done and its answer stored in one transaction (the
 * services join it, see {@link Sql#inTransaction}), so a retry finds either the stored answer or
 * no trace at all, whichever server process it reaches. Two requests with one key at the same time:
 * the second waits for the first's row lock, then answers as a retry. A request that is refused
 * (a 4xx from validation, a 409) stores nothing, so sending it again is checked again. Keys are
 * kept {@link #KEPT} (the draft asks for at least 24 hours). Thread-safe.
 */
public final class IdempotencyService {

    /** How long a key is kept. */
    public static final Duration KEPT = Duration.ofHours(48);
    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;
    /** The longest stored answer; the API's POST answers are a few hundred bytes. */
    static final int MAX_BODY_LENGTH = 100_000;

    /** An answer to a POST: its status and JSON body; {@code replayed} when it is a stored one. */
    public record Answer(int status, String body, boolean replayed) {
        public Answer {
            Objects.requireNonNull(body, "body");
        }
    }

    private final Sql sql;
    private final Clock clock;
    private final IdempotencyRepository keys = new IdempotencyRepository();

    public IdempotencyService(Sql sql, Clock clock) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a key as the client sent it: 1 to 255 visible ASCII characters, optionally in the
     * double quotes of a structured-field string.
     *
     * @return the key without quotes
     * @throws Refusal 400 naming the header when the key cannot be used
     */
    public static String checkedKey(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        boolean visible = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != '"' && c != '\\');
        if (!visible) {
            throw new Refusal(Kind.BAD_INPUT, "idempotency-key", "Idempotency-Key", "max", MAX_KEY_LENGTH);
        }
        return key;
    }

    /**
     * Runs the work once for the caller's key, or gives back the answer it gave before.
     *
     * @param caller      who sends (a hash of the bearer token): keys of different callers never meet
     * @param key         the checked key ({@link #checkedKey})
     * @param requestHash a hash of the method, the path and the body
     * @param work        the POST's work; it runs inside the transaction and returns its answer
     * @throws Refusal 422 when the key was used for another request
     */
    public Answer once(String caller, String key, String requestHash, Supplier<Answer> work) {
        long now = clock.millis();
        return sql.inTransaction(tx -> {
            keys.forgetExpired(tx, caller, key, now - KEPT.toMillis());
            Optional<Used> used = keys.find(tx, caller, key);
            if (used.isEmpty() && keys.claim(tx, caller, key, requestHash, now)) {
                Answer answer = work.get();
                if (answer.status() >= 300 || answer.body().length() > MAX_BODY_LENGTH) {
                    throw new IllegalStateException("An idempotent POST answered " + answer.status()
                            + " with " + answer.body().length() + " characters; only a success is stored.");
                }
                keys.answer(tx, caller, key, answer.status(), answer.body());
                if (Math.floorMod(now, 64) == 0) {
                    keys.deleteOlderThan(tx, now - KEPT.toMillis());
                }
                return answer;
            }
            Used earlier = used.isPresent() ? used.get() : keys.find(tx, caller, key).orElseThrow(
                    () -> new IllegalStateException("The idempotency key was claimed but cannot be read."));
            if (!earlier.requestHash().equals(requestHash)) {
                throw new Refusal(Kind.UNPROCESSABLE, "idempotency-reused", "Idempotency-Key");
            }
            return new Answer(earlier.status(), earlier.body(), true);
        });
    }
}
