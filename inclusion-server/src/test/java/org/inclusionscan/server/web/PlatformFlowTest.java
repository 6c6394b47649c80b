package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inclusionscan.json.Json;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.testing.ApiClient;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host runs the platform: an administrator makes two organisations and invites a coordinator to
 * each; a coordinator gives a case system a token that reaches only its organisation's rounds; an
 * administrator removes a coordinator, hands out a new password link, erases a round and an
 * organisation (nothing of them stays in any table), and reads the audit log.
 */
class PlatformFlowTest {

    private static final String ADMIN = "admin@platform.example";
    private static final String PASSWORD = "Copper kettle rowing 47 north";
    private static final String PLATFORM_TOKEN = "platform-token-0123456789abcdef";

    private static InclusionServer server;
    private static DemoData.Login demo;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(PLATFORM_TOKEN));
        server.services().platform().addAdmin(ADMIN, PASSWORD);
        demo = DemoData.load(server.database(), Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser login(String email, String password) {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", email, "password", password)).status()).isEqualTo(303);
        return browser;
    }

    private static String organisation(Browser admin, String name) {
        admin.get("/admin");
        Browser.Page made = admin.post("/admin/organisations", Map.of("name", name));
        assertThat(made.status()).isEqualTo(303);
        String id = made.location().replace("/organisations/", "").replace("/manage", "");
        assertThat(admin.get("/organisations/" + id + "/manage").body()).contains(name.replace("&", "&amp;"));
        return id;
    }

    /** Invites the address to the organisation; returns the one-time link as the page shows it. */
    private static String invite(Browser admin, String organisation, String email) {
        admin.get("/organisations/" + organisation + "/manage");
        Browser.Page shown = admin.post("/organisations/" + organisation + "/invitations", Map.of("email", email));
        assertThat(shown.status()).isEqualTo(200);
        return shown.document().selectFirst("input#secret").attr("value");
    }

    private static Browser accept(String link, String password) {
        Browser browser = new Browser(server.url());
        Browser.Page form = browser.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Cache-Control")).contains("no-store");
        Browser.Page accepted = browser.post(link, Map.of("password", password, "again", password));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(303);
        assertThat(accepted.location()).isEqualTo("/rounds");
        return browser;
    }

    @Test
    void an_administrator_sets_up_two_organisations_and_a_token_reaches_only_its_own() throws Exception {
        // GIVEN an administrator with two organisations, each with an invited coordinator
        Browser admin = login(ADMIN, PASSWORD);
        assertThat(admin.get("/admin").body()).contains("id=\"rule-set\"");
        String north = organisation(admin, "Buurtwerk Noord & Co");
        String south = organisation(admin, "Welzijnshuis Zuid");
        String northLink = invite(admin, north, "ann@north.example");
        String southLink = invite(admin, south, "bob@south.example");
        assertThat(northLink).startsWith(server.url() + "/invitations/");
        Browser ann = accept(northLink, "velvet harbour lantern 19");
        Browser bob = accept(southLink, "granite meadow whistle 83");

        // THEN a link works once, and each coordinator reaches only their own organisation's page
        assertThat(new Browser(server.url()).get(northLink).status()).isEqualTo(404);
        assertThat(ann.get("/organisations/" + north + "/manage").status()).isEqualTo(200);
        assertThat(ann.get("/organisations/" + south + "/manage").status()).isEqualTo(404);
        assertThat(ann.get("/admin").status()).isEqualTo(404);
        assertThat(bob.get("/organisations/" + north + "/manage").status()).isEqualTo(404);

        // WHEN Ann makes a token for a case system
        ann.get("/organisations/" + north + "/manage");
        Browser.Page made = ann.post("/organisations/" + north + "/tokens", Map.of("name", "Case system <North>"));
        String token = made.document().selectFirst("input#secret").attr("value");
        assertThat(made.body()).doesNotContain("<North>");
        ApiClient northApi = new ApiClient(URI.create(server.url()), token);
        JsonNode round = northApi.createRound("Any name the system sends", 3);
        String roundId = round.get("id").asText();

        // THEN the round belongs to North, has a join code, and shows on Ann's page, not Bob's
        assertThat(round.get("joinCode").asText()).hasSizeGreaterThan(3);
        assertThat(ann.get("/rounds").body()).contains(roundId).contains("Buurtwerk Noord &amp; Co");
        assertThat(bob.get("/rounds").body()).doesNotContain(roundId);
        assertThat(ann.get("/organisations/" + north + "/manage").document().select("#tokens td").text())
                .doesNotContain("never").doesNotContain("nooit");
        // AND the token reaches no other organisation's round, nor the demo's
        ApiClient platform = new ApiClient(URI.create(server.url()), PLATFORM_TOKEN);
        assertThat(northApi.get("/api/v1/rounds/" + demo.openRoundId() + "/scan").statusCode()).isEqualTo(404);
        assertThat(northApi.submit(demo.openRoundId(), "staff", NumberedAnswers.of(1)).statusCode()).isEqualTo(404);
        assertThat(northApi.close(demo.openRoundId()).statusCode()).isEqualTo(404);
        assertThat(platform.get("/api/v1/rounds/" + roundId + "/report").statusCode()).isEqualTo(409);
        for (int i = 0; i < 3; i++) {
            assertThat(northApi.submit(roundId, "staff", NumberedAnswers.of(i)).statusCode()).isEqualTo(201);
        }
        assertThat(northApi.close(roundId).statusCode()).isEqualTo(200);
        assertThat(northApi.get("/api/v1/rounds/" + roundId + "/report").statusCode()).isEqualTo(200);

        // WHEN the token is revoked THEN it opens nothing any more
        Browser.Page manage = ann.get("/organisations/" + north + "/manage");
        String revoke = manage.document().selectFirst("#tokens form").attr("action");
        assertThat(ann.post(revoke, Map.of()).status()).isEqualTo(303);
        assertThat(northApi.get("/api/v1/rounds/" + roundId + "/report").statusCode()).isEqualTo(401);

        // WHEN the administrator removes Bob THEN his session ends; a new password link brings Ann a new password
        String bobId = server.database().sql().inTransaction(tx -> tx.one("SELECT id FROM coordinators WHERE email = ?",
                row -> row.getString(1), "bob@south.example")).orElseThrow();
        admin.get("/organisations/" + south + "/manage");
        assertThat(admin.post("/organisations/" + south + "/coordinators/" + bobId + "/remove", Map.of()).status()).isEqualTo(303);
        assertThat(bob.get("/rounds").status()).isIn(401, 303);
        String annId = server.database().sql().inTransaction(tx -> tx.one("SELECT id FROM coordinators WHERE email = ?",
                row -> row.getString(1), "ann@north.example")).orElseThrow();
        admin.get("/organisations/" + north + "/manage");
        String reset = admin.post("/organisations/" + north + "/coordinators/" + annId + "/link", Map.of()).document()
                .selectFirst("input#secret").attr("value");
        accept(reset, "saffron bicycle thunder 52");
        Browser old = new Browser(server.url());
        old.get("/login");
        assertThat(old.post("/login", Map.of("email", "ann@north.example", "password", "velvet harbour lantern 19")).status())
                .isEqualTo(401);

        // AND the audit log has each step, with who did it
        String audit = admin.get("/admin/audit").document().select("#audit").text();
        assertThat(audit).contains(ADMIN).contains("ann@north.example").contains("api-token:Case system <North>")
                .contains("Buurtwerk Noord & Co").contains("Welzijnshuis Zuid");
        assertThat(count(server.database().sql(), "SELECT COUNT(*) FROM audit_log WHERE action = 'token-revoked'")).isEqualTo(1);
        assertThat(count(server.database().sql(), "SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND actor = '" + ADMIN + "'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void erasing_a_round_and_an_organisation_leaves_nothing_of_them_in_any_table() throws Exception {
        // GIVEN the demo's Het Anker: rounds with answers, links, team sessions, places and agreements
        Sql sql = server.database().sql();
        String anker = sql.inTransaction(tx -> tx.one("SELECT organisation_id FROM rounds WHERE id = ?", row -> row.getString(1),
                demo.openRoundId())).orElseThrow();
        Map<String, Set<String>> owned = owned(sql, anker);
        assertThat(owned.get("session_id")).isNotEmpty();
        assertThat(owned.get("response_id")).isNotEmpty();
        assertThat(owned.get("pending_id")).as("the open round's four answers wait for the fifth").hasSize(4);
        Browser admin = login(ADMIN, PASSWORD);

        // WHEN a wrong confirmation is given THEN nothing is erased
        admin.get("/organisations/" + anker + "/erase");
        Browser.Page refused = admin.post("/organisations/" + anker + "/erase", Map.of("confirm", "Het"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(count(sql, "SELECT COUNT(*) FROM rounds WHERE organisation_id = '" + anker + "'")).isGreaterThan(1);

        // WHEN the administrator erases one round, then the organisation, confirming with its name
        String name = sql.inTransaction(tx -> tx.one("SELECT name FROM organisations WHERE id = ?", row -> row.getString(1), anker))
                .orElseThrow();
        Browser.Page confirm = admin.get("/rounds/" + demo.openRoundId() + "/erase");
        assertThat(confirm.body()).contains(name);
        assertThat(admin.post("/rounds/" + demo.openRoundId() + "/erase", Map.of("confirm", name)).status()).isEqualTo(303);
        assertThat(count(sql, "SELECT COUNT(*) FROM rounds WHERE id = '" + demo.openRoundId() + "'")).isZero();
        Browser.Page page = admin.get("/organisations/" + anker + "/erase");
        assertThat(page.body()).contains(name);
        assertThat(admin.post("/organisations/" + anker + "/erase", Map.of("confirm", name)).status()).isEqualTo(303);

        // THEN no table keeps a row that names one of its rounds, sessions, responses, links or the organisation
        assertThat(remaining(sql, owned)).isEmpty();
        // AND the audit log keeps that it happened, and nothing anybody answered
        String audit = admin.get("/admin/audit").body();
        assertThat(audit).contains(name);
        assertThat(count(sql, "SELECT COUNT(*) FROM audit_log WHERE action IN ('round-erased', 'organisation-erased')"))
                .isEqualTo(2);
        assertThat(audit).doesNotContain("cafetaria");
    }

    @Test
    void an_organisations_data_downloads_as_one_archive_of_its_closed_rounds() throws Exception {
        // GIVEN the demo's Lindegem, with one closed round at its minimum
        Sql sql = server.database().sql();
        String lindegem = sql.inTransaction(tx -> tx.one("SELECT id FROM organisations WHERE name LIKE '%Lindegem%'",
                row -> row.getString(1))).orElseThrow();
        Browser admin = login(ADMIN, PASSWORD);

        // WHEN the administrator downloads its archive
        HttpResponse<byte[]> zip = admin.download("/organisations/" + lindegem + "/archive.zip");

        // THEN it holds the scan and twelve reports per round, the agreements and a README
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> entries = unzip(zip.body());
        assertThat(entries).containsKeys("README.txt", "agreements.csv");
        assertThat(entries.keySet().stream().filter(name -> name.endsWith("/scan.json"))).hasSize(1);
        assertThat(entries.keySet().stream().filter(name -> name.contains("/report-"))).hasSize(12)
                .anyMatch(name -> name.endsWith("report-fr.html")).anyMatch(name -> name.endsWith("report-en.csv"));
        assertThat(entries.get("README.txt")).contains("Lindegem");
        // AND its scan follows the export's rules (ExportAnonymityTest): Lindegem's roles (board 1, staff 2, front line 1,
        // other 1) are all below the role minimum, so each of its 5 rows says "other"; no row carries a note or a stored id
        assertThat(scansFollowTheExportRules(entries, sql, lindegem)).isEqualTo(Map.of("other", 5));
        // AND so does the scan of a round whose respondents left notes and where two roles reach the minimum: staff 5,
        // volunteer 5 keep their role, board 1, front line 1 and other 3 (5 together) say "other" (as ExportAnonymityTest)
        ApiClient platform = new ApiClient(URI.create(server.url()), PLATFORM_TOKEN);
        String roundId = platform.createRound("Archief <met notities>", 3).get("id").asText();
        List<String> roles = List.of("staff", "staff", "staff", "staff", "staff", "volunteer", "volunteer", "volunteer",
                "volunteer", "volunteer", "board", "frontline", "other", "other", "other");
        for (int i = 0; i < roles.size(); i++) {
            HttpResponse<String> added = platform.post("/api/v1/rounds/" + roundId + "/responses", Map.of("role", roles.get(i),
                    "note", "Eigen notitie nummer " + i + " van " + roles.get(i), "answers", NumberedAnswers.of(i)));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        assertThat(platform.close(roundId).statusCode()).isEqualTo(200);
        String archived = sql.inTransaction(tx -> tx.one("SELECT organisation_id FROM rounds WHERE id = ?", row -> row.getString(1),
                roundId)).orElseThrow();
        assertThat(notes(sql, archived)).hasSize(roles.size());
        HttpResponse<byte[]> archivedZip = admin.download("/organisations/" + archived + "/archive.zip");
        assertThat(archivedZip.statusCode()).isEqualTo(200);
        assertThat(scansFollowTheExportRules(unzip(archivedZip.body()), sql, archived))
                .isEqualTo(Map.of("staff", 5, "volunteer", 5, "other", 5));
        // AND somebody who does not coordinate it gets nothing
        Browser stranger = accept(invite(admin, organisation(admin, "Elders"), "eve@elders.example"), "quiet orchard ferry 36!");
        assertThat(stranger.get("/organisations/" + lindegem + "/archive.zip").status()).isEqualTo(404);
    }

    private static Map<String, String> unzip(byte[] zip) throws java.io.IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** The notes the organisation's respondents left, as stored. */
    private static List<String> notes(Sql sql, String organisation) {
        return sql.inTransaction(tx -> tx.list("SELECT p.note FROM responses p JOIN rounds r ON r.id = p.round_id "
                + "WHERE r.organisation_id = ? AND p.note IS NOT NULL AND p.note <> ''", row -> row.getString(1), organisation));
    }

    /**
     * Checks every {@code scan.json} of an archive as ExportAnonymityTest checks the scan export: each row holds an id,
     * a role and answers and nothing else, no id of a stored response, and no respondent's note is anywhere in it.
     *
     * @return the rows' roles over all scans, role to rows (the caller checks them against the report's role minimum)
     */
    private static Map<String, Integer> scansFollowTheExportRules(Map<String, String> entries, Sql sql, String organisation) throws Exception {
        List<String> storedIds = sql.inTransaction(tx -> tx.list("SELECT p.id FROM responses p JOIN rounds r "
                + "ON r.id = p.round_id WHERE r.organisation_id = ?", row -> row.getString(1), organisation));
        List<String> notes = notes(sql, organisation);
        Map<String, Integer> roles = new java.util.TreeMap<>();
        int scans = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!entry.getKey().endsWith("/scan.json")) {
                continue;
            }
            JsonNode scan = Json.mapper().readTree(entry.getValue());
            scans++;
            for (JsonNode row : scan.get("respondents")) {
                List<String> fields = new ArrayList<>();
                row.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as(entry.getKey()).containsExactlyInAnyOrder("id", "role", "answers");
                assertThat(storedIds).as(entry.getKey()).doesNotContain(row.get("id").asText());
                roles.merge(row.get("role").asText(), 1, Integer::sum);
            }
            List<String> texts = new ArrayList<>();
            collectTexts(scan, texts);
            for (String note : notes) {
                assertThat(texts).as(entry.getKey()).noneMatch(text -> text.contains(note));
            }
        }
        assertThat(scans).as("scans in the archive").isPositive();
        return roles;
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    /** Every id that belongs to the organisation, by the column name that refers to it. */
    private static Map<String, Set<String>> owned(Sql sql, String organisation) {
        return sql.inTransaction(tx -> {
            Map<String, Set<String>> ids = new LinkedHashMap<>();
            ids.put("organisation_id", Set.of(organisation));
            Set<String> rounds = Set.copyOf(tx.list("SELECT id FROM rounds WHERE organisation_id = ?", row -> row.getString(1),
                    organisation));
            ids.put("round_id", rounds);
            ids.put("previous_round_id", rounds);
            List<String> sessions = new ArrayList<>();
            List<String> responses = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (String round : rounds) {
                pending.addAll(tx.list("SELECT id FROM pending_responses WHERE round_id = ?", row -> row.getString(1), round));
                sessions.addAll(tx.list("SELECT id FROM team_sessions WHERE round_id = ?", row -> row.getString(1), round));
                responses.addAll(tx.list("SELECT id FROM responses WHERE round_id = ?", row -> row.getString(1), round));
                tokens.addAll(tx.list("SELECT token FROM respondent_links WHERE round_id = ?", row -> row.getString(1), round));
            }
            ids.put("session_id", Set.copyOf(sessions));
            ids.put("response_id", Set.copyOf(responses));
            ids.put("token", Set.copyOf(tokens));
            ids.put("pending_id", Set.copyOf(pending));
            return ids;
        });
    }

    /** "table.column = id" for each row that still names one of the ids, found through the database's own catalogue. */
    private static List<String> remaining(Sql sql, Map<String, Set<String>> owned) {
        return sql.inTransaction(tx -> {
            List<String> left = new ArrayList<>();
            List<String[]> columns = tx.list("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA", row -> new String[] {row.getString(1), row.getString(2)});
            for (String[] column : columns) {
                Set<String> ids = owned.get(column[1].toLowerCase(Locale.ROOT));
                if (ids == null || column[0].toLowerCase(Locale.ROOT).equals("audit_log")) {
                    continue;
                }
                for (String id : ids) {
                    if (tx.count("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " = ?", id) > 0) {
                        left.add(column[0] + "." + column[1] + " = " + id);
                    }
                }
            }
            for (String id : owned.get("round_id")) {
                if (tx.count("SELECT COUNT(*) FROM rounds WHERE id = ?", id) > 0) {
                    left.add("rounds.id = " + id);
                }
            }
            if (tx.count("SELECT COUNT(*) FROM organisations WHERE id = ?", owned.get("organisation_id").iterator().next()) > 0) {
                left.add("organisations.id");
            }
            assertThat(columns).as("the catalogue lists this schema's columns").hasSizeGreaterThan(30);
            return left;
        });
    }

    private static int count(Sql sql, String query) {
        return sql.inTransaction(tx -> tx.count(query));
    }
}
