package org.inclusionscan.server.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;

/**
 * The demo: the example organisations as closed rounds with their answers, and one open round of
 * Het Anker with four of five answers in, so that a newcomer's own answer makes the report appear.
 * The scans are copies of the examples module's (the server cannot depend on that module).
 */
public final class DemoData {

    /** The demo organisations' scans, oldest first, next to this class in {@code demo/}. */
    static final List<String> SCANS = List.of("het-anker-2025.json", "lindegem.json", "de-brug.json", "het-anker-2026.json");
    public static final String EMAIL = "demo@inclusietracker.example";

    private DemoData() {
    }

    /** The one-time login and the open round's shared link. */
    public record Login(String email, String password, String respondentPath, String joinCode, String openRoundId) {
    }

    public static Login load(Database database, Clock clock) {
        InclusionServer.Services services = InclusionServer.Services.over(database, clock);
        String password = Tokens.secret().substring(0, 16);
        // The demo login is also the platform's administrator, so that the demo shows the host's pages too.
        Coordinator coordinator = services.platform().addAdmin(EMAIL, password);
        Scan latest = null;
        List<Round> anker = new java.util.ArrayList<>();
        String lindegem = null;
        for (String name : SCANS) {
            byte[] json = read(name);
            Round imported = services.rounds().importScan(coordinator, json, name.equals("de-brug.json") ? 5 : Round.LOWEST_MINIMUM);
            if (name.equals("lindegem.json")) {
                lindegem = imported.organisationId();
            }
            if (name.startsWith("het-anker")) {
                latest = ScanReader.create().read(new String(json, java.nio.charset.StandardCharsets.UTF_8), name);
                anker.add(imported);
            }
        }
        teamSessions(services, coordinator, anker);
        // Generated organisations in two municipalities and three sectors: peers beside Het Anker's report (issue 24).
        DemoPeers.load(services, anker.get(0).organisationId(), lindegem);
        Organisation organisation = latest.organisation();
        LocalDate today = LocalDate.now(clock);
        Round open = services.rounds().create(coordinator, new RoundService.NewRound(organisation,
                latest.questionnaireId(), List.of(Language.values()), today.plusWeeks(3), Round.DEFAULT_MINIMUM,
                LinkKind.SHARED, 0, true));
        // Four colleagues answered already, as they did last year.
        for (Respondent respondent : latest.respondents().subList(0, 4)) {
            String token = services.respondents().join(open.joinKey(), open.joinCode());
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            respondent.answers().forEach((item, answer) -> answers.put(item, text(answer)));
            services.respondents().save(token, new RespondentService.Changes(answers, Language.NL, respondent.role().id(),
                    null, true));
            services.respondents().submit(token);
        }
        return new Login(EMAIL, password, "/join/" + open.joinKey(), open.joinCode(), open.id());
    }

    /** Actions the demo's teams agreed on, per session (Het Anker works in Dutch). */
    private static final List<List<String>> ACTIONS = List.of(
            List.of("Elke maand een open cafetaria-namiddag met de buurtbewoners", "Een vaste contactpersoon per partnerorganisatie"),
            List.of("Vrijwilligers verwelkomen nieuwkomers in hun eigen taal", "De folder herschrijven in eenvoudige taal"));

    /**
     * Het Anker's two earlier rounds each had a team session: shared scores on the first three
     * cards, an agreement on each of the first two weak factors. The first round's agreements are
     * marked (one done, one dropped) as the coordinator did when the second round came.
     */
    private static void teamSessions(InclusionServer.Services services, Coordinator coordinator, List<Round> rounds) {
        for (int i = 0; i < rounds.size() && i < ACTIONS.size(); i++) {
            TeamSessionService.Session session = services.sessions().start(coordinator, rounds.get(i).id());
            int recorded = 0;
            for (org.inclusionscan.session.Card card : session.deck().cards()) {
                if (recorded == 3) {
                    break;
                }
                services.sessions().record(coordinator, session.id(), card.ref().key(), 2 + recorded % 2, List.of());
                recorded++;
            }
            List<org.inclusionscan.session.Card> factors = session.deck().cards(org.inclusionscan.session.CardKind.FACTOR);
            for (int a = 0; a < 2 && a < factors.size(); a++) {
                org.inclusionscan.session.Card card = factors.get(a);
                services.sessions().record(coordinator, session.id(), card.ref().key(), 2, List.of(new TeamSessionService.NewAgreement(
                        ACTIONS.get(i).get(a), a == 0 ? org.inclusionscan.model.Role.STAFF : org.inclusionscan.model.Role.VOLUNTEER,
                        session.startedOn().plusMonths(6), card.tools().isEmpty() ? null : card.tools().get(0))));
            }
            services.sessions().end(coordinator, session.id());
        }
        if (!rounds.isEmpty()) {
            List<TeamSessionService.MarkedAgreement> first = services.rounds().organisation(coordinator, rounds.get(0).organisationId())
                    .agreements().stream().filter(agreement -> agreement.round().id().equals(rounds.get(0).id())).toList();
            for (int a = 0; a < first.size(); a++) {
                services.sessions().mark(coordinator, first.get(a).id(),
                        a == 0 ? org.inclusionscan.session.AgreementStatus.DONE : org.inclusionscan.session.AgreementStatus.DROPPED);
            }
        }
    }

    private static String text(Answer answer) {
        return answer.isDontKnow() ? Answer.DONT_KNOW_ID : Integer.toString(answer.value());
    }

    static byte[] read(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/org/inclusionscan/server/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo scan (" + name + ") is missing from the jar.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
