package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Problem;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;

/** The optional {@code given.history} of a scenario file. */
class ScenarioHistoryTest {

    private final ScenarioReader reader = new ScenarioReader(ToolCatalogue.defaults(), LevelBands.DEFAULT);

    private static String scenario(String history) {
        return """
                {"given": {"organisation": {"region": "flanders", "sector": "other"}, "history": %s},
                 "expect": {}}""".formatted(history);
    }

    @Test
    void aScenarioWithoutHistoryIsAFirstRound() {
        Scenario scenario = reader.read("""
                {"given": {"organisation": {"region": "flanders", "sector": "other"}}, "expect": {}}""", "first.json");

        assertThat(scenario.history()).isEqualTo(History.NONE);
    }

    @Test
    void theHistoryHoldsThePreviousMeansAndTheEarlierAgreements() {
        // WHEN
        Scenario scenario = reader.read(scenario("""
                {"previousFactors": {"image": 2.2},
                 "agreements": [{"factor": "image", "tool": "talentenkaart", "status": "done"}, {"factor": "vision", "status": "dropped"}]}"""),
                "history.json");

        // THEN
        assertThat(scenario.history().previousMeans()).isEqualTo(Map.of(Factor.IMAGE, 2.2));
        assertThat(scenario.history().agreements()).containsExactly(
                new History.PastAgreement(Factor.IMAGE, "talentenkaart", AgreementStatus.DONE),
                new History.PastAgreement(Factor.VISION, null, AgreementStatus.DROPPED));
    }

    @Test
    void everyProblemOfAHistoryIsReportedWithItsPath() {
        // WHEN
        InvalidInputException error = catchThrowableOfType(() -> reader.read(scenario("""
                {"previousFactors": {"image": 7, "imago": 2.0}, "later": 1,
                 "agreements": [{"factor": "image", "tool": "talentkaart", "status": "finished"}, {"status": "done"}]}"""),
                "bad.json"), InvalidInputException.class);

        // THEN
        assertThat(error.problems()).extracting(Problem::location).containsExactlyInAnyOrder(
                "given.history.later", "given.history.previousFactors.image", "given.history.previousFactors.imago",
                "given.history.agreements[0].status", "given.history.agreements[0].tool", "given.history.agreements[1].factor");
        assertThat(error.problems()).extracting(Problem::message).anySatisfy(message ->
                assertThat(message).contains("finished").contains("open, ongoing, done, dropped"));
    }
}
