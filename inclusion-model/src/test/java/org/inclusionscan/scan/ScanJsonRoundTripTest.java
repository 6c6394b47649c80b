package org.inclusionscan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.junit.jupiter.api.Test;

class ScanJsonRoundTripTest {

    private final ScanReader reader = ScanReader.create();

    @Test
    void aScanWrittenAsJsonReadsBackEqual() throws IOException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("vision-1", Answer.of(5));
        answers.put("image-2", Answer.DONT_KNOW);
        Scan scan = new Scan(
                new Organisation("Huis <&> \"Zon\"", Region.WALLONIA, Sector.YOUTH_WORK,
                        List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.POVERTY), "a note\nover two lines"),
                "selfscan-1", LocalDate.of(2025, 2, 28),
                List.of(new Respondent("ann", Role.FRONTLINE, answers, "ok"), new Respondent("bo", Role.OTHER, Map.of())),
                "annual scan");
        String json = Json.mapper().writeValueAsString(scan);

        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.get("questionnaire").asText()).isEqualTo("selfscan-1");
        assertThat(tree.get("date").asText()).isEqualTo("2025-02-28");
        assertThat(tree.at("/organisation/region").asText()).isEqualTo("wallonia");
        assertThat(tree.at("/organisation/targetGroups/0").asText()).isEqualTo("young-people");
        assertThat(tree.at("/respondents/0/role").asText()).isEqualTo("frontline");
        assertThat(tree.at("/respondents/0/answers/image-2").asText()).isEqualTo("dont-know");
        assertThat(tree.at("/respondents/0/answers/vision-1").asInt()).isEqualTo(5);
        assertThat(tree.at("/respondents/1").has("note")).isFalse();

        assertThat(reader.read(json, "round trip")).isEqualTo(scan);
    }

    @Test
    void theBundledExampleScanRoundTrips() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scans/team.json")) {
            Scan scan = reader.read(in, "team.json");
            Scan again = reader.read(Json.mapper().writeValueAsString(scan), "again");
            assertThat(again).isEqualTo(scan);
            assertThat(again.respondents()).hasSize(6);
        }
    }

    @Test
    void scoreCardsUseIdsAsJsonKeys() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scans/team.json")) {
            Scan scan = reader.read(in, "team.json");
            ScoreCard card = Scorer.create().score(scan, QuestionnaireRegistry.defaults().find(scan.questionnaireId()).orElseThrow());
            JsonNode tree = Json.mapper().valueToTree(card);
            assertThat(tree.at("/factors/network-vitality/mean").isNumber()).isTrue();
            assertThat(tree.at("/factors/network-vitality/level").asText()).isIn("low", "moderate", "good", "strong");
            assertThat(tree.at("/factors/network-vitality/spread/standardDeviation").isNumber()).isTrue();
            assertThat(tree.at("/domains/target-public/coverage/expected").asInt()).isEqualTo(6 * 21);
            assertThat(tree.at("/dimensions/policy/mean").isNumber()).isTrue();
            assertThat(tree.at("/cells/0/domain").asText()).isEqualTo("environment");
        }
    }
}
