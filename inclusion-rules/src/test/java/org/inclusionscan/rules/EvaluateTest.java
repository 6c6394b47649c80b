package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTest {

    @Test
    void evaluateScoresWithTheRuleSetsBandsAndAdvises() {
        // GIVEN a scan that is good everywhere but on network vitality
        Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();
        Map<String, Answer> answers = new LinkedHashMap<>();
        questionnaire.items().forEach(item -> {
            int value = item.factor() == Factor.NETWORK_VITALITY ? 1 : 4;
            answers.put(item.id(), Answer.of(item.reversed() ? 6 - value : value));
        });
        Scan scan = new Scan(Organisations.FLEMISH_SERVICE_CENTRE, questionnaire.id(), LocalDate.of(2026, 11, 1),
                List.of(new Respondent("a", Role.STAFF, answers), new Respondent("b", Role.BOARD, answers)));

        // WHEN
        ScanResult result = Advisor.defaults().evaluate(scan);

        // THEN
        assertThat(result.scores().factor(Factor.NETWORK_VITALITY).mean()).isEqualTo(1.0);
        assertThat(result.scores().factor(Factor.NETWORK_VITALITY).score().level()).isEqualTo(Level.LOW);
        assertThat(result.scores().bands()).isEqualTo(Advisor.defaults().scoringSettings().bands());
        assertThat(result.advice().recommendationIds()).contains("factor.network-vitality.weak")
                .doesNotContain("factor.vision.weak");
        assertThat(result.advice().toolIds()).contains("inclusieweb", "sociaal-gewaardeerde-rollen");
        assertThat(result.questionnaire()).isSameAs(questionnaire);
    }

    @Test
    void aFollowUpRoundIsAdvisedWithItsHistoryByEveryAdvisorAndTheOldCallsIgnoreIt(@TempDir Path rules) throws IOException {
        // GIVEN a scan weak on network vitality, which was weak last round too after an agreement marked done
        Scan scan = weakNetworkVitality();
        History history = new History(Map.of(Factor.NETWORK_VITALITY, 1.5),
                List.of(new History.PastAgreement(Factor.NETWORK_VITALITY, "inclusieweb", AgreementStatus.DONE)));
        Advisor.exportDefaults(rules);
        ReloadingAdvisor reloading = ReloadingAdvisor.create(rules);

        // WHEN
        ScanResult bundled = Advisor.defaults().evaluate(scan, history);
        ScanResult fromDirectory = reloading.evaluate(scan, QuestionnaireRegistry.defaultQuestionnaire(), history);
        ScanResult firstRound = Advisor.defaults().evaluate(scan);

        // THEN
        assertThat(bundled.advice().recommendationIds()).contains("followup.still-weak-after-done", "factor.network-vitality.weak");
        assertThat(fromDirectory.advice()).isEqualTo(bundled.advice());
        assertThat(firstRound.advice().recommendationIds()).contains("factor.network-vitality.weak")
                .doesNotContain("followup.still-weak-after-done");
        assertThat(Advisor.defaults().evaluate(scan, History.NONE).advice()).isEqualTo(firstRound.advice());
    }

    private static Scan weakNetworkVitality() {
        Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();
        Map<String, Answer> answers = new LinkedHashMap<>();
        questionnaire.items().forEach(item -> {
            int value = item.factor() == Factor.NETWORK_VITALITY ? 1 : 4;
            answers.put(item.id(), Answer.of(item.reversed() ? 6 - value : value));
        });
        return new Scan(Organisations.FLEMISH_SERVICE_CENTRE, questionnaire.id(), LocalDate.of(2026, 11, 1),
                List.of(new Respondent("a", Role.STAFF, answers), new Respondent("b", Role.BOARD, answers)));
    }

    @Test
    void aQuestionnaireThatIsNotBundledMustBeGiven() {
        Scan scan = new Scan(Organisations.FLEMISH_SERVICE_CENTRE, "own-1", LocalDate.of(2026, 11, 1), List.of());
        assertThatThrownBy(() -> Advisor.defaults().evaluate(scan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("own-1");
    }
}
