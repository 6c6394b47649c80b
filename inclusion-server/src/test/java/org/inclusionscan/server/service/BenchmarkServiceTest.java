package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inclusionscan.aggregate.AggregateOptions;
import org.inclusionscan.aggregate.Aggregation;
import org.inclusionscan.aggregate.Withheld;
import org.inclusionscan.cli.Main;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.server.InclusionServer.Services;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.BenchmarkService.Fixed;
import org.inclusionscan.server.service.BenchmarkService.FixedView;
import org.inclusionscan.server.service.BenchmarkService.Selection;
import org.inclusionscan.server.store.BenchmarkRepository;
import org.inclusionscan.server.store.BenchmarkRepository.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picture across organisations on a real database (H2, or PostgreSQL through {@link TestDatabase}):
 * selections, the minimum of 5 organisations, the latest closed round that met its minimum, archived
 * organisations, a coordinator's fixed selections without their own organisation, and the same
 * figures as {@code bin/inclusion aggregate} on the exported scans.
 */
class BenchmarkServiceTest {

    private static final Municipality ANDERLECHT = new Municipality("Anderlecht", "21001");
    private static final Municipality LINDEGEM = new Municipality("Lindegem", null);

    private Database database;
    private Services services;
    private BenchmarkService benchmark;
    private Coordinator admin;
    private final Random random = new Random(7);
    private int day;

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        services = Services.over(database, Clock.systemDefaultZone());
        benchmark = new BenchmarkService(database.sql(), Clock.systemDefaultZone(), services.rounds(), services.rules(),
                AggregateOptions.defaults());
        admin = services.platform().addAdmin("admin@host.example", "Copper kettle rowing 47 north");
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A closed round of a (new or existing, by name) organisation without coordinators, with 5 respondents and minimum 3. */
    private Round closedRound(String name, Region region, Sector sector, Municipality municipality, int minimum) {
        DemoPeers.Peer peer = new DemoPeers.Peer(name, sector, municipality, List.of(TargetGroup.OLDER_PEOPLE));
        Scan generated = DemoPeers.scan(peer, QuestionnaireRegistry.defaultQuestionnaire(), LocalDate.of(2026, 1, 1).plusDays(day++),
                random);
        Scan scan = new Scan(new org.inclusionscan.model.Organisation(name, region, sector,
                name.contains("Newcomers") ? List.of(TargetGroup.NEWCOMERS) : List.of(TargetGroup.OLDER_PEOPLE)),
                generated.questionnaireId(), generated.date(), generated.respondents().subList(0, 5), null);
        Round round = services.rounds().importScan(null, json(scan), minimum);
        database.sql().inTransaction(tx -> {
            new BenchmarkRepository().updateMunicipality(tx, round.organisationId(), municipality);
            return null;
        });
        return round;
    }

    private Round closedRound(String name, Region region, Sector sector, Municipality municipality) {
        return closedRound(name, region, sector, municipality, 3);
    }

    private static byte[] json(Scan scan) {
        try {
            return Json.mapper().writeValueAsBytes(scan);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seven organisations: five in Brussels (Anderlecht; three service centres, two youth work), two youth works in Flanders. */
    private List<Round> sevenOrganisations() {
        List<Round> rounds = new ArrayList<>();
        rounds.add(closedRound("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT));
        rounds.add(closedRound("Centre B", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT));
        rounds.add(closedRound("Centre C Newcomers", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT));
        rounds.add(closedRound("Youth D", Region.BRUSSELS, Sector.YOUTH_WORK, ANDERLECHT));
        rounds.add(closedRound("Youth E", Region.BRUSSELS, Sector.YOUTH_WORK, ANDERLECHT));
        rounds.add(closedRound("Youth F", Region.FLANDERS, Sector.YOUTH_WORK, LINDEGEM));
        rounds.add(closedRound("Youth G", Region.FLANDERS, Sector.YOUTH_WORK, LINDEGEM));
        return rounds;
    }

    @Test
    void a_selection_counts_its_organisations_and_below_five_says_why() {
        // GIVEN seven organisations
        sevenOrganisations();

        // THEN all seven, the five of Brussels, of Anderlecht by name (any case or accent) and by code are shown
        assertThat(benchmark.aggregate(admin, Selection.ALL).organisations()).isEqualTo(7);
        Aggregation brussels = benchmark.aggregate(admin, new Selection(Region.BRUSSELS, null, null, null));
        assertThat(brussels.isShown()).isTrue();
        assertThat(brussels.organisations()).isEqualTo(5);
        assertThat(benchmark.aggregate(admin, new Selection(null, null, " ANDERLÉCHT ", null)).organisations()).isEqualTo(5);
        assertThat(benchmark.aggregate(admin, new Selection(null, null, "21001", null)).organisations()).isEqualTo(5);

        // AND the four youth works, three service centres and one newcomers' centre are withheld with the reason
        Aggregation youth = benchmark.aggregate(admin, new Selection(null, Sector.YOUTH_WORK, null, null));
        assertThat(youth.isShown()).isFalse();
        assertThat(youth.withheld()).isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(youth.figures()).isNull();
        assertThat(benchmark.aggregate(admin, new Selection(Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, null, null)).withheld())
                .isEqualTo(Withheld.belowMinimum(3, 5));
        assertThat(benchmark.aggregate(admin, new Selection(null, null, null, TargetGroup.NEWCOMERS)).withheld())
                .isEqualTo(Withheld.belowMinimum(1, 5));
    }

    @Test
    void only_administrators_choose_a_selection() {
        sevenOrganisations();
        Coordinator coordinator = services.accounts().addCoordinator("c@example.org", "a long enough password");

        assertThatThrownBy(() -> benchmark.aggregate(coordinator, Selection.ALL))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThatThrownBy(() -> benchmark.aggregate(null, Selection.ALL)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> benchmark.municipalities(coordinator)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> benchmark.updateMunicipality(coordinator, "any", "Gent", null)).isInstanceOf(Refusal.class);
    }

    @Test
    void each_organisation_counts_by_its_latest_closed_round_that_met_its_minimum() {
        // GIVEN an organisation with an earlier round that met its minimum and a later one below it (5 of 10)
        Round met = closedRound("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT);
        Round below = closedRound("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT, 10);
        assertThat(below.organisationId()).isEqualTo(met.organisationId());
        // AND an open round made after both
        services.rounds().createIn(met.organisationId(), new RoundService.NewRound(
                new org.inclusionscan.model.Organisation("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, List.of()),
                "selfscan-3", List.of(Language.NL), null, 3, LinkKind.SHARED, 0, false));

        // THEN the round that met its minimum counts, once
        assertThat(benchmark.peers()).singleElement().satisfies(peer -> assertThat(peer.roundId()).isEqualTo(met.id()));

        // WHEN a later round meets its minimum, it counts instead
        Round later = closedRound("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT);
        assertThat(benchmark.peers()).singleElement().satisfies(peer -> assertThat(peer.roundId()).isEqualTo(later.id()));
    }

    @Test
    void archived_organisations_are_left_out() {
        List<Round> rounds = sevenOrganisations();
        services.platform().archiveOrganisation(admin, rounds.get(0).organisationId(), true);

        assertThat(benchmark.aggregate(admin, Selection.ALL).organisations()).isEqualTo(6);
        assertThat(benchmark.aggregate(admin, new Selection(Region.BRUSSELS, null, null, null)).withheld())
                .isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(benchmark.peers()).noneMatch(peer -> peer.organisationId().equals(rounds.get(0).organisationId()));
    }

    @Test
    void a_coordinator_sees_the_fixed_selections_without_their_own_organisation() {
        // GIVEN seven organisations, and two more service centres in Brussels elsewhere; the coordinator leads Centre A
        List<Round> rounds = sevenOrganisations();
        closedRound("Centre H", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, null_municipality());
        closedRound("Centre I", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, null_municipality());
        closedRound("Centre J", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, null_municipality());
        String own = rounds.get(0).organisationId();
        Coordinator coordinator = services.accounts().addCoordinator("a@example.org", "a long enough password");
        database.sql().inTransaction(tx -> {
            new org.inclusionscan.server.store.CoordinatorRepository().addToOrganisation(tx, coordinator.id(), own);
            return null;
        });

        // WHEN the coordinator asks for their selections
        List<FixedView> views = benchmark.fixedSelections(coordinator, own);

        // THEN sector (5 other service centres), region (7 others in Brussels) and municipality (4 others), none holding
        // Centre A: the sector is shown (without groups inside it); the region would differ from it by the two youth
        // works only, and the municipality has too few
        assertThat(views).extracting(FixedView::kind).containsExactly(Fixed.SECTOR, Fixed.REGION, Fixed.MUNICIPALITY);
        assertThat(views).extracting(view -> view.aggregation().organisations()).containsExactly(5, 7, 4);
        assertThat(views.get(0).aggregation().isShown()).isTrue();
        assertThat(views.get(0).aggregation().groups()).isEmpty();
        assertThat(views.get(0).aggregation().figures().overall().organisations()).isEqualTo(5);
        assertThat(views.get(1).aggregation().withheld()).isEqualTo(new Withheld(Withheld.COMPLEMENT_BELOW_MINIMUM, 2, 5));
        assertThat(views.get(2).aggregation().withheld()).isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(views).extracting(FixedView::value).containsExactly("local-service-centre", "brussels", "Anderlecht (21001)");

        // AND another organisation's selections, or an unknown kind, are not found
        String other = rounds.get(5).organisationId();
        assertThatThrownBy(() -> benchmark.fixedSelections(coordinator, other)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> benchmark.fixedSelection(coordinator, own, "all")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> benchmark.fixedSelection(coordinator, own, "sector&region=")).isInstanceOf(Refusal.class);
    }

    private static Municipality null_municipality() {
        return Municipality.NONE;
    }

    @Test
    void two_fixed_selections_that_differ_in_fewer_than_five_organisations_are_not_both_shown() {
        // GIVEN the coordinator's Centre A among 6 other service centres in Brussels and 2 youth works there:
        // sector = 6, region = 8; they differ in 2 organisations
        String own = closedRound("Centre A", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, ANDERLECHT).organisationId();
        for (String name : List.of("B", "C", "D", "E", "F", "G")) {
            closedRound("Centre " + name, Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, Municipality.NONE);
        }
        closedRound("Youth X", Region.BRUSSELS, Sector.YOUTH_WORK, Municipality.NONE);
        closedRound("Youth Y", Region.BRUSSELS, Sector.YOUTH_WORK, Municipality.NONE);

        List<FixedView> views = benchmark.fixedSelections(admin, own);

        // THEN the sector is shown and the region is withheld: beside the sector it would show the two youth works
        assertThat(views.get(0).aggregation().isShown()).isTrue();
        assertThat(views.get(1).aggregation().withheld())
                .isEqualTo(new Withheld(Withheld.COMPLEMENT_BELOW_MINIMUM, 2, 5));
    }

    @Test
    void where_a_round_stands_beside_five_other_organisations_of_its_sector() {
        // GIVEN a coordinator's round among 5 other service centres
        List<Round> rounds = sevenOrganisations();
        closedRound("Centre H", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, Municipality.NONE);
        closedRound("Centre I", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, Municipality.NONE);
        closedRound("Centre J", Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, Municipality.NONE);
        Coordinator coordinator = services.accounts().addCoordinator("a@example.org", "a long enough password");
        database.sql().inTransaction(tx -> {
            new org.inclusionscan.server.store.CoordinatorRepository().addToOrganisation(tx, coordinator.id(),
                    rounds.get(0).organisationId());
            return null;
        });

        BenchmarkService.StandingView view = benchmark.standing(coordinator, rounds.get(0).id()).orElseThrow();

        assertThat(view.shown()).isTrue();
        assertThat(view.basis()).isEqualTo(Fixed.SECTOR);
        assertThat(view.standing().peers()).isEqualTo(5);
        assertThat(view.standing().factors()).hasSize(24);

        // AND a youth work in Flanders (one other youth work there, four of the sector) sees why nothing is shown
        Coordinator youth = services.accounts().addCoordinator("g@example.org", "a long enough password");
        database.sql().inTransaction(tx -> {
            new org.inclusionscan.server.store.CoordinatorRepository().addToOrganisation(tx, youth.id(), rounds.get(6).organisationId());
            return null;
        });
        BenchmarkService.StandingView withheld = benchmark.standing(youth, rounds.get(6).id()).orElseThrow();
        assertThat(withheld.shown()).isFalse();
        assertThat(withheld.withheld()).isEqualTo(Withheld.belowMinimum(3, 5));
        assertThat(withheld.sectorPeers()).isEqualTo(3);
        assertThat(withheld.regionPeers()).isEqualTo(1);
        // AND another organisation's round is not found
        assertThatThrownBy(() -> benchmark.standing(youth, rounds.get(0).id())).isInstanceOf(Refusal.class);
    }

    @Test
    void the_municipality_is_checked_with_the_field_named() {
        assertThat(BenchmarkService.checkedMunicipality("  Sint-Jans-Molenbeek ", " 21012 ")).isEqualTo(
                new Municipality("Sint-Jans-Molenbeek", "21012"));
        assertThat(BenchmarkService.checkedMunicipality("Amsterdam", "gm0363")).isEqualTo(new Municipality("Amsterdam", "GM0363"));
        assertThat(BenchmarkService.checkedMunicipality("", "")).isEqualTo(Municipality.NONE);
        assertThatThrownBy(() -> BenchmarkService.checkedMunicipality("Gent", "2100"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("municipalityCode"));
        assertThatThrownBy(() -> BenchmarkService.checkedMunicipality("Gent", "GM12345"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("municipalityCode"));
        assertThatThrownBy(() -> BenchmarkService.checkedMunicipality("x".repeat(101), null))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("municipality"));
        assertThatThrownBy(() -> BenchmarkService.checkedMunicipality("Gent\nBrugge", null))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("municipality"));

        // AND an administrator's change is stored and audited
        Round round = closedRound("Centre A", Region.FLANDERS, Sector.LOCAL_SERVICE_CENTRE, Municipality.NONE);
        benchmark.updateMunicipality(admin, round.organisationId(), "Gent", "44021");
        assertThat(benchmark.municipality(admin, round.organisationId())).isEqualTo(new Municipality("Gent", "44021"));
        assertThat(services.platform().auditLog(admin, 10)).anyMatch(entry -> entry.action().equals("organisation-municipality")
                && "Gent (44021)".equals(entry.subject()));
    }

    @Test
    void the_server_gives_the_same_figures_as_the_command_line_on_the_same_scans(@TempDir Path dir) throws Exception {
        // GIVEN seven organisations, one of them with an earlier round too
        closedRound("Youth G", Region.FLANDERS, Sector.YOUTH_WORK, LINDEGEM);
        sevenOrganisations();

        // WHEN every round in the picture is exported as the API exports it, one scan per line, and given to the command line
        StringBuilder lines = new StringBuilder();
        for (BenchmarkService.Peer peer : benchmark.peers()) {
            lines.append(Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(services.rounds().exportScan(null, peer.roundId()))).append('\n');
        }
        Path jsonl = dir.resolve("scans.jsonl");
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("aggregate.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"aggregate", jsonl.toString(), "--format", "json", "--lang", "en", "--out", out.toString()},
                new ByteArrayOutputStream(), err);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

        // THEN the server's aggregate JSON holds the same figures, field by field (the date of writing aside)
        String server = services.rules().current().reporter().renderAggregate(benchmark.aggregate(admin, Selection.ALL),
                ReportFormat.JSON, ReportOptions.in(Language.EN));
        JsonNode fromServer = Json.mapper().readTree(server);
        JsonNode fromCli = Json.mapper().readTree(Files.readString(out));
        ((ObjectNode) fromServer).remove("generatedOn");
        ((ObjectNode) fromCli).remove("generatedOn");
        assertThat(fromServer.get("organisations").asInt()).isEqualTo(7);
        assertThat(fromServer.get("figures").get("factors").size()).isEqualTo(24);
        assertThat(fromServer).isEqualTo(fromCli);
    }
}
