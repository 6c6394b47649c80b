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
 * random cookie value of which only the SHA-256 is stored; failed logins are counted in the
 * database per e-mail address and per client, so every server process sees the same limit.
 */
public final class AccountService {

    /** A session lasts this long after login. */
    public static final long SESSION_SECONDS = 8 * 3600;
    /** Failed logins allowed per e-mail address in a window, and per client address. */
    public static final int MAX_FAILURES_PER_EMAIL = 5;
    public static final int MAX_FAILURES_PER_CLIENT = 20;
    public static final long FAILURE_WINDOW_SECONDS = 15 * 60;
    public static final int MIN_PASSWORD_LENGTH = 10;
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
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Refusal(Kind.BAD_INPUT, "password-too-short", "password", "min", MIN_PASSWORD_LENGTH);
        }
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
     * @param client the client's address, for the per-client limit
     * @throws Refusal 429 when too many logins failed lately, 401 when the e-mail or password is wrong
     */
    public Session login(String email, String password, String client) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        long now = clock.instant().getEpochSecond();
        String emailKey = "email:" + normalised;
        String clientKey = "client:" + client;
        sql.inTransaction(tx -> {
            if (tooMany(tx, emailKey, MAX_FAILURES_PER_EMAIL, now) || tooMany(tx, clientKey, MAX_FAILURES_PER_CLIENT, now)) {
                throw new Refusal(Kind.TOO_MANY, "login-throttled", null, "minutes", FAILURE_WINDOW_SECONDS / 60);
            }
            return null;
        });
        Optional<CoordinatorRepository.Account> account = sql.inTransaction(tx -> coordinators.findByEmail(tx, normalised));
        boolean matches = BCrypt.checkpw(password == null ? "" : password,
                account.map(CoordinatorRepository.Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            sql.inTransaction(tx -> {
                security.countFailure(tx, emailKey, now - FAILURE_WINDOW_SECONDS, now);
                security.countFailure(tx, clientKey, now - FAILURE_WINDOW_SECONDS, now);
                return null;
            });
            throw new Refusal(Kind.UNAUTHORISED, "login-failed", "email");
        }
        String cookieValue = Tokens.secret();
        Coordinator coordinator = account.get().coordinator();
        sql.inTransaction(tx -> {
            security.clearFailures(tx, emailKey);
            security.deleteExpiredSessions(tx, now);
            security.insertSession(tx, Tokens.sha256(cookieValue), coordinator.id(), now + SESSION_SECONDS);
            return null;
        });
        return new Session(cookieValue, coordinator);
    }

    private boolean tooMany(Sql.Tx tx, String key, int max, long now) throws java.sql.SQLException {
        return security.failures(tx, key)
                .filter(failures -> failures.windowStart() > now - FAILURE_WINDOW_SECONDS && failures.failures() >= max)
                .isPresent();
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
