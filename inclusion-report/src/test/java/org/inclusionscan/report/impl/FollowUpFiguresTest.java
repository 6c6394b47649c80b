package org.inclusionscan.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures of the follow-up rules (followup.drl) get a label in every language, and counts stay whole numbers. */
class FollowUpFiguresTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            en ; network-vitality.previous-mean ; 2.0 ; Network vitality (previous round)            ; 2.00
            en ; network-vitality.done          ; 1.0 ; Network vitality (agreements done)           ; 1
            en ; participation.dropped          ; 2.0 ; Active citizenship and participation (agreements dropped) ; 2
            en ; followup.dropped.times         ; 2.0 ; Dropped agreements that make a topic         ; 2
            nl ; network-vitality.previous-mean ; 2.0 ; Vitaliteit van het netwerk (vorige ronde)    ; 2,00
            fr ; followup.dropped.times         ; 2.0 ; Accords abandonnés qui en font un sujet de discussion ; 2
            """)
    void followUpFiguresAreLabelledAndCountsAreWhole(String language, String name, double value, String label, String shown) {
        // GIVEN
        Labeller labels = new Labeller(Texts.defaults(), ToolCatalogue.defaults(), Language.fromId(language));

        // WHEN / THEN
        assertThat(labels.figure(name)).isEqualTo(label);
        assertThat(labels.figureValue(name, value)).isEqualTo(shown);
    }
}
