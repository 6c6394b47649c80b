package org.inclusionscan.server;

import java.util.Objects;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.server.mail.SmtpSettings;

/**
 * How a server runs. Secrets (database password, API token) come from the environment or a file,
 * never from the command line, where other users of the machine could read them.
 *
 * @param host          the address to listen on
 * @param port          the port; 0 picks a free one (tests)
 * @param jdbcUrl       the database: an H2 file URL or {@code jdbc:postgresql://...}
 * @param dbUser        the database user, or null
 * @param dbPassword    the database password, or null
 * @param apiToken      the bearer token of the JSON API; null switches the API off
 * @param publicUrl     the address people reach the server at, for the links it hands out; null
 *                      means {@code http://localhost:<port>}
 * @param secureCookies mark cookies Secure (on when the public URL is https)
 * @param maxBodyBytes  the largest request body accepted
 * @param smtp          the mail server ({@code --smtp}); null leaves mail out
 * @param organisationMinimum the fewest organisations a picture across organisations is shown over (issue 24;
 *                      default 5, never below 3)
 */
public record ServerConfig(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String apiToken,
        String publicUrl, boolean secureCookies, long maxBodyBytes, SmtpSettings smtp, int organisationMinimum) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port (%d) must be between 0 and 65535.".formatted(port));
        }
        if (apiToken != null && apiToken.length() < 16) {
            throw new IllegalArgumentException("The API token is too short (%d characters); use at least 16 random characters."
                    .formatted(apiToken.length()));
        }
        if (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        secureCookies = secureCookies || (publicUrl != null && publicUrl.startsWith("https:"));
        // Below 3 the library refuses, naming the value and the reason.
        new AggregateOptions(organisationMinimum, AggregateOptions.DEFAULT_TOP);
    }

    /** A server without mail, with the picture's default minimum of 5 organisations. */
    public ServerConfig(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String apiToken,
            String publicUrl, boolean secureCookies, long maxBodyBytes) {
        this(host, port, jdbcUrl, dbUser, dbPassword, apiToken, publicUrl, secureCookies, maxBodyBytes, null,
                AggregateOptions.DEFAULT_MINIMUM);
    }

    /** This server with another minimum of organisations for the picture across organisations (at least 3). */
    public ServerConfig withOrganisationMinimum(int value) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, apiToken, publicUrl, secureCookies, maxBodyBytes, smtp, value);
    }

    /** A server on the database, on a free port of localhost, without API: for tests. */
    public static ServerConfig forTests(String jdbcUrl) {
        return new ServerConfig("127.0.0.1", 0, jdbcUrl, null, null, null, null, false, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withApiToken(String token) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, token, publicUrl, secureCookies, maxBodyBytes, smtp,
                organisationMinimum);
    }

    public ServerConfig withDatabaseUser(String user, String password) {
        return new ServerConfig(host, port, jdbcUrl, user, password, apiToken, publicUrl, secureCookies, maxBodyBytes, smtp,
                organisationMinimum);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, jdbcUrl, dbUser, dbPassword, apiToken, publicUrl, secureCookies, maxBodyBytes, smtp,
                organisationMinimum);
    }

    public ServerConfig withPublicUrl(String value) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, apiToken, value, secureCookies, maxBodyBytes, smtp,
                organisationMinimum);
    }

    public ServerConfig withSmtp(SmtpSettings value) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, apiToken, publicUrl, secureCookies, maxBodyBytes, value,
                organisationMinimum);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, apiToken, publicUrl, secureCookies, value, smtp,
                organisationMinimum);
    }
}
