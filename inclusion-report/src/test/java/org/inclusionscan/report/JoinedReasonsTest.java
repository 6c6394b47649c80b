package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A target group or context joined into a recommendation makes one action, not a second list of
 * steps: its first step opens the action ({@code lead}), its action takes the place of the generic one
 * ({@code instead}), or it keeps a paragraph of why only ({@code joined}); and the score line shows no
 * factor the recommendation is not about (review 21b, D1, D2, D6).
 */
class JoinedReasonsTest {

    @Test
    void joinedTargetGroupsOpenTheActionAddNoSecondActionAndBringNoForeignScore() {
        // GIVEN network vitality joined by lonely people and older people, the older-people rule having also matched information
        Explanation networks = new Explanation("factor.network-vitality.weak", "default", "test", List.of(), List.of(
                new Explanation.Fact("below", Fixtures.weakBelow("network-vitality", "1.87")),
                new Explanation.Fact("joined", Map.of("rule", "target-group.lonely-people.focus")),
                new Explanation.Fact("below", Fixtures.weakBelow("network-vitality", "1.87")),
                new Explanation.Fact("joined", Map.of("rule", "target-group.older-people.focus")),
                new Explanation.Fact("below", Fixtures.weakBelow("network-vitality", "1.87")),
                new Explanation.Fact("below", Fixtures.weakBelow("information", "2.13"))));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("network-vitality.mean", 1.87);
        figures.put("factor.weak.below", 2.5);
        figures.put("information.mean", 2.13);
        Recommendation network = new Recommendation("factor.network-vitality.weak", 80, List.of(Factor.NETWORK_VITALITY),
                List.of(Domain.TARGET_PUBLIC), List.of(), figures, List.of("inclusieweb"), networks,
                List.of("target-group.lonely-people.focus", "target-group.older-people.focus"));

        // WHEN
        String nl = Fixtures.render(Fixtures.withAdvice(List.of(network)), Language.NL, ReportFormat.MARKDOWN);
        String en = Fixtures.render(Fixtures.withAdvice(List.of(network)), Language.EN, ReportFormat.HTML);

        // THEN the action opens with the question behind the question, before the network steps
        String recommendation = nl.substring(nl.indexOf("### 1. "), nl.indexOf("**Tools die hierbij helpen**"));
        String action = recommendation.substring(recommendation.indexOf("**Wat kan je doen?**"));
        assertThat(action).startsWith("**Wat kan je doen?** Zoek eerst samen met de mensen zelf de vraag achter de vraag");
        assertThat(action.indexOf("vraag achter de vraag")).isLessThan(action.indexOf("Inclusieweb"));
        // the question is asked once, and neither group adds an action of its own
        assertThat(recommendation.split("vraag achter de vraag", -1)).hasSize(2);
        assertThat(recommendation).doesNotContain("Bouw mee aan een zorgzame buurt").doesNotContain("Blijf mensen opzoeken");
        assertThat(recommendation).contains("**Ouderen.** Vooral ouderen", "Een zorgzame buurt rond wie thuis woont, helpt hen, ook");
        // the score line has network vitality and the threshold, not information
        assertThat(recommendation).contains("Vitaliteit van het netwerk (score): **1,87**").doesNotContain("Informatie (score)");
        // in English too
        assertThat(en).contains("First look, together with the people themselves, for the question behind the question")
                .doesNotContain("Help build a caring neighbourhood");
    }

    @Test
    void inYouthCareTheYouthCareActionTakesThePlaceOfTheGenericParticipationAction() {
        // GIVEN participation joined by the youth-care context
        Explanation participation = new Explanation("factor.participation.weak", "default", "test", List.of(), List.of(
                new Explanation.Fact("below", Fixtures.weakBelow("participation", "2.20")),
                new Explanation.Fact("joined", Map.of("rule", "context.youth-care.participation")),
                new Explanation.Fact("below", Fixtures.weakBelow("participation", "2.20"))));
        Recommendation recommendation = new Recommendation("factor.participation.weak", 60, List.of(Factor.PARTICIPATION),
                List.of(Domain.TARGET_PUBLIC), List.of(), Map.of("participation.mean", 2.2), List.of(), participation,
                List.of("context.youth-care.participation"));

        // WHEN
        String nl = Fixtures.render(Fixtures.withAdvice(List.of(recommendation)), Language.NL, ReportFormat.MARKDOWN);

        // THEN one action about young people's and parents' say in their care, the neighbourhood after it
        String text = nl.substring(nl.indexOf("### 1. "), nl.indexOf("*De regel en de cijfers achter deze aanbeveling"));
        assertThat(text).contains("**Wat kan je doen?** Ga na waar jongeren en ouders vandaag al meepraten over hun hulp")
                .doesNotContain("bewonersvergadering");
        assertThat(text.split("Kies één of twee beslissingen", -1)).hasSize(2);
        assertThat(text.indexOf("over hun hulp")).isLessThan(text.indexOf("inspraak in de buurt"));
        assertThat(text).contains("**Jeugdhulp: jongeren en ouders aan het woord.** In de jeugdhulp bepaalt");
    }

    @Test
    void povertyJoinedToLegislationGivesItsWhyOnlyWithoutTheGroupOfferSentence() {
        // GIVEN legislation joined by the poverty reason
        Explanation legislation = new Explanation("factor.legislation.weak", "default", "test", List.of(), List.of(
                new Explanation.Fact("below", Fixtures.weakBelow("legislation", "2.10")),
                new Explanation.Fact("joined", Map.of("rule", "target-group.poverty.focus")),
                new Explanation.Fact("below", Fixtures.weakBelow("legislation", "2.10"))));
        Recommendation recommendation = new Recommendation("factor.legislation.weak", 60, List.of(Factor.LEGISLATION),
                List.of(Domain.ENVIRONMENT), List.of(), Map.of("legislation.mean", 2.1), List.of(), legislation,
                List.of("target-group.poverty.focus"));

        // WHEN
        String nl = Fixtures.render(Fixtures.withAdvice(List.of(recommendation)), Language.NL, ReportFormat.MARKDOWN);
        String en = Fixtures.render(Fixtures.withAdvice(List.of(recommendation)), Language.EN, ReportFormat.MARKDOWN);

        // THEN the poverty paragraph says why (basic rights) and adds no action, nor the sentence on group offers
        String text = nl.substring(nl.indexOf("### 1. "), nl.indexOf("*De regel en de cijfers achter deze aanbeveling"));
        assertThat(text).contains("**Mensen in armoede.** Armoede is", "werkt daarom ook aan basisrechten")
                .doesNotContain("groepsaanbod").doesNotContain("Werk aan basisrechten en levenskwaliteit");
        assertThat(en).contains("also means working on basic rights").doesNotContain("group activities");
    }

    @Test
    void aTargetGroupJoinedToTheNetworkAdviceStillWordsTheImageAdviceWithoutGroupFormats() {
        // GIVEN network vitality (weakest) joined by lonely people, and image weak too, as its own recommendation
        Recommendation network = weak(Factor.NETWORK_VITALITY, 1.8, List.of("inclusieweb", "presentie"),
                List.of("target-group.lonely-people.focus"));
        Recommendation image = weak(Factor.IMAGE, 2.2, List.of("kletspot-eenzaamheid", "talentenkaart"), List.of());
        Recommendation imageAlone = weak(Factor.IMAGE, 2.2, List.of("kletspot-eenzaamheid", "talentenkaart", "re-bubbelen"), List.of());

        // WHEN
        String nl = Fixtures.render(Fixtures.withAdvice(List.of(network, image)), Language.NL, ReportFormat.MARKDOWN);
        String fr = Fixtures.render(Fixtures.withAdvice(List.of(network, image)), Language.FR, ReportFormat.MARKDOWN);
        String withoutTargetGroup = Fixtures.render(Fixtures.withAdvice(List.of(imageAlone)), Language.NL, ReportFormat.MARKDOWN);

        // THEN the image advice uses the Kletspot in the team and names no meeting of groups, in every language
        String imageText = nl.substring(nl.indexOf("### 2. "));
        assertThat(imageText).contains("Gebruik de Kletspot eenzaamheid in het team")
                .doesNotContain("re-bubbelen").doesNotContain("met bezoekers");
        assertThat(fr.substring(fr.indexOf("### 2. "))).contains("Utilisez le Kletspot eenzaamheid en équipe")
                .doesNotContain("re-bubbelen");
        // the lonely-people paragraph stays under the network advice only
        assertThat(imageText).doesNotContain("**Mensen die zich eenzaam voelen.**");
        // without that target group, the image advice keeps its generic action with groups meeting
        assertThat(withoutTargetGroup).contains("(re-bubbelen)", "met bezoekers");
    }

    @Test
    void keepWorkingPointsAtOtherToolsOnlyWhenTheListHoldsOne() {
        // GIVEN keep-working with only the Inclusietracker (a region where every row tool is filtered out), and with one more tool
        Recommendation alone = keepWorking(List.of("inclusietracker"));
        Recommendation withTools = keepWorking(List.of("inclusietracker", "leidraad-buurtanalyse"));

        // WHEN
        String nlAlone = Fixtures.render(Fixtures.withAdvice(List.of(alone)), Language.NL, ReportFormat.MARKDOWN);
        String enAlone = Fixtures.render(Fixtures.withAdvice(List.of(alone)), Language.EN, ReportFormat.HTML);
        String nlWith = Fixtures.render(Fixtures.withAdvice(List.of(withTools)), Language.NL, ReportFormat.MARKDOWN);

        // THEN the sentence about the other tools below appears only where there are other tools
        assertThat(nlAlone).contains("volgende ronde van de Inclusietracker op terug.").doesNotContain("De andere tools hieronder");
        assertThat(enAlone).contains("next Inclusietracker round.").doesNotContain("The other tools below");
        assertThat(nlWith).contains("volgende ronde van de Inclusietracker op terug. De andere tools hieronder passen bij deze factoren.");
    }

    @Test
    void theInformationAdviceSpeaksOfOnlinePlatformsOnlyWhenItListsOne() {
        // GIVEN the information advice without any online platform (left out for older people only), and with one
        Recommendation offline = weak(Factor.INFORMATION, 2.0, List.of("buurtinformatie-delen"), List.of());
        Recommendation online = weak(Factor.INFORMATION, 2.0, List.of("buurtinformatie-delen", "hoplr"), List.of());

        // WHEN
        String nlOffline = Fixtures.render(Fixtures.withAdvice(List.of(offline)), Language.NL, ReportFormat.MARKDOWN);
        String enOffline = Fixtures.render(Fixtures.withAdvice(List.of(offline)), Language.EN, ReportFormat.MARKDOWN);
        String nlOnline = Fixtures.render(Fixtures.withAdvice(List.of(online)), Language.NL, ReportFormat.MARKDOWN);

        // THEN the sentence on platforms and the mix of offline and online follows the list
        assertThat(nlOffline).contains("in begrijpelijke taal.").doesNotContain("online buurtplatform", "mix van offline en online");
        assertThat(enOffline).doesNotContain("online neighbourhood platform");
        assertThat(nlOnline).contains("in begrijpelijke taal. Wijs mensen een online buurtplatform uit de lijst enkel aan");
    }

    private static Recommendation weak(Factor factor, double mean, List<String> tools, List<String> reasons) {
        String id = "factor." + factor.id() + ".weak";
        String value = String.valueOf(mean);
        List<Explanation.Fact> facts = new java.util.ArrayList<>();
        facts.add(new Explanation.Fact("below", Fixtures.weakBelow(factor.id(), value)));
        reasons.forEach(reason -> facts.add(new Explanation.Fact("joined", Map.of("rule", reason))));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(factor.id() + ".mean", mean);
        figures.put("factor.weak.below", 2.5);
        return new Recommendation(id, 60, List.of(factor), List.of(factor.domain()), List.of(), figures, tools,
                new Explanation(id, "default", "test", List.of(), facts), reasons);
    }

    private static Recommendation keepWorking(List<String> tools) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("history.mean", 2.9);
        figures.put("vision.mean", 3.0);
        return new Recommendation("factor.keep-working", 20, List.of(Factor.HISTORY, Factor.VISION), List.of(), List.of(),
                figures, tools, new Explanation("factor.keep-working", "default", "test", List.of(), List.of()));
    }
}
