package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The team view: spread per factor, topics to discuss, and roles only where nobody can be singled out. */
class TeamViewTest {

    /** A team in which the given roles answer; members alternate 2 and 4 on image, all answer 3 elsewhere. */
    static ScanResult team(Map<Role, Integer> roles) {
        List<Respondent> respondents = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Role, Integer> entry : roles.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (Item item : QuestionnaireRegistry.defaultQuestionnaire().items()) {
                    int value = item.factor().id().equals("image") ? (n % 2 == 0 ? 1 : 5) : 3;
                    answers.put(item.id(), Answer.of(item.reversed() ? 6 - value : value));
                }
                respondents.add(new Respondent("r" + n++, entry.getKey(), answers));
            }
        }
        Organisation organisation = new Organisation("Buurtteam Noord", Region.FLANDERS, Sector.SOCIAL_WORK, List.of());
        return Fixtures.result(new Scan(organisation, QuestionnaireRegistry.DEFAULT_ID, LocalDate.of(2026, 5, 4), respondents));
    }

    static JsonNode json(ScanResult result, ReportOptions options) throws Exception {
        return Json.mapper().readTree(Reporter.defaults().render(result, ReportFormat.JSON, options));
    }

    @Test
    void showsSpreadAndListsTheFactorsTheTeamDisagreesOn() throws Exception {
        // GIVEN a team split in two on image, of one mind elsewhere
        ScanResult result = team(Map.of(Role.FRONTLINE, 6));

        // WHEN the report is rendered
        JsonNode report = json(result, Fixtures.options(Language.EN));
        String markdown = Reporter.defaults().render(result, ReportFormat.MARKDOWN, Fixtures.options(Language.EN));

        // THEN image is the one topic to discuss, with its spread
        assertThat(report.at("/team/topics")).hasSize(1);
        assertThat(report.at("/team/topics/0").asText()).isEqualTo("image");
        assertThat(report.at("/scores/factors/image/spread/standardDeviation").asDouble()).isEqualTo(2.0);
        assertThat(markdown).contains("### Topics for a team conversation")
                .contains("1. **Image and self-image**: spread 2.00, personal scores from 1.00 to 5.00");
    }

    @Test
    void oneRespondentHasNoTeamView() {
        String markdown = Reporter.defaults().render(Fixtures.result("single-respondent-youth-house"),
                ReportFormat.MARKDOWN, Fixtures.options(Language.EN));

        assertThat(markdown).contains("One person filled in the scan").doesNotContain("### Spread per factor");
    }

    @ParameterizedTest(name = "{0} frontline + {1} volunteers, minimum {2}: frontline shown {3}, volunteers shown {4}")
    @CsvSource({
            "5, 5, 5, true,  true",   // both roles large enough
            "4, 0, 5, false, false",  // a role with 4 respondents is not broken down
            "5, 0, 5, true,  false",  // with 5 it is
            "5, 4, 5, false, false",  // 4 volunteers could be worked out from the total minus frontline
            "5, 4, 4, true,  true",   // the minimum is configurable
            "6, 6, 7, false, false"})
    void breaksDownRolesOnlyFromTheMinimum(int frontline, int volunteers, int minimum, boolean frontlineShown,
            boolean volunteersShown) throws Exception {
        Map<Role, Integer> roles = new LinkedHashMap<>();
        roles.put(Role.FRONTLINE, frontline);
        if (volunteers > 0) {
            roles.put(Role.VOLUNTEER, volunteers);
        }
        ScanResult result = team(roles);
        ReportOptions options = Fixtures.options(Language.EN).withMinimumRoleSize(minimum);

        JsonNode report = json(result, options);
        String html = Reporter.defaults().render(result, ReportFormat.HTML, options);

        List<String> shown = new ArrayList<>();
        report.at("/team/roles").forEach(role -> shown.add(role.path("role").asText()));
        assertThat(shown.contains("frontline")).isEqualTo(frontlineShown);
        assertThat(shown.contains("volunteer")).isEqualTo(volunteersShown);
        assertThat(html.contains("<caption>Mean score per factor and role</caption>")).isEqualTo(frontlineShown || volunteersShown);
        assertThat(html.contains("Volunteer (" + volunteers + ")</th>")).isEqualTo(volunteersShown);
    }
}
