package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON reports keep the published contract: docs/report.schema.json and docs/comparison.schema.json. */
class JsonSchemaTest {

    static final Path DOCS = Path.of("..", "docs");

    static JsonSchema schema(String file) throws IOException {
        try (InputStream in = Files.newInputStream(DOCS.resolve(file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void reportMatchesSchema(Language language) throws IOException {
        for (String scan : List.of("de-linde-2026", "de-linde-2025", "single-respondent-youth-house")) {
            // GIVEN a JSON report
            String json = Reporter.defaults().render(Fixtures.result(scan), ReportFormat.JSON, Fixtures.options(language));
            JsonNode report = Json.mapper().readTree(json);

            // WHEN it is validated
            Set<ValidationMessage> errors = schema("report.schema.json").validate(report);

            // THEN it keeps the contract, including the keys embedders rely on
            assertThat(errors).as(scan).isEmpty();
            assertThat(report.at("/scores/factors/network-vitality/mean").isNumber()).isTrue();
            assertThat(report.at("/tools/0/id").isTextual()).isTrue();
            assertThat(report.at("/recommendations/0/id").isTextual()).isTrue();
            assertThat(report.at("/recommendations/0/tools").isArray()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aReportWithATeamSessionAndReviewMatchesSchema(Language language) throws IOException {
        // GIVEN a JSON report with an agreed picture and reviewed earlier agreements
        String json = Reporter.defaults().render(Fixtures.result("de-linde-2026"), Fixtures.deLinde2026Session(), ReportFormat.JSON,
                Fixtures.options(language));
        JsonNode report = Json.mapper().readTree(json);

        // WHEN it is validated
        Set<ValidationMessage> errors = schema("report.schema.json").validate(report);

        // THEN it keeps the contract, grown by the 1.1 keys only
        assertThat(errors).isEmpty();
        assertThat(report.at("/schemaVersion").asText()).isEqualTo("1.1");
        assertThat(report.at("/agreedPicture/cards/0/sharedScore").isInt()).isTrue();
        assertThat(report.at("/agreementReview/counts/dropped").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void comparisonMatchesSchema(Language language) throws IOException {
        String json = Reporter.defaults().renderComparison(Fixtures.result("de-linde-2025"), Fixtures.result("de-linde-2026"),
                ReportFormat.JSON, Fixtures.options(language));

        Set<ValidationMessage> errors = schema("comparison.schema.json").validate(Json.mapper().readTree(json));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aComparisonWithTheEarlierAgreementsMatchesSchema(Language language) throws IOException {
        // GIVEN a JSON comparison with what became of the earlier round's agreements
        String json = Reporter.defaults().renderComparison(Fixtures.result("de-linde-2025"), Fixtures.result("de-linde-2026"),
                Fixtures.deLinde2025Agreements(), ReportFormat.JSON, Fixtures.options(language));
        JsonNode comparison = Json.mapper().readTree(json);

        // WHEN it is validated
        Set<ValidationMessage> errors = schema("comparison.schema.json").validate(comparison);

        // THEN it keeps the contract, grown by the optional agreementReview only
        assertThat(errors).isEmpty();
        assertThat(comparison.at("/schemaVersion").asText()).isEqualTo("1.1");
        assertThat(comparison.at("/agreementReview/agreements/2/status").asText()).isEqualTo("dropped");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void schemaRefusesAReportWithoutFactorMeans(Language language) throws IOException {
        String json = Reporter.defaults().render(Fixtures.result("de-linde-2026"), ReportFormat.JSON, Fixtures.options(language));
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.at("/scores/factors/image")).remove("mean");

        assertThat(schema("report.schema.json").validate(report)).isNotEmpty();
    }
}
