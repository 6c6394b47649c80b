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
    static String jdbcUrl(String db, Path data) {
        if (db != null) {
            if (!db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:h2:")) {
                throw new Main.CommandFailure("--db (" + db + ") must be a jdbc:postgresql:// or jdbc:h2: URL.");
            }
            return db;
        }
        return Database.embeddedUrl(data);
    }

    static Database open(String db, Path data) {
        String url = jdbcUrl(db, data);
        Map<String, String> env = System.getenv();
        return Database.open(url, env.get(DB_USER_VARIABLE), env.get(DB_PASSWORD_VARIABLE));
    }
}
