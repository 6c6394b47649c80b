package org.inclusionscan.server.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.i18n.Texts;

/**
 * Where the server sends its mail ({@code serve --smtp URL --mail-from ADDRESS}). The URL names the
 * host, the port and how the connection is protected; the user and the password come from the
 * environment ({@link #USER_VARIABLE}, {@link #PASSWORD_VARIABLE}), never from the URL or the command line.
 *
 * <ul>
 * <li>{@code smtp://host[:port]}: port 25 by default; STARTTLS is used when the server offers it;</li>
 * <li>{@code smtp+starttls://host[:port]}: port 587 by default; STARTTLS is required;</li>
 * <li>{@code smtps://host[:port]}: port 465 by default; TLS from the first byte.</li>
 * </ul>
 *
 * @param password never printed: {@link #toString()} leaves it out
 */
public record SmtpSettings(Security security, String host, int port, String from, String user, String password) {

    public static final String USER_VARIABLE = "INCLUSION_SMTP_USER";
    public static final String PASSWORD_VARIABLE = "INCLUSION_SMTP_PASSWORD";

    /** How the connection to the mail server is protected. */
    public enum Security {
        /** Plain SMTP; STARTTLS when the server offers it. */
        OPPORTUNISTIC("smtp", 25),
        /** STARTTLS required. */
        STARTTLS("smtp+starttls", 587),
        /** TLS from the start (SMTPS). */
        TLS("smtps", 465);

        private final String scheme;
        private final int defaultPort;

        Security(String scheme, int defaultPort) {
            this.scheme = scheme;
            this.defaultPort = defaultPort;
        }

        public String scheme() {
            return scheme;
        }
    }

    /**
     * A setting the host got wrong: the text key ({@code console.<key>} in the server bundle) and its
     * arguments, so the command prints it in the console's language, in one line, with exit code 2.
     */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Map<String, String> arguments;

        Problem(String key, Object... namesAndValues) {
            super("The mail setting is refused (" + key + ").");
            this.key = key;
            this.arguments = Texts.arguments(namesAndValues);
        }

        public String key() {
            return key;
        }

        public Map<String, String> arguments() {
            return arguments;
        }
    }

    public SmtpSettings {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
    }

    /**
     * Reads {@code --smtp} and {@code --mail-from} with the user and password from the environment.
     *
     * @return the settings, or null when neither option is given (mail is off)
     * @throws Problem naming the option and the value at fault
     */
    public static SmtpSettings parse(String url, String from, String user, String password) {
        if (url == null || url.isBlank()) {
            if (from != null) {
                throw new Problem("mail-from-without-smtp");
            }
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Problem("bad-smtp-url", "url", url, "reason", e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Security security = null;
        for (Security candidate : Security.values()) {
            if (candidate.scheme.equals(scheme)) {
                security = candidate;
            }
        }
        if (security == null) {
            throw new Problem("smtp-scheme", "url", url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new Problem("smtp-credentials-in-url", "user", USER_VARIABLE, "password", PASSWORD_VARIABLE);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new Problem("smtp-host", "url", url);
        }
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new Problem("smtp-extra", "url", url);
        }
        if (from == null || from.isBlank()) {
            throw new Problem("mail-from-missing");
        }
        try {
            new InternetAddress(from.strip(), true);
        } catch (AddressException e) {
            throw new Problem("bad-mail-from", "address", from);
        }
        boolean hasUser = user != null && !user.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasUser != hasPassword) {
            throw new Problem("smtp-user-without-password", "user", USER_VARIABLE, "password", PASSWORD_VARIABLE);
        }
        int port = uri.getPort() == -1 ? security.defaultPort : uri.getPort();
        return new SmtpSettings(security, uri.getHost(), port, from.strip(), hasUser ? user.strip() : null,
                hasPassword ? password : null);
    }

    /** The server as a person reads it, without user or password: {@code smtps://mail.example.org:465}. */
    public String where() {
        return security.scheme + "://" + host + ":" + port;
    }

    @Override
    public String toString() {
        return where() + " from " + from + (user == null ? "" : " as " + user);
    }
}
