package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.session.RoundContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The comparison of two rounds shows what became of the earlier round's agreements, as the round report does. */
class ComparisonAgreementsTest {

    private static final Reporter REPORTER = Reporter.defaults();
    private final ScanResult earlier = Fixtures.result("de-linde-2025");
    private final ScanResult later = Fixtures.result("de-linde-2026");

    private String render(RoundContext round, ReportFormat format, Language language) {
        return REPORTER.renderComparison(earlier, later, round, format, Fixtures.options(language));
    }

    @Test
    void markdownListsEachAgreementWithItsStatusAndTheCounts() {
        // WHEN the comparison is rendered with the reviews of the 2025 agreements
        String markdown = render(Fixtures.deLinde2025Agreements(), ReportFormat.MARKDOWN, Language.EN);

        // THEN it has the round report's follow-up section: the counts, then each agreement with its status
        assertThat(markdown).contains("## Follow-up of earlier agreements")
                .contains("1 done, 1 ongoing, 1 dropped, 0 not yet reviewed")
                .contains("| Draw the neighbourhood map with visitors |").contains("| Done |")
                .contains("| A notice board at the entrance |").contains("| Ongoing |")
                .contains("| A visitors' council twice a year |").contains("| Dropped |");
        // after the recommendations, before the method
        assertThat(markdown.indexOf("## Follow-up of earlier agreements"))
                .isGreaterThan(markdown.indexOf("## How the recommendations changed"))
                .isLessThan(markdown.indexOf("## Appendix: how these figures are made"));
    }

    @Test
    void htmlListsEachAgreementWithItsStatusBadgeInEachLanguage() {
        String dutch = render(Fixtures.deLinde2025Agreements(), ReportFormat.HTML, Language.NL);
        String french = render(Fixtures.deLinde2025Agreements(), ReportFormat.HTML, Language.FR);

        assertThat(dutch).contains("<section id=\"review\"").contains("Opvolging van eerdere afspraken")
                .contains("1 uitgevoerd, 1 lopend, 1 stopgezet, 0 nog niet opgevolgd")
                .contains("<th scope=\"row\">Draw the neighbourhood map with visitors</th>")
                .contains("<span class=\"badge status-done\">Uitgevoerd</span>")
                .contains("<span class=\"badge status-ongoing\">Lopend</span>")
                .contains("<span class=\"badge status-dropped\">Stopgezet</span>")
                // the team's own words are escaped
                .contains("A visitors&#39; council twice a year");
        assertThat(french).contains("Suivi des accords précédents").contains("<span class=\"badge status-done\">Réalisé</span>");
    }

    @Test
    void jsonHasTheAgreementReviewAndSaysSchemaVersionOneOne() throws Exception {
        JsonNode json = Json.mapper().readTree(render(Fixtures.deLinde2025Agreements(), ReportFormat.JSON, Language.EN));

        assertThat(json.at("/schemaVersion").asText()).isEqualTo("1.1");
        assertThat(json.at("/agreementReview/counts/done").asInt()).isEqualTo(1);
        assertThat(json.at("/agreementReview/counts/ongoing").asInt()).isEqualTo(1);
        assertThat(json.at("/agreementReview/counts/dropped").asInt()).isEqualTo(1);
        assertThat(json.at("/agreementReview/counts/open").asInt()).isZero();
        JsonNode agreements = json.at("/agreementReview/agreements");
        assertThat(agreements).hasSize(3);
        assertThat(agreements.get(0).at("/action").asText()).isEqualTo("Draw the neighbourhood map with visitors");
        assertThat(agreements.get(0).at("/status").asText()).isEqualTo("done");
        assertThat(agreements.get(0).at("/agreedOn").asText()).isEqualTo("2025-12-01");
        assertThat(agreements.get(1).has("tool")).isFalse();
        assertThat(agreements.get(2).at("/status").asText()).isEqualTo("dropped");
    }

    @Test
    void csvAddsTheRoundColumnsAndAReviewRowPerAgreement() {
        String csv = render(Fixtures.deLinde2025Agreements(), ReportFormat.CSV, Language.EN);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).endsWith("\"change\",\"shared_score\",\"action\",\"role\",\"due\",\"tool\",\"agreed_on\",\"status\"");
        List<String> reviews = lines.stream().filter(line -> line.contains(",\"review\",")).toList();
        assertThat(reviews).hasSize(3);
        assertThat(reviews.get(0)).contains("\"Draw the neighbourhood map with visitors\"").endsWith(",\"2025-12-01\",\"done\"");
        assertThat(reviews.get(1)).endsWith(",\"ongoing\"");
        assertThat(reviews.get(2)).endsWith(",\"dropped\"");
        // every row has as many cells as the header: the delta rows are padded, the review rows blank up to "change"
        int width = cells(lines.get(0));
        assertThat(width).isEqualTo(19);
        assertThat(lines).allSatisfy(line -> assertThat(cells(line)).as(line).isEqualTo(width));
    }

    /** The number of cells of a CSV line, counting only the commas outside quotes. */
    private static int cells(String line) {
        int cells = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells++;
            }
        }
        return cells;
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void withoutAgreementsTheComparisonIsExactlyAsBefore(ReportFormat format) throws Exception {
        String plain = REPORTER.renderComparison(earlier, later, format, Fixtures.options(Language.EN));
        StringWriter written = new StringWriter();
        REPORTER.renderComparison(earlier, later, RoundContext.NONE, format, Fixtures.options(Language.EN), written);

        assertThat(render(RoundContext.NONE, format, Language.EN)).isEqualTo(plain).isEqualTo(written.toString());
        assertThat(plain).doesNotContain("Draw the neighbourhood map").doesNotContain("Follow-up of earlier agreements")
                .doesNotContain("agreementReview").doesNotContain("id=\"review\"").doesNotContain("\"review\"");
    }

    @Test
    void anAgreedPictureIsRefusedWithAHint() {
        assertThatThrownBy(() -> render(Fixtures.deLinde2026Session(), ReportFormat.HTML, Language.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds an agreed picture (held on " + Fixtures.SESSION_DATE + ")")
                .hasMessageEndingWith("Maybe pass RoundContext.NONE.withReviews(reviews).");
    }
}
