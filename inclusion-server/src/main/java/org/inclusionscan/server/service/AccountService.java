package org.inclusionscan.server.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.store.SecurityRepository;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Coordinator accounts, logins and sessions. Passwords are hashed with bcrypt; a session is a
 * random cookie value of which only the SHA-256 is stored. Every login first reserves its attempt
 * in the database (per e-mail address and client address, per client address, per e-mail
 * address), in one transaction, before the password is checked: parallel attempts and several
 * server processes cannot check more than the limit. An account is never locked: its failures
 * from all addresses only slow each further attempt down, so its coordinator still gets in from
 * an address an attacker did not use.
 */
public final class AccountService {

    /** A session lasts this long after login. */
    public static final long SESSION_SECONDS = 8 * 3600;
    /** Failed logins allowed per e-mail address from one client address in a window, and per client address. */
    public static final int MAX_FAILURES_PER_EMAIL = 5;
    public static final int MAX_FAILURES_PER_CLIENT = 20;
    public static final long FAILURE_WINDOW_SECONDS = 15 * 60;
    /** An account's failures from all addresses that cost no delay; each one more doubles it. */
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final long FIRST_DELAY_MILLIS = 250;
    static final long MAX_DELAY_MILLIS = 4000;
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final int BCRYPT_COST = 10;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private final Sql sql;
    private final Clock clock;
    private final CoordinatorRepository coordinators = new CoordinatorRepository();
    private final SecurityRepository security = new SecurityRepository();
    /** Checked against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password. */
    private final String decoyHash = hash("decoy password that matches nothing");

    public AccountService(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** A new login session for a successful login. */
    public record Session(String cookieValue, Coordinator coordinator) {
    }

    /** Adds a coordinator or, when the e-mail exists, sets a new password. */
    public Coordinator addCoordinator(String email, String password) {
        String normalised = normaliseEmail(email);
        PasswordPolicy.check(normalised, password);
        String hash = hash(password);
        return sql.inTransaction(tx -> {
            Optional<CoordinatorRepository.Account> existing = coordinators.findByEmail(tx, normalised);
            if (existing.isPresent()) {
                coordinators.updatePassword(tx, existing.get().coordinator().id(), hash);
                return existing.get().coordinator();
            }
            Coordinator coordinator = new Coordinator(Tokens.id(), normalised);
            coordinators.insert(tx, coordinator, hash, LocalDate.now(clock));
            return coordinator;
        });
    }

    public int countCoordinators() {
        return sql.inTransaction(coordinators::count);
    }

    /**
     * Checks a login.
     *
     * @param client the client's address, for the per-client limits
     * @throws Refusal 429 when too many logins failed lately for this e-mail from this client or
     *                 from this client at all, 401 when the e-mail or password is wrong
     */
    public Session login(String email, String password, String client) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        long now = clock.instant().getEpochSecond();
        long window = now - Math.floorMod(now, FAILURE_WINDOW_SECONDS);
        String pairKey = "login-pair:" + client + " " + normalised;
        String clientKey = "login-client:" + client;
        String accountKey = "login-account:" + normalised;
        // One transaction reserves the attempt on all three counters, always in this order (so two
        // logins never wait for each other in a circle); over a limit it throws and rolls back.
        int accountAttempts = sql.inTransaction(tx -> {
            if (security.reserve(tx, pairKey, window) > MAX_FAILURES_PER_EMAIL
                    || security.reserve(tx, clientKey, window) > MAX_FAILURES_PER_CLIENT) {
                long wait = window + FAILURE_WINDOW_SECONDS - now;
                throw new Refusal(Kind.TOO_MANY, "login-throttled", null, "minutes", (wait + 59) / 60, "seconds", wait);
            }
            return security.reserve(tx, accountKey, window);
        });
        pause(delayAfter(accountAttempts - 1));
        Optional<CoordinatorRepository.Account> account = sql.inTransaction(tx -> coordinators.findByEmail(tx, normalised));
        boolean matches = BCrypt.checkpw(password == null ? "" : password,
                account.map(CoordinatorRepository.Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            // The reservations stay: they are the failures.
            throw new Refusal(Kind.UNAUTHORISED, "login-failed", "email");
        }
        String cookieValue = Tokens.secret();
        Coordinator coordinator = account.get().coordinator();
        // Only this login's own reservations are taken back: the failures of attempts that ran beside it
        // (in this or another process) stay counted, so a burst holds its limit even when the right
        // password is among its first attempts.
        sql.inTransaction(tx -> {
            security.release(tx, pairKey, window);
            security.release(tx, clientKey, window);
            security.release(tx, accountKey, window);
            security.deleteAttemptsBefore(tx, window - FAILURE_WINDOW_SECONDS);
            security.deleteExpiredSessions(tx, now);
            security.insertSession(tx, Tokens.sha256(cookieValue), coordinator.id(), now + SESSION_SECONDS);
            return null;
        });
        return new Session(cookieValue, coordinator);
    }

    /** How long a login waits after the account's failures in the window from all addresses. */
    static long delayAfter(int accountFailures) {
        if (accountFailures < FREE_ACCOUNT_FAILURES) {
            return 0;
        }
        int doublings = Math.min(accountFailures - FREE_ACCOUNT_FAILURES, 16);
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << doublings);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(Kind.TOO_MANY, "login-throttled", null, "minutes", 1, "seconds", 60);
        }
    }

    /** The coordinator of a live session, if the cookie value is one. */
    public Optional<Coordinator> coordinatorOf(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond();
        return sql.inTransaction(tx -> {
            Optional<String> id = security.sessionCoordinator(tx, Tokens.sha256(cookieValue), now);
            return id.isEmpty() ? Optional.empty() : coordinators.find(tx, id.get());
        });
    }

    /**
     * Whether the cookie is a live session of a coordinator of the organisation: such a browser may
     * not answer that organisation's rounds (a coordinator who answers n-1 times can work out the
     * last person's answers from any aggregate).
     */
    public boolean coordinatesOrganisation(String cookieValue, String organisationId) {
        Optional<Coordinator> coordinator = coordinatorOf(cookieValue);
        if (coordinator.isEmpty() || organisationId == null) {
            return false;
        }
        return sql.inTransaction(tx -> coordinators.coordinates(tx, coordinator.get().id(), organisationId));
    }

    public void logout(String cookieValue) {
        if (cookieValue != null) {
            sql.inTransaction(tx -> {
                security.deleteSession(tx, Tokens.sha256(cookieValue));
                return null;
            });
        }
    }

    /** bcrypt with cost 10 (about 70 ms here); the hash carries its salt and cost. */
    private static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
    }

    static String normaliseEmail(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches()) {
            throw new Refusal(Kind.BAD_INPUT, "bad-email", "email");
        }
        return normalised;
    }
}
