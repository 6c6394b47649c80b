package org.inclusionscan.server.service;

import java.time.Clock;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.SecurityRepository;

/**
 * A limit on guessing short codes (a team session's join code, a round's join code): each client
 * address may get {@value #MAX_WRONG} codes wrong in a window of {@value #WINDOW_SECONDS} seconds,
 * counted in the database so that every server process sees the same count; then it is refused
 * (429) until the window ends. Right codes cost nothing, so phones that follow a session are never
 * slowed down. Thread-safe.
 */
public final class CodeGuesses {

    public static final int MAX_WRONG = 30;
    public static final long WINDOW_SECONDS = 10 * 60;

    private final Sql sql;
    private final Clock clock;
    private final SecurityRepository security = new SecurityRepository();

    public CodeGuesses(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * @throws Refusal 429 when the client got too many codes wrong in this window
     */
    public void check(String client) {
        long now = clock.instant().getEpochSecond();
        long window = window(now);
        int wrong = sql.inTransaction(tx -> security.attempts(tx, key(client), window));
        if (wrong >= MAX_WRONG) {
            long wait = window + WINDOW_SECONDS - now;
            throw new Refusal(Kind.TOO_MANY, "code-guesses-throttled", "code", "minutes", (wait + 59) / 60, "seconds", wait);
        }
    }

    /** Counts a wrong code of the client. */
    public void wrong(String client) {
        long window = window(clock.instant().getEpochSecond());
        sql.inTransaction(tx -> {
            security.reserve(tx, key(client), window);
            security.deleteAttemptsBefore(tx, window - 4 * WINDOW_SECONDS);
            return null;
        });
    }

    private static long window(long now) {
        return now - Math.floorMod(now, WINDOW_SECONDS);
    }

    private static String key(String client) {
        return "code:" + client;
    }
}
