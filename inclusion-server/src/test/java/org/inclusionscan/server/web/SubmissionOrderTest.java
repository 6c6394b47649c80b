package org.inclusionscan.server.web;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 4: the database's own rows must not tell in which order people handed in, beyond
 * groups of at least the round's anonymity minimum. Respondents submit one by one through the web
 * pages, each with a marker in their note; after every submit the test reads the rows as a
 * database administrator would: in physical order (H2's {@code _ROWID_}, PostgreSQL's {@code ctid}),
 * the ids, PostgreSQL's inserting transaction ({@code xmin}) and every column's type. Runs on H2
 * and, with {@code -Dinclusion.test.db=postgresql}, on PostgreSQL.
 */
class SubmissionOrderTest {

    private static final int MINIMUM = 5;
    private static final int RESPONDENTS = 12;
    // A response's answers are a column of its own row (V11), so these two tables hold everything handed in.
    private static final List<String> TABLES = List.of("responses", "pending_responses");

    @Test
    void rows_reveal_no_submission_order_beyond_groups_of_the_minimum() throws Exception {
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            // GIVEN a round with a minimum of 5 and 12 personal links
            Coordinator coordinator = server.services().accounts().addCoordinator("c@example.org", "a long enough password");
            Round round = round(server, coordinator, RESPONDENTS);
            List<String> tokens = server.services().rounds().overview(coordinator, round.id()).personalLinks().stream()
                    .map(link -> link.token()).toList();
            Sql sql = server.database().sql();
            boolean h2 = server.database().isEmbedded();

            // WHEN they hand in one after the other, each with a marker in the note
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < RESPONDENTS; i++) {
                Browser phone = new Browser(server.url());
                phone.get("/answer/" + tokens.get(i) + "?page=99");
                Browser.Page submitted = phone.post("/answer/" + tokens.get(i), Map.of("page", "99", "action", "submit",
                        "details", "1", "role", "staff", "note", marker(i), "legislation-1", String.valueOf(1 + i % 5)));
                then(submitted.status()).isEqualTo(303);

                // THEN nothing is written until a group of 5 is complete, and then the whole group at once
                int handedIn = i + 1;
                List<String> written = physicalOrder(sql, h2, round.id());
                then(written).as("written after %d submits", handedIn).hasSize(handedIn / MINIMUM * MINIMUM);
                then(count(sql, "SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", round.id()))
                        .isEqualTo(handedIn % MINIMUM);
                then(server.services().rounds().overview(coordinator, round.id()).respondents()).isEqualTo(handedIn);
                if (handedIn % MINIMUM == 0) {
                    List<String> group = written.subList(written.size() - MINIMUM, written.size());
                    then(group).containsExactlyInAnyOrderElementsOf(markers(handedIn - MINIMUM, handedIn));
                    groups.add(List.copyOf(group));
                    if (!h2) {
                        then(count(sql, "SELECT COUNT(DISTINCT xmin::text) FROM responses WHERE round_id = ?", round.id()))
                                .as("PostgreSQL transactions that wrote the groups").isEqualTo(groups.size());
                    }
                }
            }
            // Within each group the order is a shuffle (both groups in submission order: 1 in 14,400).
            then(groups).hasSize(2).isNotEqualTo(List.of(markers(0, 5), markers(5, 10)));
            Set<String> idsBeforeClose = new HashSet<>(sql.inTransaction(tx -> tx.list(
                    "SELECT id FROM responses WHERE round_id = ?", row -> row.getString(1), round.id())));

            // WHEN the round closes
            server.services().rounds().close(coordinator, round.id());

            // THEN all 12 are written, in one random order, with fresh ids, by one transaction
            List<String> closed = physicalOrder(sql, h2, round.id());
            then(closed).containsExactlyInAnyOrderElementsOf(markers(0, RESPONDENTS)).isNotEqualTo(markers(0, RESPONDENTS));
            // (the answers are in the same rows, so they are in the same order)
            then(count(sql, "SELECT COUNT(*) FROM responses WHERE round_id = ? AND answers LIKE '%:%'", round.id()))
                    .isEqualTo(RESPONDENTS);
            then(count(sql, "SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", round.id())).isZero();
            then(count(sql, "SELECT written_responses FROM rounds WHERE id = ?", round.id())).isEqualTo(RESPONDENTS);
            List<String> ids = sql.inTransaction(tx -> tx.list("SELECT id FROM responses WHERE round_id = ?",
                    row -> row.getString(1), round.id()));
            then(ids).hasSize(RESPONDENTS).doesNotContainAnyElementsOf(idsBeforeClose).doesNotContainAnyElementsOf(tokens);
            if (!h2) {
                then(count(sql, "SELECT COUNT(DISTINCT xmin::text) FROM responses WHERE round_id = ?", round.id())).isOne();
            }

            // AND no column of a response, held or written, holds a date or time
            List<String> columns = sql.inTransaction(tx -> tx.list("SELECT LOWER(table_name), LOWER(column_name), "
                    + "LOWER(data_type) FROM information_schema.columns WHERE LOWER(table_name) IN (?, ?) "
                    + "AND table_schema = CURRENT_SCHEMA", row -> row.getString(1) + "." + row.getString(2) + " "
                            + row.getString(3), TABLES.toArray()));
            then(columns).isNotEmpty().noneMatch(column -> column.contains("date") || column.contains("time"));
        }
    }

    @Test
    void groups_are_written_whole_when_two_servers_take_submits_at_once() throws Exception {
        // GIVEN two servers on one database, a round with a minimum of 5 and 23 links
        ServerConfig config = TestDatabase.serverConfig();
        try (InclusionServer first = InclusionServer.start(config); InclusionServer second = InclusionServer.start(config)) {
            Coordinator coordinator = first.services().accounts().addCoordinator("c@example.org", "a long enough password");
            Round round = round(first, coordinator, 23);
            List<String> tokens = first.services().rounds().overview(coordinator, round.id()).personalLinks().stream()
                    .map(link -> link.token()).toList();

            // WHEN all 23 hand in at once, half through each server
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String base = (i % 2 == 0 ? first : second).url();
                String note = marker(i);
                statuses.add(pool.submit(() -> {
                    Browser phone = new Browser(base);
                    phone.get("/answer/" + token + "?page=99");
                    return phone.post("/answer/" + token, Map.of("page", "99", "action", "submit", "details", "1",
                            "note", note, "legislation-1", "3")).status();
                }));
            }
            for (Future<Integer> status : statuses) {
                then(status.get(2, TimeUnit.MINUTES)).isEqualTo(303);
            }
            pool.shutdown();

            // THEN four whole groups are written and three wait; nothing got lost or doubled
            Sql sql = first.database().sql();
            then(count(sql, "SELECT COUNT(*) FROM responses WHERE round_id = ?", round.id())).isEqualTo(20);
            then(count(sql, "SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", round.id())).isEqualTo(3);
            // AND the number kept on the round's row, written by both servers, is the number of rows
            then(count(sql, "SELECT written_responses FROM rounds WHERE id = ?", round.id())).isEqualTo(20);
            then(first.services().rounds().overview(coordinator, round.id()).respondents()).isEqualTo(23);
            if (!first.database().isEmbedded()) {
                List<Integer> perTransaction = sql.inTransaction(tx -> tx.list(
                        "SELECT COUNT(*) FROM responses WHERE round_id = ? GROUP BY xmin::text", row -> row.getInt(1), round.id()));
                then(perTransaction).containsExactly(5, 5, 5, 5);
            }
            second.services().rounds().close(coordinator, round.id());
            then(physicalOrder(sql, first.database().isEmbedded(), round.id()))
                    .containsExactlyInAnyOrderElementsOf(markers(0, 23));
            then(count(sql, "SELECT COUNT(*) FROM pending_responses WHERE round_id = ?", round.id())).isZero();
        }
    }

    private static Round round(InclusionServer server, Coordinator coordinator, int links) {
        return server.services().rounds().create(coordinator, new NewRound(new Organisation("Samen", Region.FLANDERS,
                Sector.OTHER, List.of()), QuestionnaireRegistry.DEFAULT_ID, List.of(Language.NL), null, MINIMUM,
                LinkKind.PERSONAL, links, false));
    }

    /** The round's written notes in the order the database keeps their rows. */
    private static List<String> physicalOrder(Sql sql, boolean h2, String roundId) {
        return sql.inTransaction(tx -> tx.list("SELECT note FROM responses WHERE round_id = ? ORDER BY "
                + (h2 ? "_ROWID_" : "ctid"), row -> row.getString(1), roundId));
    }

    private static int count(Sql sql, String query, Object... parameters) {
        return sql.inTransaction(tx -> tx.count(query, parameters));
    }

    private static String marker(int i) {
        return "marker %02d".formatted(i + 1);
    }

    private static List<String> markers(int from, int to) {
        return IntStream.range(from, to).mapToObj(SubmissionOrderTest::marker).toList();
    }
}
