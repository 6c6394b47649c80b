package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Spread;

/** Round trip and order independence of generated valid scans. */
class ScanPropertiesTest {

    private static final double TOLERANCE = 1e-9;

    private final ScanReader reader = ScanReader.create();

    @Property(tries = 300)
    void aScanWrittenWithTheLibrarysMapperReadsBackEqual(@ForAll("scans") Scan scan) throws IOException {
        assertThat(reader.read(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(scan)), "bytes")).isEqualTo(scan);
        assertThat(reader.read(Json.mapper().writeValueAsString(scan), "text")).isEqualTo(scan);
    }

    @Property(tries = 300)
    void scoresDoNotDependOnTheOrderOfRespondents(@ForAll("scans") Scan scan, @ForAll long seed) {
        List<Respondent> shuffled = new ArrayList<>(scan.respondents());
        Collections.shuffle(shuffled, new Random(seed));
        Scan reordered = new Scan(scan.organisation(), scan.questionnaireId(), scan.date(), shuffled, scan.note());

        assertSameScores(InputOracle.scoresSanely(reordered, Documents.QUESTIONNAIRE),
                InputOracle.scoresSanely(scan, Documents.QUESTIONNAIRE));
    }

    @Property(tries = 300)
    void scoresDoNotDependOnTheOrderOfAnswersInTheDocument(@ForAll("scans") Scan scan, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        ObjectNode tree = Json.mapper().valueToTree(scan);
        for (JsonNode respondent : tree.get("respondents")) {
            ObjectNode answers = (ObjectNode) respondent.get("answers");
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            answers.fields().forEachRemaining(field -> fields.add(Map.entry(field.getKey(), field.getValue())));
            Collections.shuffle(fields, random);
            answers.removeAll();
            fields.forEach(field -> answers.set(field.getKey(), field.getValue()));
        }
        Scan reread = reader.read(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(tree)), "shuffled");

        assertThat(reread).as("a scan is equal whatever the order of its answers").isEqualTo(scan);
        assertSameScores(InputOracle.scoresSanely(reread, Documents.QUESTIONNAIRE),
                InputOracle.scoresSanely(withAnswersReversed(scan), Documents.QUESTIONNAIRE));
    }

    private static Scan withAnswersReversed(Scan scan) {
        List<Respondent> respondents = new ArrayList<>();
        for (Respondent respondent : scan.respondents()) {
            List<Map.Entry<String, Answer>> entries = new ArrayList<>(respondent.answers().entrySet());
            Collections.reverse(entries);
            Map<String, Answer> answers = new LinkedHashMap<>();
            entries.forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
            respondents.add(new Respondent(respondent.id(), respondent.role(), answers, respondent.note()));
        }
        return new Scan(scan.organisation(), scan.questionnaireId(), scan.date(), respondents, scan.note());
    }

    private static void assertSameScores(ScoreCard actual, ScoreCard expected) {
        assertSame(actual.overall(), expected.overall(), "overall");
        for (Factor factor : Factor.values()) {
            assertSame(actual.factor(factor).score(), expected.factor(factor).score(), factor.id());
            Spread a = actual.factor(factor).spread();
            Spread e = expected.factor(factor).spread();
            assertThat(a == null).as("spread of %s present", factor.id()).isEqualTo(e == null);
            if (a != null) {
                assertThat(a.respondents()).isEqualTo(e.respondents());
                assertThat(a.standardDeviation()).as("spread of %s", factor.id()).isCloseTo(e.standardDeviation(), within(TOLERANCE));
                assertThat(a.lowest()).isCloseTo(e.lowest(), within(TOLERANCE));
                assertThat(a.highest()).isCloseTo(e.highest(), within(TOLERANCE));
            }
        }
        for (Domain domain : Domain.values()) {
            assertSame(actual.domain(domain), expected.domain(domain), domain.id());
        }
        for (Dimension dimension : Dimension.values()) {
            assertSame(actual.dimension(dimension), expected.dimension(dimension), dimension.id());
            for (Domain domain : Domain.values()) {
                assertSame(actual.cell(domain, dimension), expected.cell(domain, dimension), domain.id() + " x " + dimension.id());
            }
        }
        assertThat(actual.items()).hasSameSizeAs(expected.items());
        for (int i = 0; i < actual.items().size(); i++) {
            assertThat(actual.items().get(i).coverage()).isEqualTo(expected.items().get(i).coverage());
            assertClose(actual.items().get(i).mean(), expected.items().get(i).mean(), actual.items().get(i).item());
        }
        assertThat(actual.roles()).extracting(role -> role.role()).containsExactlyElementsOf(
                expected.roles().stream().map(role -> role.role()).toList());
        for (int i = 0; i < actual.roles().size(); i++) {
            Map<Factor, Double> a = actual.roles().get(i).factorMeans();
            Map<Factor, Double> e = expected.roles().get(i).factorMeans();
            assertThat(a.keySet()).isEqualTo(e.keySet());
            a.forEach((factor, mean) -> assertClose(mean, e.get(factor), "role " + factor.id()));
        }
    }

    private static void assertSame(Score actual, Score expected, String what) {
        assertThat(actual.coverage()).as("coverage of %s", what).isEqualTo(expected.coverage());
        assertThat(actual.level()).as("level of %s", what).isEqualTo(expected.level());
        assertThat(actual.absentReason()).as("absent reason of %s", what).isEqualTo(expected.absentReason());
        assertClose(actual.mean(), expected.mean(), what);
    }

    private static void assertClose(Double actual, Double expected, String what) {
        assertThat(actual == null).as("mean of %s present", what).isEqualTo(expected == null);
        if (actual != null) {
            assertThat(actual).as("mean of %s", what).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @Provide
    Arbitrary<Scan> scans() {
        return Documents.scans();
    }
}
