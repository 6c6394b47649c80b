package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.service.PlatformService.ApiCaller;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.testing.ApiClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The picture across organisations on the demo (issue 24): Het Anker's report shows where it stands
 * among five other service centres; an administrator sees Anderlecht's startfoto and chooses freely;
 * a coordinator who is no administrator reaches only the fixed selections of their organisation,
 * whatever the query string says; the API answers the platform's token only, 409 below the minimum.
 */
class BenchmarkFlowTest {

    private static final String PLATFORM_TOKEN = "platform-token-0123456789abcdef";
    private static final String PASSWORD = "Copper kettle rowing 47 north";

    private static InclusionServer server;
    private static DemoData.Login demo;
    private static String anker;
    private static String ankerRound;
    private static String lindegem;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(PLATFORM_TOKEN));
        demo = DemoData.load(server.database(), Clock.systemDefaultZone());
        Round open = server.services().platform().roundFor(ApiCaller.PLATFORM, demo.openRoundId());
        anker = open.organisationId();
        ankerRound = open.previousRoundId();
        lindegem = server.database().sql().inTransaction(tx -> tx.one("SELECT id FROM organisations WHERE name = ?",
                row -> row.getString(1), "Sociale dienst gemeente Lindegem")).orElseThrow();
        // A coordinator of Het Anker who is no administrator
        Coordinator coordinator = server.services().accounts().addCoordinator("coordinator@anker.example", PASSWORD);
        server.database().sql().inTransaction(tx -> {
            new CoordinatorRepository().addToOrganisation(tx, coordinator.id(), anker);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * A report page without the server's "where you stand" section (which must be there): the rest is the library's
     * report, which other tests compare byte for byte.
     */
    static String withoutStanding(String page) {
        java.util.regex.Matcher standing = java.util.regex.Pattern.compile("<section id=\"where-you-stand\".*?</section>\n?",
                java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(standing.find()).as("the where-you-stand section").isTrue();
        return standing.replaceFirst("");
    }

    private static Browser login(String email, String password) {
        Browser browser = new Browser(server.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", email, "password", password)).status()).isEqualTo(303);
        return browser;
    }

    @Test
    void the_report_of_het_anker_shows_where_it_stands_among_five_other_service_centres() {
        Browser browser = login(demo.email(), demo.password());

        Browser.Page report = browser.get("/rounds/" + ankerRound + "/report?lang=en");

        assertThat(report.status()).isEqualTo(200);
        Document document = report.document();
        assertThat(document.select("main section#where-you-stand h2").text()).isEqualTo("Where you stand");
        assertThat(document.select("#where-you-stand p").first().text()).contains("5 other organisations of the same sector");
        assertThat(document.select("#where-you-stand tbody tr")).hasSize(24);
        assertThat(document.select("#where-you-stand tbody tr").first().select("td").last().text())
                .isIn("below the middle half", "in the middle half", "above the middle half");
        // the downloads keep the report's own contract
        assertThat(browser.get("/rounds/" + ankerRound + "/report?format=json").body()).doesNotContain("where-you-stand");
    }

    @Test
    void an_administrator_sees_a_municipality_s_startfoto_and_chooses_freely() throws Exception {
        Browser admin = login(demo.email(), demo.password());

        Browser.Page page = admin.get("/admin/benchmark?municipality=21001&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#count").text()).isEqualTo("This selection holds 7 organisations.");
        assertThat(page.document().select("#municipality option[selected]").text()).isEqualTo("Anderlecht (21001)");

        Browser.Page json = admin.get("/admin/benchmark/report?format=json&municipality=21001&lang=en");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        JsonNode aggregate = ApiClient.json(json.response());
        assertThat(aggregate.get("kind").asText()).isEqualTo("aggregate");
        assertThat(aggregate.get("organisations").asInt()).isEqualTo(7);
        Browser.Page html = admin.get("/admin/benchmark/report?municipality=21001&lang=en");
        assertThat(html.header("Content-Security-Policy")).doesNotContain("script-src 'self'");
        assertThat(html.document().select("table caption").size()).isPositive();
        assertThat(admin.get("/admin/benchmark/report?format=csv&municipality=21001").header("Content-Type")).startsWith("text/csv");

        // a selection of fewer than five says why; an unknown id is a located 400
        Browser.Page youthCare = admin.get("/admin/benchmark?sector=youth-care&lang=en");
        assertThat(youthCare.document().select("#withheld").text()).contains("holds 0 organisations").contains("from 5 on");
        assertThat(admin.get("/admin/benchmark?region=mars").status()).isEqualTo(400);
    }

    @Test
    void a_coordinator_reaches_only_the_fixed_selections_of_their_organisation() throws Exception {
        Browser coordinator = login("coordinator@anker.example", PASSWORD);

        // no free choice
        assertThat(coordinator.get("/admin/benchmark").status()).isEqualTo(404);
        assertThat(coordinator.get("/admin/benchmark/report?format=json").status()).isEqualTo(404);
        assertThat(coordinator.get("/admin/benchmark/report?format=json&municipality=Lindegem").status()).isEqualTo(404);

        // the fixed selections, each without Het Anker: sector 5, region 13, municipality 6
        Browser.Page page = coordinator.get("/organisations/" + anker + "/benchmark?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#selection-sector td").first().text()).isEqualTo("5");
        assertThat(page.document().select("#selection-region td").first().text()).isEqualTo("13");
        assertThat(page.document().select("#selection-municipality td").first().text()).isEqualTo("6");

        // a crafted query string changes nothing: the same selections, the same figures
        String crafted = "&region=flanders&sector=youth-care&municipality=Lindegem&targetGroup=poverty&organisation=" + lindegem
                + "&exclude=&kind=all";
        Browser.Page craftedPage = coordinator.get("/organisations/" + anker + "/benchmark?lang=en" + crafted);
        assertThat(craftedPage.document().select("table").outerHtml()).isEqualTo(page.document().select("table").outerHtml());
        String sector = coordinator.get("/organisations/" + anker + "/benchmark/sector?format=json&lang=en").body();
        String craftedSector = coordinator.get("/organisations/" + anker + "/benchmark/sector?format=json&lang=en" + crafted).body();
        JsonNode sectorJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sector);
        JsonNode craftedJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(craftedSector);
        assertThat(sectorJson.get("organisations").asInt()).isEqualTo(5);
        assertThat(sectorJson.get("groups")).isEmpty();
        assertThat(craftedJson.get("figures")).isEqualTo(sectorJson.get("figures"));

        // another selection kind, another organisation, and a path trick are not found
        assertThat(coordinator.get("/organisations/" + anker + "/benchmark/all?format=json").status()).isEqualTo(404);
        assertThat(coordinator.get("/organisations/" + anker + "/benchmark/own?format=json").status()).isEqualTo(404);
        assertThat(coordinator.get("/organisations/" + lindegem + "/benchmark").status()).isEqualTo(404);
        assertThat(coordinator.get("/organisations/" + lindegem + "/benchmark/sector?format=json").status()).isEqualTo(404);
        assertThat(new Browser(server.url()).get("/organisations/" + anker + "/benchmark/sector").status()).isIn(303, 401);
    }

    @Test
    void the_api_answers_the_platform_token_with_the_aggregate_or_409_below_the_minimum() throws Exception {
        ApiClient platform = new ApiClient(URI.create(server.url()), PLATFORM_TOKEN);

        HttpResponse<String> anderlecht = platform.get("/api/v1/benchmark?municipality=21001&lang=en");
        assertThat(anderlecht.statusCode()).isEqualTo(200);
        JsonNode json = ApiClient.json(anderlecht);
        assertThat(json.get("organisations").asInt()).isEqualTo(7);
        assertThat(json.get("figures").get("factors").size()).isEqualTo(24);
        assertThat(ApiClient.json(platform.get("/api/v1/benchmark?region=brussels&sector=local-service-centre"))
                .get("organisations").asInt()).isEqualTo(6);

        HttpResponse<String> few = platform.get("/api/v1/benchmark?region=flanders");
        assertThat(few.statusCode()).isEqualTo(409);
        assertThat(few.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(few);
        assertThat(problem.get("reason").asText()).isEqualTo("below-minimum");
        assertThat(problem.get("organisations").asInt()).isEqualTo(1);
        assertThat(problem.get("minimum").asInt()).isEqualTo(5);
        assertThat(problem.get("status").asInt()).isEqualTo(409);

        assertThat(platform.get("/api/v1/benchmark?sector=spaceport").statusCode()).isEqualTo(400);
        assertThat(new ApiClient(URI.create(server.url()), "wrong-token-0123456789").get("/api/v1/benchmark").statusCode())
                .isEqualTo(401);

        // an organisation's token does not reach the picture across organisations
        Browser admin = login(demo.email(), demo.password());
        admin.get("/organisations/" + anker + "/manage");
        String token = admin.post("/organisations/" + anker + "/tokens", Map.of("name", "Case system")).document()
                .selectFirst("input#secret").attr("value");
        assertThat(new ApiClient(URI.create(server.url()), token).get("/api/v1/benchmark?municipality=21001").statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_administrator_sets_the_municipality_and_a_wrong_code_is_refused_at_its_field() {
        Browser admin = login(demo.email(), demo.password());
        admin.get("/organisations/" + lindegem + "/manage");

        Browser.Page refused = admin.post("/organisations/" + lindegem + "/municipality",
                Map.of("municipality", "Lindegem", "municipalityCode", "12"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("(12)");

        admin.get("/organisations/" + lindegem + "/manage");
        Browser.Page saved = admin.post("/organisations/" + lindegem + "/municipality",
                Map.of("municipality", " Lindegem ", "municipalityCode", "gm 0999"));
        assertThat(saved.status()).isEqualTo(303);
        Browser.Page manage = admin.get("/organisations/" + lindegem + "/manage");
        assertThat(manage.document().select("#municipality").attr("value")).isEqualTo("Lindegem");
        assertThat(manage.document().select("#municipalityCode").attr("value")).isEqualTo("GM0999");

        // a hostile name stays text on every page that shows it
        admin.get("/organisations/" + lindegem + "/manage");
        String hostile = "<b id=\"x\">Lindegem</b> \"&\" ' <script>alert(1)</script>";
        assertThat(admin.post("/organisations/" + lindegem + "/municipality", Map.of("municipality", hostile)).status())
                .isEqualTo(303);
        for (String path : List.of("/organisations/" + lindegem + "/manage", "/admin/benchmark", "/admin/audit",
                "/organisations/" + lindegem + "/benchmark")) {
            Browser.Page shown = admin.get(path);
            assertThat(shown.status()).as(path).isEqualTo(200);
            assertThat(shown.body()).as(path).doesNotContain("<b id=\"x\">").doesNotContain("<script>alert(1)");
            assertThat(shown.document().select("b#x")).as(path).isEmpty();
        }
        assertThat(admin.get("/admin/benchmark").document().select("#municipality option").eachText())
                .contains("<b id=\"x\">Lindegem</b> \"&\" ' <script>alert(1)</script>");

        // a coordinator who is no administrator cannot change it
        Browser coordinator = login("coordinator@anker.example", PASSWORD);
        coordinator.get("/organisations/" + anker + "/manage");
        assertThat(coordinator.post("/organisations/" + anker + "/municipality", Map.of("municipality", "Gent")).status())
                .isEqualTo(404);
    }
}
