package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.inclusionscan.server.store.LinkRepository.PersonalLink;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A respondent answers through plain form posts (no JavaScript), resumes, submits, and cannot submit twice. */
class RespondentFlowTest {

    private static InclusionServer server;
    private static Coordinator coordinator;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig());
        coordinator = server.services().accounts().addCoordinator("coordinator@example.org", "a long enough password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Round round(LinkKind kind, int links) {
        return server.services().rounds().create(coordinator, new NewRound(new Organisation("Buurthuis <De Linde>",
                Region.BRUSSELS, Sector.COMMUNITY_WORK, List.of(TargetGroup.NEWCOMERS)), QuestionnaireRegistry.DEFAULT_ID,
                List.of(Language.NL, Language.FR, Language.EN), null, 3, kind, links, true));
    }

    @Test
    void every_item_is_one_radio_group_named_by_its_id_with_a_visible_label_per_value() {
        // GIVEN a respondent who joined with the join code
        Round round = round(LinkKind.SHARED, 0);
        Browser phone = new Browser(server.url());
        Browser.Page joinPage = phone.get("/join/" + round.joinKey() + "?lang=nl");
        assertThat(joinPage.status()).isEqualTo(200);
        // the promise says only what holds (docs/server.md, "Anonymity: who can learn what"), with the round's minimum
        assertThat(joinPage.document().text())
                .contains("Zodra je indient, worden je antwoorden bewaard zonder je naam en zonder je link. "
                        + "Je coördinator ziet alleen cijfers over het team, pas vanaf 3 deelnemers, "
                        + "en de opmerkingen als één lijst zonder namen.")
                .doesNotContain("niemand kan zien");
        Browser.Page joined = phone.post("/join/" + round.joinKey(), Map.of("code", round.joinCode().toLowerCase()));
        assertThat(joined.status()).isEqualTo(303);

        // WHEN the first page opens
        Document page = phone.open(joined.location()).document();

        // THEN each statement is a fieldset with a legend and six labelled radios named after the item
        List<Item> environment = QuestionnaireRegistry.defaultQuestionnaire().items().stream()
                .filter(item -> item.factor().domain() == QuestionnaireRegistry.defaultQuestionnaire().items().get(0).factor().domain())
                .toList();
        assertThat(page.select("fieldset.item")).hasSize(environment.size());
        for (Item item : environment) {
            var radios = page.select("input[type=radio][name=" + item.id() + "]");
            assertThat(radios.eachAttr("value")).containsExactly("1", "2", "3", "4", "5", "dont-know");
            for (Element radio : radios) {
                assertThat(radio.parent().tagName()).isEqualTo("label");
                assertThat(radio.parent().text()).isNotBlank();
            }
            assertThat(radios.first().closest("fieldset").selectFirst("legend").text()).isEqualTo(item.text(Language.NL));
        }
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/static/answers.js");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Buurthuis <De Linde>");
    }

    @Test
    void answers_are_saved_as_given_and_resumed_through_the_same_link_then_submitted_once() throws SQLException {
        // GIVEN a personal link
        Round round = round(LinkKind.PERSONAL, 2);
        PersonalLink link = server.services().rounds().overview(coordinator, round.id()).personalLinks().get(0);
        Browser phone = new Browser(server.url());
        Document first = phone.get("/answer/" + link.token()).document();
        String firstItem = first.select("fieldset.item input[type=radio]").first().attr("name");

        // WHEN the respondent answers one item and goes on, then closes the tab and comes back
        Browser.Page next = phone.post("/answer/" + link.token(), Map.of("page", "1", "action", "next", "lang", "fr",
                firstItem, "4"));
        assertThat(next.status()).isEqualTo(303);
        assertThat(next.location()).contains("page=2");
        Browser again = new Browser(server.url());
        Document resumed = again.get("/answer/" + link.token() + "?page=1").document();

        // THEN the answer is there, in the language chosen
        assertThat(resumed.selectFirst("input[name=" + firstItem + "][value=4]").hasAttr("checked")).isTrue();
        assertThat(resumed.selectFirst("html").attr("lang")).isEqualTo("fr");

        // WHEN the respondent hands in from the last page
        Document last = again.get("/answer/" + link.token() + "?page=99").document();
        assertThat(last.select("select[name=role]")).hasSize(1);
        assertThat(last.text()).contains("Dès que vous les remettez, vos réponses sont enregistrées sans votre nom et sans "
                + "votre lien. Votre coordinateur ne voit que des chiffres d'équipe, à partir de 3 répondants, "
                + "et les remarques en une seule liste, sans noms.").doesNotContain("personne ne peut voir");
        Browser.Page submitted = again.post("/answer/" + link.token(), Map.of("page", "5", "action", "submit", "details", "1",
                "role", "volunteer", "note", "<b>Merci</b>"));
        assertThat(submitted.status()).isEqualTo(303);

        // THEN the link shows thanks, and the answers sit in a response tied to nothing of the link
        assertThat(again.get(submitted.location()).document().select("#answered")).hasSize(1);
        assertThat(server.services().rounds().overview(coordinator, round.id()).respondents()).isEqualTo(1);
        server.database().sql().inTransaction(tx -> {
            assertThat(tx.count("SELECT COUNT(*) FROM draft_answers WHERE token = ?", link.token())).isZero();
            assertThat(tx.count("SELECT COUNT(*) FROM respondent_links WHERE token = ? AND role IS NULL AND note IS NULL "
                    + "AND state = 'submitted'", link.token())).isOne();
            assertThat(tx.count("SELECT COUNT(*) FROM pending_responses WHERE id = ?", link.token())).isZero();
            // Held until the round has its minimum (3) of responses: nothing written yet, the answers wait.
            assertThat(tx.count("SELECT COUNT(*) FROM responses WHERE round_id = ?", round.id())).isZero();
            assertThat(tx.count("SELECT COUNT(*) FROM pending_responses WHERE round_id = ? AND role = 'volunteer' AND note = ?",
                    round.id(), "<b>Merci</b>")).isOne();
            return null;
        });

        // AND a second submit through the used link is refused politely
        Browser.Page twice = again.post("/answer/" + link.token(), Map.of("page", "5", "action", "submit", "lang", "fr"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.document().select(".error-detail").text()).contains("Merci de votre participation");
        assertThat(twice.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void saving_with_the_script_answers_204_and_the_answer_is_kept() {
        Round round = round(LinkKind.PERSONAL, 1);
        PersonalLink link = server.services().rounds().overview(coordinator, round.id()).personalLinks().get(0);
        Browser phone = new Browser(server.url());
        Document page = phone.get("/answer/" + link.token()).document();
        String item = page.select("fieldset.item input[type=radio]").first().attr("name");

        Browser.Page saved = phone.post("/answer/" + link.token() + "/answers", Map.of(item, "dont-know"));

        assertThat(saved.status()).isEqualTo(204);
        assertThat(phone.get("/answer/" + link.token()).document().selectFirst("input[name=" + item + "][value=dont-know]")
                .hasAttr("checked")).isTrue();
    }
}
