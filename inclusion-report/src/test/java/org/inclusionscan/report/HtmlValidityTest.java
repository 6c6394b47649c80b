package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.inclusionscan.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The W3C Nu HTML checker (vnu), run in-process, finds no error in any HTML report. */
class HtmlValidityTest {

    static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String output = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new com.fasterxml.jackson.databind.ObjectMapper().readTree(output).path("messages")) {
            String type = message.path("type").asText();
            if (type.equals("error") || message.path("subType").asText().equals("fatal")) {
                errors.add("line " + message.path("lastLine").asText() + ": " + message.path("message").asText()
                        + " [" + message.path("extract").asText() + "]");
            }
        }
        return errors;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void reportsAreValidHtml5(Language language) throws Exception {
        Reporter reporter = Reporter.defaults();
        ReportOptions options = Fixtures.options(language);
        for (String scan : List.of("de-linde-2026", "single-respondent-youth-house")) {
            String html = reporter.render(Fixtures.result(scan), ReportFormat.HTML, options);

            assertThat(errors(html)).as(scan).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aReportWithATeamSessionAndReviewIsValidHtml5(Language language) throws Exception {
        String html = Reporter.defaults().render(Fixtures.result("de-linde-2026"), Fixtures.deLinde2026Session(), ReportFormat.HTML,
                Fixtures.options(language));

        assertThat(errors(html)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void comparisonIsValidHtml5(Language language) throws Exception {
        String html = Reporter.defaults().renderComparison(Fixtures.result("de-linde-2025"),
                Fixtures.result("de-linde-2026"), ReportFormat.HTML, Fixtures.options(language));

        assertThat(errors(html)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void comparisonWithTheEarlierAgreementsIsValidHtml5(Language language) throws Exception {
        String html = Reporter.defaults().renderComparison(Fixtures.result("de-linde-2025"), Fixtures.result("de-linde-2026"),
                Fixtures.deLinde2025Agreements(), ReportFormat.HTML, Fixtures.options(language));

        assertThat(errors(html)).isEmpty();
        assertThat(html).contains("<section id=\"review\"");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hostileNamesStayValidHtml5(Language language) throws Exception {
        String html = Reporter.defaults().render(HostileInputTest.hostileResult(), ReportFormat.HTML,
                Fixtures.options(language));

        assertThat(errors(html)).isEmpty();
    }
}
