package org.inclusionscan.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.store.BenchmarkRepository;
import org.inclusionscan.server.store.BenchmarkRepository.Municipality;

/**
 * The demo's peers (issue 24): generated, fictitious organisations in two Brussels municipalities
 * (Anderlecht, NIS 21001, and Sint-Jans-Molenbeek, NIS 21012) and three sectors, each with one
 * closed round above its minimum, so that Het Anker's report shows where it stands among them and an
 * administrator sees a municipality's startfoto. The answers come from a fixed seed: every demo start
 * holds the same figures. Each organisation has a level of its own and strengths and gaps of its own
 * per factor; each respondent varies around them.
 */
final class DemoPeers {

    static final Municipality ANDERLECHT = new Municipality("Anderlecht", "21001");
    static final Municipality MOLENBEEK = new Municipality("Sint-Jans-Molenbeek", "21012");
    private static final long SEED = 24L;

    /** A generated organisation: name, sector, municipality and target groups. */
    record Peer(String name, Sector sector, Municipality municipality, List<TargetGroup> targetGroups) {
    }

    static final List<Peer> PEERS = List.of(
            new Peer("Lokaal dienstencentrum De Vlinder", Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.LONELY_PEOPLE)),
            new Peer("Dienstencentrum Het Veer", Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.POVERTY)),
            new Peer("Jeugdhuis De Tramhalte", Sector.YOUTH_WORK, ANDERLECHT, List.of(TargetGroup.YOUNG_PEOPLE)),
            new Peer("Maison de jeunes La Passerelle", Sector.YOUTH_WORK, ANDERLECHT,
                    List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.NEWCOMERS)),
            new Peer("Thuiszorg Om de Hoek", Sector.HOME_CARE, ANDERLECHT, List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.DISABILITY)),
            new Peer("Aide à domicile Trait d'Union", Sector.HOME_CARE, ANDERLECHT,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.PSYCHOLOGICAL_VULNERABILITY)),
            new Peer("Lokaal dienstencentrum De Kade", Sector.LOCAL_SERVICE_CENTRE, MOLENBEEK,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.NEWCOMERS)),
            new Peer("Dienstencentrum Het Sluisje", Sector.LOCAL_SERVICE_CENTRE, MOLENBEEK,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.LONELY_PEOPLE)),
            new Peer("Centre de services local Le Phare", Sector.LOCAL_SERVICE_CENTRE, MOLENBEEK,
                    List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.LOW_LITERACY)),
            new Peer("Jeugdwerking Kanaalzone", Sector.YOUTH_WORK, MOLENBEEK, List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.CHILDREN)),
            new Peer("Maison de jeunes Le Quai", Sector.YOUTH_WORK, MOLENBEEK, List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.POVERTY)),
            new Peer("Thuiszorg Dichtbij", Sector.HOME_CARE, MOLENBEEK, List.of(TargetGroup.OLDER_PEOPLE)),
            new Peer("Aide à domicile Canal", Sector.HOME_CARE, MOLENBEEK, List.of(TargetGroup.OLDER_PEOPLE, TargetGroup.DISABILITY)));

    private static final Role[] ROLES = {Role.STAFF, Role.FRONTLINE, Role.VOLUNTEER, Role.STAFF, Role.BOARD, Role.FRONTLINE,
        Role.VOLUNTEER, Role.OTHER};

    private DemoPeers() {
    }

    /**
     * Adds the peers (without coordinators) and gives Het Anker and Lindegem their municipality.
     *
     * @param ankerOrganisationId Het Anker's organisation
     * @param lindegemOrganisationId Lindegem's organisation, or null
     */
    static void load(InclusionServer.Services services, String ankerOrganisationId, String lindegemOrganisationId) {
        Questionnaire questionnaire = QuestionnaireRegistry.defaultQuestionnaire();
        Random random = new Random(SEED);
        BenchmarkRepository repository = new BenchmarkRepository();
        List<String[]> municipalities = new ArrayList<>();
        for (int i = 0; i < PEERS.size(); i++) {
            Peer peer = PEERS.get(i);
            Scan scan = scan(peer, questionnaire, LocalDate.of(2026, 2, 2).plusDays(19L * i), random);
            Round round = services.rounds().importScan(null, json(scan), Round.LOWEST_MINIMUM);
            municipalities.add(new String[] {round.organisationId(), peer.municipality().name(), peer.municipality().code()});
        }
        municipalities.add(new String[] {ankerOrganisationId, ANDERLECHT.name(), ANDERLECHT.code()});
        if (lindegemOrganisationId != null) {
            municipalities.add(new String[] {lindegemOrganisationId, "Lindegem", null});
        }
        services.database().sql().inTransaction(tx -> {
            for (String[] row : municipalities) {
                repository.updateMunicipality(tx, row[0], new Municipality(row[1], row[2]));
            }
            return null;
        });
    }

    /** One organisation's scan: 5 to 8 respondents around the organisation's own level per factor. */
    static Scan scan(Peer peer, Questionnaire questionnaire, LocalDate date, Random random) {
        double level = 2.4 + random.nextDouble() * 1.7;
        Map<Factor, Double> factorLevels = new LinkedHashMap<>();
        for (Factor factor : Factor.values()) {
            factorLevels.put(factor, level + (random.nextDouble() - 0.5) * 1.6);
        }
        int count = 5 + random.nextInt(4);
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            double personal = random.nextGaussian() * 0.35;
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Item item : questionnaire.items()) {
                if (random.nextInt(30) == 0) {
                    answers.put(item.id(), Answer.DONT_KNOW);
                    continue;
                }
                double value = factorLevels.get(item.factor()) + personal + random.nextGaussian() * 0.6;
                int answer = (int) Math.max(1, Math.min(5, Math.round(value)));
                answers.put(item.id(), Answer.of(item.reversed() ? 6 - answer : answer));
            }
            respondents.add(new Respondent("r" + (r + 1), ROLES[r % ROLES.length], answers, null));
        }
        Organisation organisation = new Organisation(peer.name(), Region.BRUSSELS, peer.sector(), peer.targetGroups());
        return new Scan(organisation, questionnaire.id(), date, respondents, null);
    }

    private static byte[] json(Scan scan) {
        try {
            return Json.mapper().writeValueAsBytes(scan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A generated demo scan cannot be written.", e);
        }
    }
}
