package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.service.RespondentService.Changes;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 2: the scan export (page and API) applies the report's rules. No row names a role
 * the report keeps hidden, no row carries a note, the rows come shuffled with fresh ids, and the
 * export scores to the round's report. That report equals {@code bin/inclusion score} on the export
 * in everything but the team's breakdown by role (the export's neutral rows say "other", so its own
 * report counts them as one role) and the notes (the report's sorted list; the export has none), so
 * those three fields are compared apart; where no role is neutralised and nobody left a note, the
 * reports are equal byte for byte. On H2, and on PostgreSQL with {@code -Dinclusion.test.db=postgresql}.
 */
class ExportAnonymityTest {

    private static final String TOKEN = "test-token-export-anonymity";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Advisor ADVISOR = Advisor.defaults();

    private static InclusionServer server;
    private static DemoData.Login demo;
    private static Coordinator coordinator;
    private static String lindegem;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN));
        demo = DemoData.load(server.services().database(), Clock.systemDefaultZone());
        coordinator = server.services().accounts().login(demo.email(), demo.password(), "127.0.0.1").coordinator();
        lindegem = server.services().rounds().roundsOf(coordinator).stream()
                .filter(summary -> summary.round().organisation().name().contains("Lindegem")).findFirst().orElseThrow().round().id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser loggedIn() {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", demo.email(), "password", demo.password())).status()).isEqualTo(303);
        return browser;
    }

    private static String api(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + TOKEN).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String export(Browser browser, String roundId) {
        Browser.Page page = browser.get("/rounds/" + roundId + "/scan");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** The JSON report {@code bin/inclusion score} writes for the exported scan. */
    private static JsonNode scored(String export) {
        Scan scan = ScanReader.create().read(export, "export");
        return json(Reporter.withTexts(ADVISOR.texts()).render(ADVISOR.evaluate(scan), ReportFormat.JSON, ReportOptions.in(Language.EN)));
    }

    /** Role id to respondents, over the export's rows. */
    private static Map<String, Integer> rowRoles(String export) {
        Map<String, Integer> roles = new TreeMap<>();
        json(export).get("respondents").forEach(row -> roles.merge(row.get("role").asText(), 1, Integer::sum));
        return roles;
    }

    private static Map<String, Integer> roleCounts(JsonNode roles) {
        Map<String, Integer> counts = new TreeMap<>();
        roles.forEach(role -> counts.put(role.get("role").asText(), role.get("respondents").asInt()));
        return counts;
    }

    /** The report without the team's role breakdown and notes, the only parts the export cannot give back. */
    private static JsonNode withoutRolesAndNotes(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.get("team")).remove(List.of("roles", "hiddenRoles", "notes"));
        return copy;
    }

    /** Equal JSON, numbers up to 1e-9 (the sums run in another order over shuffled rows). */
    private static void assertSameJson(JsonNode actual, JsonNode expected, String path) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.doubleValue()).as(path).isCloseTo(expected.doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
        } else if (expected.isObject()) {
            assertThat(iterable(actual.fieldNames())).as(path).containsExactlyElementsOf(iterable(expected.fieldNames()));
            expected.fields().forEachRemaining(field -> assertSameJson(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey()));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameJson(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** Every row: a role, answers and a fresh id, and nothing else (no note). */
    private static void assertRowsCarryNoNote(String export) {
        for (JsonNode row : json(export).get("respondents")) {
            assertThat(iterable(row.fieldNames())).containsExactlyInAnyOrder("id", "role", "answers");
            assertThat(row.get("id").asText()).doesNotMatch("r[0-9]+");
        }
    }

    @Test
    void the_demo_lindegem_export_names_no_role_below_the_minimum_and_scores_to_the_rounds_report() {
        // GIVEN the demo's Lindegem round: board and frontline are one person each, so the report hides every role
        Browser browser = loggedIn();
        Browser.Page page = browser.get("/rounds/" + lindegem + "/report?format=json&lang=en");
        assertThat(page.status()).isEqualTo(200);
        JsonNode report = json(page.body());
        assertThat(report.at("/team/roles")).isEmpty();
        assertThat(roleCounts(report.at("/team/hiddenRoles"))).containsEntry("board", 1).containsEntry("frontline", 1);

        // WHEN the round is exported on the round's page and through the API
        List<String> exports = List.of(export(browser, lindegem), api("/api/v1/rounds/" + lindegem + "/scan"));

        // THEN each export is a valid scan whose rows name no role, carry no note, and score to the round's report
        for (String export : exports) {
            assertThat(rowRoles(export)).isEqualTo(Map.of("other", 5));
            assertRowsCarryNoNote(export);
            JsonNode scored = scored(export);
            assertSameJson(withoutRolesAndNotes(scored), withoutRolesAndNotes(report), "report");
            // (the export's own report breaks the team down as one role "other" of all 5: no one apart from the rest)
            assertThat(roleCounts(scored.at("/team/roles"))).isEqualTo(Map.of("other", 5));
            assertThat(scored.at("/team/hiddenRoles")).isEmpty();
        }
        // AND the page says what an export holds
        assertThat(browser.get("/rounds/" + lindegem + "?lang=en").document().select("#export-holds").text())
                .contains("random order").contains("at least 5 people").contains("notes are left out");
    }

    @Test
    void two_exports_of_one_round_differ_in_ids_and_order() {
        Browser browser = loggedIn();
        List<JsonNode> exports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            exports.add(json(export(browser, lindegem)));
            exports.add(json(api("/api/v1/rounds/" + lindegem + "/scan")));
        }

        // No id comes back in another export
        Set<String> ids = new HashSet<>();
        for (JsonNode export : exports) {
            export.get("respondents").forEach(row -> assertThat(ids.add(row.get("id").asText())).isTrue());
        }
        assertThat(ids).hasSize(6 * 5);
        // The rows' order changes: six exports of 5 rows all in one order would happen once in 120^5
        Set<List<JsonNode>> orders = new HashSet<>();
        for (JsonNode export : exports) {
            List<JsonNode> answers = new ArrayList<>();
            export.get("respondents").forEach(row -> answers.add(row.get("answers")));
            orders.add(answers);
        }
        assertThat(orders).hasSizeGreaterThan(1);
        // and the same answers come back each time
        Set<Set<JsonNode>> contents = new HashSet<>();
        for (JsonNode export : exports) {
            Set<JsonNode> answers = new HashSet<>();
            export.get("respondents").forEach(row -> answers.add(row.get("answers")));
            contents.add(answers);
        }
        assertThat(contents).hasSize(1);
    }

    /** A closed round of its own organisation (so no earlier round changes its report), answered by these people. */
    private static Round madeRound(String name, List<String> roles, Map<Integer, String> notes) {
        Round round = server.services().rounds().create(coordinator, new NewRound(new Organisation(name, Region.BRUSSELS,
                Sector.COMMUNITY_WORK, List.of()), QuestionnaireRegistry.DEFAULT_ID, List.of(Language.NL), null, 3,
                LinkKind.PERSONAL, roles.size(), false));
        List<Item> items = QuestionnaireRegistry.defaultQuestionnaire().items();
        var links = server.services().rounds().overview(coordinator, round.id()).personalLinks();
        // Answers drawn once from a fixed seed: no two factors are exactly as divided, so the order of the
        // disagreement topics does not hang on the last bit of a sum that runs over the rows in another order.
        java.util.Random draw = new java.util.Random(20);
        for (int person = 0; person < roles.size(); person++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Item item : items) {
                answers.put(item.id(), String.valueOf(1 + draw.nextInt(5)));
            }
            String token = links.get(person).token();
            server.services().respondents().save(token, new Changes(answers, Language.NL, roles.get(person), notes.get(person), true));
            server.services().respondents().submit(token);
        }
        server.services().rounds().close(coordinator, round.id());
        return round;
    }

    @Test
    void a_made_round_export_keeps_only_the_roles_the_report_shows_and_its_notes_stay_in_the_report() {
        // GIVEN 15 people: 5 staff, 5 volunteers, one board member, one front-line worker, 3 others; four left a note
        List<String> roles = new ArrayList<>();
        roles.addAll(java.util.Collections.nCopies(5, "staff"));
        roles.addAll(java.util.Collections.nCopies(5, "volunteer"));
        roles.addAll(List.of("board", "frontline", "other", "other", "other"));
        Map<Integer, String> notes = Map.of(10, "De raad hoort ons niet", 11, "Meer tijd voor de buurt", 0, "Zeker doen",
                3, "Alles goed");
        Round round = madeRound("Buurthuis De Made " + java.util.UUID.randomUUID(), roles, notes);
        Browser browser = loggedIn();
        JsonNode report = json(browser.get("/rounds/" + round.id() + "/report?format=json&lang=en").body());

        // WHEN it is exported twice
        List<String> exports = List.of(export(browser, round.id()), api("/api/v1/rounds/" + round.id() + "/scan"));

        // THEN the report shows staff and volunteers, and lists the rest with their counts and the notes sorted
        assertThat(roleCounts(report.at("/team/roles"))).isEqualTo(Map.of("staff", 5, "volunteer", 5));
        assertThat(roleCounts(report.at("/team/hiddenRoles"))).isEqualTo(Map.of("board", 1, "frontline", 1, "other", 3));
        List<String> reportNotes = new ArrayList<>();
        report.at("/team/notes").forEach(note -> reportNotes.add(note.asText()));
        assertThat(reportNotes).containsExactly("Alles goed", "De raad hoort ons niet", "Meer tijd voor de buurt", "Zeker doen");
        for (String export : exports) {
            // AND the rows name staff and volunteers, the five others say "other", and no note is anywhere in the file
            assertThat(rowRoles(export)).isEqualTo(Map.of("staff", 5, "volunteer", 5, "other", 5));
            assertRowsCarryNoNote(export);
            notes.values().forEach(note -> assertThat(export).doesNotContain(note));
            // AND scoring it gives the round's report, the role breakdown counting the neutral rows as one role of 5
            JsonNode scored = scored(export);
            assertSameJson(withoutRolesAndNotes(scored), withoutRolesAndNotes(report), "report");
            assertThat(roleCounts(scored.at("/team/roles"))).isEqualTo(Map.of("staff", 5, "volunteer", 5, "other", 5));
            assertSameJson(scored.at("/team/roles/0"), report.at("/team/roles/0"), "staff");
            assertSameJson(scored.at("/team/roles/1"), report.at("/team/roles/1"), "volunteer");
        }
        // AND the round's other report formats and the API's carry no note apart from the report's list, no hidden role's scores
        String csv = browser.get("/rounds/" + round.id() + "/report?format=csv&lang=en").body();
        notes.values().forEach(note -> assertThat(csv).doesNotContain(note));
        JsonNode apiReport = json(api("/api/v1/rounds/" + round.id() + "/report?format=json&lang=en"));
        assertThat(roleCounts(apiReport.at("/team/roles"))).isEqualTo(Map.of("staff", 5, "volunteer", 5));
    }

    @Test
    void where_no_role_is_hidden_and_nobody_left_a_note_the_export_scores_to_the_rounds_report_byte_for_byte() {
        List<String> roles = new ArrayList<>(java.util.Collections.nCopies(5, "staff"));
        roles.addAll(java.util.Collections.nCopies(6, "frontline"));
        Round round = madeRound("Wijkhuis Byte " + java.util.UUID.randomUUID(), roles, Map.of());
        Browser browser = loggedIn();

        // The page adds the server's "where you stand" section (issue 24) to the library's report; the rest is the report
        String report = BenchmarkFlowTest.withoutStanding(browser.get("/rounds/" + round.id() + "/report?lang=fr").body());
        String export = export(browser, round.id());

        assertThat(rowRoles(export)).isEqualTo(Map.of("staff", 5, "frontline", 6));
        Scan scan = ScanReader.create().read(export, "export");
        assertThat(report).isEqualTo(Reporter.withTexts(ADVISOR.texts()).render(ADVISOR.evaluate(scan), ReportFormat.HTML,
                ReportOptions.in(Language.FR).withMinimumRoleSize(RoundService.ROLE_MINIMUM)));
    }
}
