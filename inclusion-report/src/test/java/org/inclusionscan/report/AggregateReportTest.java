package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.Quartiles;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The aggregate report in every format and language: JSON against docs/aggregate.schema.json, HTML
 * valid (and written to target/reports for the axe-core check), texts from the bundles, withheld
 * figures said and never shown, CSV safe for spreadsheets.
 */
class AggregateReportTest {

    private static final Reporter REPORTER = Reporter.defaults();

    @ParameterizedTest
    @EnumSource(Language.class)
    void jsonMatchesTheSchemaShownAndWithheld(Language language) throws IOException {
        for (Aggregation aggregation : List.of(AggregateFixtures.shown(), AggregateFixtures.withheld())) {
            // GIVEN an aggregate as JSON
            JsonNode json = Json.mapper().readTree(REPORTER.renderAggregate(aggregation, ReportFormat.JSON, Fixtures.options(language)));

            // WHEN it is validated
            Set<ValidationMessage> errors = JsonSchemaTest.schema("aggregate.schema.json").validate(json);

            // THEN it keeps the contract
            assertThat(errors).as("%s, %d organisations", language, aggregation.organisations()).isEmpty();
            assertThat(json.at("/language").asText()).isEqualTo(language.id());
        }
    }

    @Test
    void jsonHoldsTheFiguresOfTheLibrary() throws IOException {
        // GIVEN twelve organisations
        Aggregation aggregation = AggregateFixtures.shown();

        // WHEN rendered as JSON
        JsonNode json = Json.mapper().readTree(REPORTER.renderAggregate(aggregation, ReportFormat.JSON, Fixtures.options(Language.EN)));

        // THEN the figures are the aggregation's, rounded to four decimals, and the groups say what is withheld and why
        Quartiles vision = aggregation.figures().factor(Factor.VISION).distribution().quartiles();
        assertThat(json.at("/organisations").asInt()).isEqualTo(12);
        assertThat(json.at("/minimum").asInt()).isEqualTo(5);
        assertThat(json.at("/quartileMethod").asText()).isEqualTo("hyndman-fan-7");
        assertThat(json.at("/figures/factors/vision/median").asDouble()).isEqualTo(Math.round(vision.median() * 10000) / 10000.0);
        assertThat(json.at("/figures/factors/vision/label").asText()).isEqualTo("Vision");
        assertThat(json.at("/figures/cells").size()).isEqualTo(12);
        JsonNode children = group(json, "target-group", "children");
        assertThat(children.at("/withheld/reason").asText()).isEqualTo("below-minimum");
        assertThat(children.at("/withheld/organisations").asInt()).isEqualTo(2);
        assertThat(children.at("/withheld/minimum").asInt()).isEqualTo(5);
        assertThat(children.has("figures")).isFalse();
        assertThat(group(json, "region", "flanders").at("/figures/overall/organisations").asInt()).isEqualTo(5);
    }

    @Test
    void fourOrganisationsGiveOnlyTheReason() throws IOException {
        JsonNode json = Json.mapper().readTree(REPORTER.renderAggregate(AggregateFixtures.withheld(), ReportFormat.JSON,
                Fixtures.options(Language.NL)));

        assertThat(json.at("/withheld").toString()).isEqualTo("{\"reason\":\"below-minimum\",\"organisations\":4,\"minimum\":5}");
        assertThat(json.has("figures")).isFalse();
        assertThat(json.at("/groups").size()).isZero();
    }

    @Test
    void theSchemaRefusesFiguresBesideAWithheldReasonAndAQuartileOutOfRange() throws IOException {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.JSON,
                Fixtures.options(Language.EN)));
        ObjectNode withReason = json.deepCopy();
        withReason.putObject("withheld").put("reason", "below-minimum").put("organisations", 4).put("minimum", 5);
        ObjectNode badQuartile = json.deepCopy();
        ((ObjectNode) badQuartile.at("/figures/factors/image")).put("q3", 5.5);
        ObjectNode minimumTwo = json.deepCopy();
        minimumTwo.put("minimum", 2);
        ObjectNode withheldFactorWithMedian = json.deepCopy();
        ((ObjectNode) withheldFactorWithMedian.at("/figures/factors/image")).putObject("withheld").put("reason", "below-minimum")
                .put("organisations", 4).put("minimum", 5);
        ObjectNode unknownKey = json.deepCopy();
        ((ObjectNode) unknownKey.at("/figures/overall")).put("min", 1.0);

        for (ObjectNode wrong : List.of(withReason, badQuartile, minimumTwo, withheldFactorWithMedian, unknownKey)) {
            assertThat(JsonSchemaTest.schema("aggregate.schema.json").validate(wrong)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlIsValidAndWrittenForTheAccessibilityCheck(Language language) throws Exception {
        for (Aggregation aggregation : List.of(AggregateFixtures.shown(), AggregateFixtures.withheld())) {
            // GIVEN an aggregate as HTML
            String html = REPORTER.renderAggregate(aggregation, ReportFormat.HTML, Fixtures.options(language));

            // THEN it is valid HTML5, and it goes where the axe-core check (src/test/a11y/run.sh) looks
            assertThat(HtmlValidityTest.errors(html)).isEmpty();
            Files.createDirectories(GoldenFileTest.OUTPUT);
            Files.writeString(GoldenFileTest.OUTPUT.resolve("aggregate-" + aggregation.organisations() + "." + language.id() + ".html"),
                    html, StandardCharsets.UTF_8);
        }
    }

    @Test
    void theHeatmapIsATableWithColourAndTheValueAsText() {
        String html = REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.HTML, Fixtures.options(Language.EN));

        assertThat(html).contains("<table class=\"heatmap\">").contains("<caption>Median per domain and dimension");
        assertThat(html).containsPattern("<td class=\"num level-(low|moderate|good|strong)\"><strong>\\d\\.\\d\\d</strong><br>(Weak|Moderate|Good|Strong)<br>");
        assertThat(html).contains("class=\"spread\" aria-hidden=\"true\"");
        assertThat(html).contains("Withheld: only 2 organisations, and figures are shown from 5 on");
    }

    @Test
    void everyLanguageHasItsOwnTexts() throws IOException {
        String nl = REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.MARKDOWN, Fixtures.options(Language.NL));
        String fr = REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.MARKDOWN, Fixtures.options(Language.FR));
        String en = REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.MARKDOWN, Fixtures.options(Language.EN));
        Files.createDirectories(GoldenFileTest.OUTPUT);
        Files.writeString(GoldenFileTest.OUTPUT.resolve("aggregate-12.en.md"), en, StandardCharsets.UTF_8);

        assertThat(nl).startsWith("# Het beeld over organisaties heen").contains("Spreiding per factor").contains("Onderste kwartiel");
        assertThat(fr).startsWith("# La vue d'ensemble des organisations").contains("Dispersion par facteur").contains("Médiane");
        assertThat(en).startsWith("# The picture across organisations").contains("Spread per factor").contains("| Laws and regulations | Political and social environment | 12 |");
        assertThat(nl).doesNotContain("report.aggregate").doesNotContain("{");
        assertThat(fr).doesNotContain("report.aggregate").doesNotContain("{");
        assertThat(en).doesNotContain("report.aggregate").doesNotContain("{");
        // Decimal comma in Dutch and French, point in English
        assertThat(nl).containsPattern("\\| \\d,\\d\\d \\|");
        assertThat(en).containsPattern("\\| \\d\\.\\d\\d \\|");
    }

    @Test
    void withheldMarkdownSaysWhyAndShowsNoFigure() {
        String md = REPORTER.renderAggregate(AggregateFixtures.withheld(), ReportFormat.MARKDOWN, Fixtures.options(Language.EN));

        assertThat(md).contains("**Withheld: only 4 organisations, and figures are shown from 5 on");
        assertThat(md).doesNotContain("Spread per factor").doesNotContain("Median");
    }

    @Test
    void csvHasARowPerFigureAndWithheldRowsSayWhy() {
        String csv = REPORTER.renderAggregate(AggregateFixtures.shown(), ReportFormat.CSV, Fixtures.options(Language.EN));
        List<String> lines = List.of(csv.split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("\"group_kind\",\"group\",\"type\",\"id\",\"domain\",\"dimension\",\"label\",\"organisations\","
                + "\"absent\",\"withheld\",\"minimum\",\"q1\",\"median\",\"q3\",\"mean\",\"low\",\"moderate\",\"good\",\"strong\",\"weak\",\"share\"");
        assertThat(lines.get(1)).startsWith("\"\",\"\",\"selection\",\"\",\"\",\"\",\"The picture across organisations\",12,,\"\",5,");
        assertThat(lines).anyMatch(line -> line.startsWith("\"\",\"\",\"factor\",\"legislation\",\"environment\",\"\",\"Laws and regulations\",12,0,\"\",,"));
        assertThat(lines).contains("\"target-group\",\"children\",\"group\",\"children\",\"\",\"\",\"Children\",2,,\"below-minimum\",5,,,,,,,,,,");
        assertThat(lines).allMatch(line -> HostileTextTest.cells(line).size() == 21);
        HostileTextTest.assertNoFormulaCell(csv);
    }

    @Test
    void hostileIdsStayTextInEveryFormat() throws Exception {
        // GIVEN recommendation and tool ids a spreadsheet or a browser would run, without texts in the bundles
        String id = "x;=cmd|' /C calc'!A0;<script>alert(1)</script>";
        Aggregation aggregation = AggregateFixtures.hostile(id);
        ReportOptions options = Fixtures.options(Language.EN);

        // WHEN rendered
        String csv = REPORTER.renderAggregate(aggregation, ReportFormat.CSV, options);
        String html = REPORTER.renderAggregate(aggregation, ReportFormat.HTML, options);
        String md = REPORTER.renderAggregate(aggregation, ReportFormat.MARKDOWN, options);

        // THEN no CSV cell starts a formula, the HTML holds no script and stays valid, the Markdown no raw tag
        HostileTextTest.assertNoFormulaCell(csv);
        assertThat(csv).contains("x;'=cmd|");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(HtmlValidityTest.errors(html)).isEmpty();
        assertThat(md).doesNotContain("<script>").contains("\\<script\\>");
    }

    private static JsonNode group(JsonNode json, String kind, String id) {
        for (JsonNode group : json.at("/groups")) {
            if (group.at("/kind").asText().equals(kind) && group.at("/id").asText().equals(id)) {
                return group;
            }
        }
        throw new AssertionError("No group " + kind + " " + id);
    }
}
