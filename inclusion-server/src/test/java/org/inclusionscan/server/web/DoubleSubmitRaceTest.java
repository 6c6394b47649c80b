package org.inclusionscan.server.web;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RespondentService.Changes;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 1: a double click on Submit, or the script's autosave arriving while Submit is
 * pressed, must leave nothing on the submitted link (no draft answer, role, language or note) and
 * never answer 500. Real HTTP against a started server; the requests of each link are released
 * together by a barrier, and all links race at once. Runs on H2 and, with
 * {@code -Dinclusion.test.db=postgresql}, on PostgreSQL.
 */
class DoubleSubmitRaceTest {

    private static final int LINKS = 40;
    private static final int AUTOSAVES = 3;

    @Test
    void no_order_of_saves_and_submits_leaves_anything_on_a_submitted_link() throws Exception {
        // GIVEN 40 personal links, each with every item answered and a role and note saved as a draft
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            Coordinator coordinator = server.services().accounts().addCoordinator("c@example.org", "a long enough password");
            Round round = server.services().rounds().create(coordinator, new NewRound(new Organisation("Samen", Region.FLANDERS,
                    Sector.OTHER, List.of()), QuestionnaireRegistry.DEFAULT_ID, List.of(Language.NL, Language.FR), null, 3,
                    LinkKind.PERSONAL, LINKS, false));
            List<String> tokens = server.services().rounds().overview(coordinator, round.id()).personalLinks().stream()
                    .map(link -> link.token()).toList();
            List<Item> items = QuestionnaireRegistry.defaultQuestionnaire().items();
            Map<String, String> everything = new LinkedHashMap<>();
            items.forEach(item -> everything.put(item.id(), "4"));
            for (String token : tokens) {
                server.services().respondents().save(token, new Changes(everything, Language.NL, "staff", "draft note", true));
            }

            // WHEN even links get two submits at once (a double click) and odd ones a submit racing three autosaves
            ExecutorService pool = Executors.newCachedThreadPool();
            Map<String, Integer> statuses = new ConcurrentHashMap<>();
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                Browser phone = new Browser(server.url());
                then(phone.get("/answer/" + token + "?page=99").status()).isEqualTo(200);
                boolean doubleClick = i % 2 == 0;
                CyclicBarrier together = new CyclicBarrier(doubleClick ? 2 : 1 + AUTOSAVES);
                Map<String, String> submit = Map.of("page", "99", "action", "submit", "details", "1", "lang", "fr",
                        "role", "volunteer", "note", "last words " + i, items.get(0).id(), "2");
                requests.add(pool.submit(() -> race(together, statuses, "submit", () -> phone.post("/answer/" + token, submit))));
                for (int s = 0; s < (doubleClick ? 1 : AUTOSAVES); s++) {
                    String kind = doubleClick ? "submit" : "autosave";
                    Map<String, String> fields = doubleClick ? submit : Map.of(items.get(1 + s).id(), "dont-know");
                    String path = doubleClick ? "/answer/" + token : "/answer/" + token + "/answers";
                    requests.add(pool.submit(() -> race(together, statuses, kind,
                            () -> doubleClick ? phone.post(path, fields) : phone.postAsScript(path, fields))));
                }
            }
            for (Future<?> request : requests) {
                request.get(3, TimeUnit.MINUTES);
            }
            pool.shutdown();

            // THEN no request failed: each link's submit counted once, the rest were refused as "handed in already"
            int keepingSomething = server.database().sql().inTransaction(tx -> tx.count("SELECT COUNT(*) FROM "
                    + "respondent_links l WHERE l.round_id = ? AND l.state = 'submitted' AND (l.role IS NOT NULL "
                    + "OR l.note IS NOT NULL OR l.language IS NOT NULL "
                    + "OR EXISTS (SELECT 1 FROM draft_answers d WHERE d.token = l.token))", round.id()));
            System.out.printf("double submit race on %s: %s, submitted links that keep something: %d of %d%n",
                    server.database().isEmbedded() ? "H2" : "PostgreSQL", new java.util.TreeMap<>(statuses), keepingSomething,
                    LINKS);
            then(statuses.keySet()).allMatch(key -> key.equals("submit 303") || key.equals("submit 409")
                    || key.equals("autosave 204") || key.equals("autosave 409"));
            then(statuses.get("submit 303")).isEqualTo(LINKS);
            then(statuses.getOrDefault("submit 409", 0)).isEqualTo(LINKS / 2);

            // AND no submitted link keeps a draft answer, a role, a language or a note
            then(keepingSomething).as("submitted links that keep something").isZero();
            server.database().sql().inTransaction(tx -> {
                then(tx.count("SELECT COUNT(*) FROM respondent_links WHERE round_id = ? AND state = 'submitted'", round.id()))
                        .isEqualTo(LINKS);
                then(tx.count("SELECT COUNT(*) FROM draft_answers d JOIN respondent_links l ON l.token = d.token "
                        + "WHERE l.round_id = ?", round.id())).isZero();
                // Each link handed in exactly once, with the role and note of its last page.
                List<String> notes = tx.list("SELECT note FROM pending_responses WHERE round_id = ? AND role = 'volunteer' "
                        + "UNION ALL SELECT note FROM responses WHERE round_id = ? AND role = 'volunteer'",
                        row -> row.getString(1), round.id(), round.id());
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < LINKS; i++) {
                    expected.add("last words " + i);
                }
                then(notes).containsExactlyInAnyOrderElementsOf(expected);
                return null;
            });
            then(server.services().rounds().overview(coordinator, round.id()).respondents()).isEqualTo(LINKS);
        }
    }

    private static Void race(CyclicBarrier together, Map<String, Integer> statuses, String kind,
            java.util.function.Supplier<Browser.Page> request) throws Exception {
        together.await(60, TimeUnit.SECONDS);
        Browser.Page page = request.get();
        statuses.merge(kind + " " + page.status(), 1, Integer::sum);
        return null;
    }
}
