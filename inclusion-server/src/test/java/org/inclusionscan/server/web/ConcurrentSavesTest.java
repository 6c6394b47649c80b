package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.inclusionscan.server.service.RoundService.NewRound;
import org.junit.jupiter.api.Test;

/**
 * Respondents saving and submitting at the same time: every acknowledged answer is stored, every
 * acknowledged submit counted (a correctness check, not the load benchmark).
 */
class ConcurrentSavesTest {

    private static final int RESPONDENTS = 30;
    private static final int ANSWERS = 12;

    @Test
    void every_acknowledged_save_and_submit_is_in_the_database() throws Exception {
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            Coordinator coordinator = server.services().accounts().addCoordinator("c@example.org", "a long enough password");
            Round round = server.services().rounds().create(coordinator, new NewRound(new Organisation("Samen", Region.FLANDERS,
                    Sector.OTHER, List.of()), QuestionnaireRegistry.DEFAULT_ID, List.of(Language.NL), null, 3,
                    LinkKind.PERSONAL, RESPONDENTS, false));
            List<String> tokens = server.services().rounds().overview(coordinator, round.id()).personalLinks().stream()
                    .map(link -> link.token()).toList();
            List<Item> items = QuestionnaireRegistry.defaultQuestionnaire().items().subList(0, ANSWERS);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<Integer>> acknowledged = new ArrayList<>();
            for (String token : tokens) {
                acknowledged.add(pool.submit(() -> {
                    Browser phone = new Browser(server.url());
                    phone.get("/answer/" + token);
                    int ok = 0;
                    for (int i = 0; i < items.size(); i++) {
                        if (phone.post("/answer/" + token + "/answers", Map.of(items.get(i).id(), String.valueOf(1 + i % 5)))
                                .status() == 204) {
                            ok++;
                        }
                    }
                    return phone.post("/answer/" + token, Map.of("action", "submit", "page", "5")).status() == 303 ? ok : -1;
                }));
            }
            int saved = 0;
            for (Future<Integer> result : acknowledged) {
                int ok = result.get(2, TimeUnit.MINUTES);
                assertThat(ok).isEqualTo(ANSWERS);
                saved += ok;
            }
            pool.shutdown();

            int stored = server.database().sql().inTransaction(tx -> tx.list(
                    "SELECT answers FROM responses WHERE round_id = ?", row -> row.getString(1).split(",").length, round.id()))
                    .stream().mapToInt(Integer::intValue).sum();
            assertThat(stored).isEqualTo(saved).isEqualTo(RESPONDENTS * ANSWERS);
            assertThat(server.services().rounds().overview(coordinator, round.id()).respondents()).isEqualTo(RESPONDENTS);
        }
    }
}
