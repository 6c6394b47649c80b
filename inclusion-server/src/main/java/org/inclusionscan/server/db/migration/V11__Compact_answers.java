package org.inclusionscan.server.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.inclusionscan.server.store.AnswerCodes;

/**
 * Issue 25, item 4: a handed-in response keeps its answers in one column of its own row
 * ({@code item:code,item:code}, see {@link AnswerCodes#encode}) instead of one row per item, for the
 * written responses and for the holding area alike. A full response then costs the database one row
 * to hold, one to move and one to write, where it cost 72 rows each time. Existing answers are moved
 * over in this migration; the two answer tables are dropped. A Java migration because the one SQL
 * that would build the text (LISTAGG on H2, string_agg on PostgreSQL) differs between the databases.
 * The round's row also keeps its number of written responses, which counting the rows took longer
 * to tell with every response.
 */
public class V11__Compact_answers extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        compact(connection, "responses", "response_answers", "response_id");
        compact(connection, "pending_responses", "pending_answers", "pending_id");
        try (Statement statement = connection.createStatement()) {
            // The number of written responses, kept on the round's row (ResponseRepository.written).
            statement.execute("ALTER TABLE rounds ADD COLUMN written_responses INTEGER DEFAULT 0 NOT NULL");
            statement.execute("UPDATE rounds SET written_responses = (SELECT COUNT(*) FROM responses WHERE responses.round_id = rounds.id)");
        }
    }

    // The table names are the constants above, never input.
    private static void compact(Connection connection, String table, String answerTable, String key) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ADD COLUMN answers VARCHAR(" + AnswerCodes.MAX_ENCODED + ")");
        }
        Map<String, Map<String, Integer>> byResponse = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + key + ", item_id, answer FROM " + answerTable);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                byResponse.computeIfAbsent(rows.getString(1), id -> new TreeMap<>()).put(rows.getString(2), rows.getInt(3));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET answers = ? WHERE id = ?")) {
            for (Map.Entry<String, Map<String, Integer>> response : byResponse.entrySet()) {
                update.setString(1, AnswerCodes.encodeCodes(response.getValue()));
                update.setString(2, response.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            // A response without any answer row (possible only by hand) keeps an empty set of answers.
            statement.execute("UPDATE " + table + " SET answers = '' WHERE answers IS NULL");
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN answers SET NOT NULL");
            statement.execute("DROP TABLE " + answerTable);
        }
    }
}
