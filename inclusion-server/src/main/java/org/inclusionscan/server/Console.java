package org.inclusionscan.server;

import java.nio.file.Path;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.db.Database;

/** What serve and users share: the texts of the console and the database options. */
final class Console {

    static final String DB_USER_VARIABLE = "INCLUSION_DB_USER";
    static final String DB_PASSWORD_VARIABLE = "INCLUSION_DB_PASSWORD";
    static final String API_TOKEN_VARIABLE = "INCLUSION_API_TOKEN";

    private Console() {
    }

    static String text(Language language, String key, Object... namesAndValues) {
        return Texts.defaults().get(language, "console." + key, Texts.arguments(namesAndValues));
    }

    /** The JDBC URL: --db when given, else the embedded database in the data directory. */
    static String jdbcUrl(String db, Path data, Language language) {
        if (db != null) {
            if (!db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:h2:")) {
                throw new Main.CommandFailure(text(language, "bad-db-url", "url", db));
            }
            return db;
        }
        return Database.embeddedUrl(data);
    }

    /** Opens and migrates the database; a database that cannot be opened is a message, not a stack trace. */
    static Database open(String url, String user, String password, Language language) {
        try {
            return Database.open(url, user, password);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new Main.CommandFailure(text(language, "db-failed", "url", jdbcUrlWithoutSecrets(url),
                    "reason", String.valueOf(root.getMessage())));
        }
    }

    static Database open(String db, Path data, Language language) {
        Map<String, String> env = System.getenv();
        return open(jdbcUrl(db, data, language), env.get(DB_USER_VARIABLE), env.get(DB_PASSWORD_VARIABLE), language);
    }

    private static String jdbcUrlWithoutSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
