package org.inclusionscan.server.service;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.inclusionscan.server.service.Refusal.Kind;

/**
 * What a coordinator's password must be, after NIST SP 800-63B (section 5.1.1): long enough, no
 * composition rules, and not one an attacker tries first. Refused are passwords shorter than
 * {@value #MIN_LENGTH} characters, longer than bcrypt reads ({@value #MAX_BYTES} bytes of UTF-8),
 * containing the name part of the e-mail address, one character repeated, and every password the
 * zxcvbn estimator (its bundled lists of about 30,000 common and breached passwords, names and
 * words, with keyboard walks, sequences, repeats, dates and l33t spellings) guesses in fewer than
 * 10<sup>{@value #MIN_GUESSES_LOG10}</sup> tries: {@code 1234567890}, {@code qwertyuiopasdf},
 * {@code Password1234}, {@code passwordpassword}. Thread-safe.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes (and spring-security-crypto refuses longer ones). */
    public static final int MAX_BYTES = 72;
    static final int MIN_GUESSES_LOG10 = 8;
    /** A local part this short ("jo") would refuse too many good passwords. */
    private static final int MIN_LOCAL_PART = 3;

    private PasswordPolicy() {
    }

    /** The estimator loads its word lists once (about 0.2 s), on the first password checked. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * Checks a new password for the account of {@code email} (already normalised).
     *
     * @throws Refusal 400 with the code {@code password-too-short}, {@code password-too-long},
     *                 {@code password-has-email} or {@code password-common}, at the field {@code password}
     */
    public static void check(String email, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new Refusal(Kind.BAD_INPUT, "password-too-short", "password", "min", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Refusal(Kind.BAD_INPUT, "password-too-long", "password", "max", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        if (local.length() >= MIN_LOCAL_PART && lower.contains(local)) {
            throw new Refusal(Kind.BAD_INPUT, "password-has-email", "password");
        }
        if (password.codePoints().distinct().count() == 1
                || Estimator.ZXCVBN.measure(password, local.isEmpty() ? List.of() : List.of(local)).getGuessesLog10()
                        < MIN_GUESSES_LOG10) {
            throw new Refusal(Kind.BAD_INPUT, "password-common", "password");
        }
    }
}
