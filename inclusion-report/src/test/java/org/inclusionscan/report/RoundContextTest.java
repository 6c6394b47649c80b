package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.RoundContext;
import org.junit.jupiter.api.Test;

/** What a report refuses in, and shows of, a round's team session. */
class RoundContextTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 31);

    private static String render(AgreedPicture picture, ReportFormat format) {
        return Reporter.defaults().render(Fixtures.result("de-linde-2026"), RoundContext.of(picture), format,
                Fixtures.options(Language.EN));
    }

    @Test
    void aCardOfAnItemTheQuestionnaireLacksIsRefused() {
        AgreedPicture picture = new AgreedPicture(Fixtures.SESSION_DATE,
                List.of(CardOutcome.of(CardRef.item("network-vitality-9", Factor.NETWORK_VITALITY), 2)));

        assertThatThrownBy(() -> render(picture, ReportFormat.HTML))
                .hasMessage("The card (item:network-vitality-9) names an item that questionnaire (selfscan-1) does not have.");
    }

    @Test
    void aCardThatGivesAnItemAnotherFactorIsRefused() {
        AgreedPicture picture = new AgreedPicture(Fixtures.SESSION_DATE,
                List.of(CardOutcome.of(CardRef.item("network-vitality-2", Factor.IMAGE), 2)));

        assertThatThrownBy(() -> render(picture, ReportFormat.JSON))
                .hasMessage("The card (item:network-vitality-2) says factor (image), but the item is about factor (network-vitality).");
    }

    @Test
    void anAgreementWithAToolOutsideTheCatalogueIsRefused() {
        AgreedPicture picture = new AgreedPicture(Fixtures.SESSION_DATE, List.of(CardOutcome.of(CardRef.factor(Factor.IMAGE), 2,
                new Agreement(Factor.IMAGE, "Talk about it", Role.STAFF, DUE, "praatpot"))));

        assertThatThrownBy(() -> render(picture, ReportFormat.CSV))
                .isInstanceOf(UnknownIdException.class).hasMessageStartingWith("The tool id (praatpot) is unknown.");
    }

    @Test
    void aSessionWithoutAgreementsSaysSoAndShowsTheSharedScoreBesideTheAverage() {
        // GIVEN
        AgreedPicture picture = new AgreedPicture(Fixtures.SESSION_DATE, List.of(CardOutcome.of(CardRef.factor(Factor.VISION), 4)));

        // WHEN
        String markdown = render(picture, ReportFormat.MARKDOWN);

        // THEN
        assertThat(markdown).contains("| Vision (Factor) | Vision | 3.81 | **4** | 0 |", "The team made no agreements in this session.")
                .doesNotContain("Follow-up of earlier agreements");
    }
}
