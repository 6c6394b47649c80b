package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.impl.ReportContext.RoleSelection;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 20, item 2: the rows of an exported scan follow the report's role rule, carry no note and come shuffled. */
class ExportRowsTest {

    private static final Advisor ADVISOR = Advisor.defaults();

    /** A scan with the given number of respondents per role ("staff:6 board:1"), each with a note and answers of its own. */
    private static Scan scan(String roles) {
        List<Respondent> respondents = new ArrayList<>();
        for (String part : roles.split(" ")) {
            String[] roleAndCount = part.split(":");
            for (int i = 0; i < Integer.parseInt(roleAndCount[1]); i++) {
                int n = respondents.size();
                respondents.add(new Respondent("person-" + n, Role.fromId(roleAndCount[0]),
                        Map.of("legislation-1", Answer.of(1 + n % 5), "vision-1", Answer.of(1 + (n / 5) % 5)), "note of person " + n));
            }
        }
        return new Scan(new Organisation("Buurthuis", Region.FLANDERS, Sector.COMMUNITY_WORK, List.of()), QuestionnaireRegistry.DEFAULT_ID,
                LocalDate.of(2026, 3, 1), respondents);
    }

    private static Map<String, Integer> roleCounts(Scan scan) {
        Map<String, Integer> counts = new TreeMap<>();
        scan.respondents().forEach(r -> counts.merge(r.role().id(), 1, Integer::sum));
        return counts;
    }

    @ParameterizedTest(name = "{0} -> rows show {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # roles in the round                      | roles on the exported rows
            board:1 staff:2 frontline:1 other:1       | other:5
            staff:5 volunteer:5                       | staff:5 volunteer:5
            staff:5 volunteer:5 board:1 frontline:1 other:3 | other:5 staff:5 volunteer:5
            staff:6 board:1                           | other:7
            staff:6 board:2 frontline:2               | other:10
            staff:6 board:3 frontline:2               | other:5 staff:6
            staff:6 board:4 frontline:4               | other:8 staff:6
            other:6 board:1 frontline:3               | other:10
            staff:3                                   | other:3
            """)
    void a_role_is_named_on_a_row_only_when_the_report_shows_it_apart(String roles, String expected) {
        // GIVEN a round's respondents with these roles
        Scan scan = scan(roles);

        // WHEN it is exported
        Scan exported = RoundService.anonymous(scan, ReportOptions.DEFAULT_MINIMUM_ROLE_SIZE, new Random());

        // THEN the rows name only the roles the report breaks down, every other row says "other"
        Map<String, Integer> wanted = new TreeMap<>();
        for (String part : expected.split(" ")) {
            wanted.put(part.split(":")[0], Integer.parseInt(part.split(":")[1]));
        }
        assertThat(roleCounts(exported)).isEqualTo(wanted);
        // AND those are exactly the roles the report library's own rule shows (besides "other")
        RoleSelection selection = RoleSelection.of(ADVISOR.evaluate(scan).scores(), ReportOptions.DEFAULT_MINIMUM_ROLE_SIZE);
        Set<String> named = new HashSet<>(wanted.keySet());
        named.remove(Role.OTHER.id());
        Set<String> shownByReport = new HashSet<>();
        selection.shown().forEach(r -> shownByReport.add(r.role().id()));
        shownByReport.remove(Role.OTHER.id());
        assertThat(named).isEqualTo(shownByReport);
    }

    @Test
    void no_row_keeps_a_note_or_an_id_and_every_answer_stays() {
        Scan scan = scan("staff:5 volunteer:5 board:1");

        Scan exported = RoundService.anonymous(scan, 5, new Random());

        assertThat(exported.respondents()).allSatisfy(row -> assertThat(row.note()).isNull());
        assertThat(exported.respondents()).extracting(Respondent::id).doesNotHaveDuplicates()
                .noneMatch(id -> id.startsWith("person-"));
        assertThat(exported.respondents()).extracting(Respondent::answers)
                .containsExactlyInAnyOrderElementsOf(scan.respondents().stream().map(Respondent::answers).toList());
        assertThat(exported.date()).isEqualTo(scan.date());
        assertThat(exported.organisation()).isEqualTo(scan.organisation());
    }

    @Test
    void two_exports_differ_in_order_and_share_no_id() {
        Scan scan = scan("staff:12");

        Scan first = RoundService.anonymous(scan, 5, new java.security.SecureRandom());
        Scan second = RoundService.anonymous(scan, 5, new java.security.SecureRandom());

        // 12 rows: the chance that two shuffles agree is 1 in 479,001,600
        assertThat(first.respondents().stream().map(Respondent::answers).toList())
                .isNotEqualTo(second.respondents().stream().map(Respondent::answers).toList());
        assertThat(first.respondents()).extracting(Respondent::id)
                .doesNotContainAnyElementsOf(second.respondents().stream().map(Respondent::id).toList());
    }
}
