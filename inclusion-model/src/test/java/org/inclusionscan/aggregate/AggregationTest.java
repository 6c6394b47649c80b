package org.inclusionscan.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.inclusionscan.aggregate.Organisations.organisation;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationTest {

    private static final AggregateOptions DEFAULTS = AggregateOptions.defaults();

    @Test
    void fourOrganisationsAreWithheldWithTheReason() {
        // GIVEN four organisations, one fewer than the default minimum
        List<OrganisationResult> four = Organisations.many(4, 3.0);

        // WHEN they are aggregated
        Aggregation aggregation = Aggregation.of(four, DEFAULTS);

        // THEN nothing is shown, and the reason says how many there are and how many are needed
        assertThat(aggregation.isShown()).isFalse();
        assertThat(aggregation.figures()).isNull();
        assertThat(aggregation.groups()).isEmpty();
        assertThat(aggregation.withheld()).isEqualTo(new Withheld("below-minimum", 4, 5));
    }

    @Test
    void fiveOrganisationsAreShown() {
        Aggregation aggregation = Aggregation.of(Organisations.many(5, 3.0), DEFAULTS);

        assertThat(aggregation.isShown()).isTrue();
        assertThat(aggregation.organisations()).isEqualTo(5);
        assertThat(aggregation.figures().overall().organisations()).isEqualTo(5);
        assertThat(aggregation.figures().overall().quartiles()).isEqualTo(new Quartiles(3.0, 3.0, 3.0));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1, 0, -5})
    void aMinimumBelowThreeIsRefused(int minimum) {
        assertThatThrownBy(() -> DEFAULTS.withMinimum(minimum))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The anonymity minimum (" + minimum + ") must be at least 3 organisations")
                .hasMessageContaining("The default is 5.");
    }

    @Test
    void aMinimumOfThreeShowsThreeOrganisations() {
        Aggregation aggregation = Aggregation.of(Organisations.many(3, 4.0), DEFAULTS.withMinimum(3));

        assertThat(aggregation.isShown()).isTrue();
    }

    @Test
    void aFactorIsSpreadOverTheOrganisationsWithAMean() {
        // GIVEN six organisations whose vision scores 2.5, 3, 3.25, 4, 4.5, 5 and one without a vision score
        List<OrganisationResult> results = new ArrayList<>();
        double[] visions = {4.5, 2.5, 5.0, 3.25, 4.0, 3.0};
        for (int i = 0; i < visions.length; i++) {
            results.add(organisation("org " + i).factor(Factor.VISION, visions[i]).build());
        }
        results.add(organisation("without vision").factor(Factor.VISION, null).build());

        // WHEN they are aggregated
        Distribution vision = Aggregation.of(results, DEFAULTS).figures().factor(Factor.VISION).distribution();

        // THEN the quartiles are those computed by hand (QuartilesTest), over the six with a mean
        assertThat(vision.organisations()).isEqualTo(6);
        assertThat(vision.absent()).isEqualTo(1);
        assertThat(vision.quartiles().q1()).isCloseTo(3.0625, within(1e-12));
        assertThat(vision.quartiles().median()).isCloseTo(3.625, within(1e-12));
        assertThat(vision.quartiles().q3()).isCloseTo(4.375, within(1e-12));
        assertThat(vision.mean()).isCloseTo(22.25 / 6, within(1e-12));
        // AND the levels by the bands: moderate 2.5 and 3; good 3.25; strong 4, 4.5 and 5
        assertThat(vision.levels()).containsEntry(Level.LOW, 0).containsEntry(Level.MODERATE, 2)
                .containsEntry(Level.GOOD, 1).containsEntry(Level.STRONG, 3);
        assertThat(vision.share(Level.STRONG)).isCloseTo(0.5, within(1e-12));
        // AND the median 3.625 is good by the bands the organisations share
        assertThat(vision.medianLevel()).isEqualTo(Level.GOOD);
    }

    @Test
    void aFactorFewerOrganisationsHaveAMeanForIsWithheld() {
        // GIVEN six organisations of which only four have a score for information
        List<OrganisationResult> results = new ArrayList<>(Organisations.many(4, 3.0));
        results.add(organisation("a").factor(Factor.INFORMATION, null).build());
        results.add(organisation("b").factor(Factor.INFORMATION, null).build());

        // WHEN aggregated
        Figures figures = Aggregation.of(results, DEFAULTS).figures();

        // THEN information is withheld (4 below 5), other factors are shown
        Distribution information = figures.factor(Factor.INFORMATION).distribution();
        assertThat(information.withheld()).isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(information.quartiles()).isNull();
        assertThat(information.levels()).isEmpty();
        assertThat(information.absent()).isEqualTo(2);
        assertThat(figures.factor(Factor.VISION).distribution().isShown()).isTrue();
    }

    @Test
    void theFactorsMostOftenWeakAndTheRecommendationsMostOftenGivenComeFirst() {
        // GIVEN five organisations: three weak on image, one weak on image and vision, all given "team.disagreement" twice
        List<OrganisationResult> results = List.of(
                organisation("a").factor(Factor.IMAGE, 2.0).recommendation("team.disagreement").build(),
                organisation("b").factor(Factor.IMAGE, 1.5).recommendation("team.disagreement").build(),
                organisation("c").factor(Factor.IMAGE, 2.25).factor(Factor.VISION, 2.0).build(),
                organisation("d").factor(Factor.IMAGE, 2.4).recommendation("team.disagreement").build(),
                organisation("e").build());

        // WHEN aggregated with top lists of 5
        Figures figures = Aggregation.of(results, DEFAULTS).figures();

        // THEN image (4 of 5) comes before vision (1 of 5); team.disagreement is given to 3
        assertThat(figures.weakFactors()).containsExactly(new Count("image", 4, 0.8), new Count("vision", 1, 0.2));
        assertThat(figures.factor(Factor.IMAGE).weak()).isEqualTo(4);
        assertThat(figures.recommendations()).startsWith(new Count("factor.image.weak", 4, 0.8),
                new Count("team.disagreement", 3, 0.6));
        assertThat(figures.tools()).startsWith(new Count("tool-image", 4, 0.8));
    }

    @Test
    void theTopListsAreCut() {
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(organisation("o" + i).all(2.0).build());
        }

        Figures figures = Aggregation.of(results, DEFAULTS.withTop(3)).figures();

        assertThat(figures.weakFactors()).extracting(Count::id).containsExactly("legislation", "stakeholders", "inspiring-practices");
        assertThat(figures.recommendations()).hasSize(3);
    }

    @Test
    void dimensionsAndCellsComeFromTheScoreCardsAsGiven() {
        Figures figures = Aggregation.of(Organisations.many(5, 4.25), DEFAULTS).figures();

        assertThat(figures.dimensions().get(Dimension.POLICY).quartiles().median()).isEqualTo(4.25);
        assertThat(figures.cell(Domain.STAFF, Dimension.CULTURE).levels()).containsEntry(Level.STRONG, 5);
        assertThat(figures.cells()).hasSize(12);
    }

    @Test
    void aGroupBelowTheMinimumIsWithheldAndALargeOneShown() {
        // GIVEN six organisations in Brussels and one in Flanders... plus four more in Flanders: 6 and 5
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(organisation("bxl " + i).region(Region.BRUSSELS).serves(TargetGroup.NEWCOMERS).build());
        }
        for (int i = 0; i < 5; i++) {
            results.add(organisation("vl " + i).region(Region.FLANDERS).serves(TargetGroup.NEWCOMERS, TargetGroup.POVERTY).build());
        }
        results.add(organisation("wal").region(Region.WALLONIA).serves(TargetGroup.POVERTY, TargetGroup.CHILDREN).build());

        // WHEN aggregated
        Aggregation aggregation = Aggregation.of(results, DEFAULTS);

        // THEN Wallonia (1) is withheld; then Brussels (6) and Flanders (5) would leave Wallonia's one
        // organisation to be worked out from the whole, so they are withheld too
        assertThat(group(aggregation, GroupKind.REGION, "wallonia").withheld()).isEqualTo(Withheld.belowMinimum(1, 5));
        assertThat(group(aggregation, GroupKind.REGION, "brussels").withheld())
                .isEqualTo(new Withheld("complement-below-minimum", 1, 5));
        assertThat(group(aggregation, GroupKind.REGION, "flanders").figures()).isNull();
        // AND newcomers (11 of 12: the rest is 1) is withheld, poverty (6, rest 6) shown, children (1) withheld
        assertThat(group(aggregation, GroupKind.TARGET_GROUP, "newcomers").withheld())
                .isEqualTo(new Withheld("complement-below-minimum", 1, 5));
        assertThat(group(aggregation, GroupKind.TARGET_GROUP, "poverty").figures().overall().organisations()).isEqualTo(6);
        assertThat(group(aggregation, GroupKind.TARGET_GROUP, "children").withheld()).isEqualTo(Withheld.belowMinimum(1, 5));
        // AND groups without organisations are not listed
        assertThat(aggregation.groups()).extracting(Group::id).doesNotContain("netherlands", "older-people");
    }

    @Test
    void regionsLargeEnoughWithNothingLeftOverAreShown() {
        List<OrganisationResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(organisation("bxl " + i).region(Region.BRUSSELS).build());
            results.add(organisation("vl " + i).region(Region.FLANDERS).build());
        }

        Aggregation aggregation = Aggregation.of(results, DEFAULTS);

        assertThat(group(aggregation, GroupKind.REGION, "brussels").figures().overall().organisations()).isEqualTo(5);
        assertThat(group(aggregation, GroupKind.REGION, "flanders").withheld()).isNull();
    }

    @Test
    void anOrganisationGivenTwiceIsRefused() {
        List<OrganisationResult> results = new ArrayList<>(Organisations.many(5, 3.0));
        results.add(organisation("Org  1").build());

        assertThatThrownBy(() -> Aggregation.of(results, DEFAULTS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The organisation (org 1) is given twice");
    }

    @Test
    void anOrganisationWithItsOwnKeyCountsApart() {
        List<OrganisationResult> results = new ArrayList<>(Organisations.many(4, 3.0));
        results.add(organisation("Org 1").build().withKey("org-id-77"));

        assertThat(Aggregation.of(results, DEFAULTS).organisations()).isEqualTo(5);
    }

    private static Group group(Aggregation aggregation, GroupKind kind, String id) {
        return aggregation.groups().stream().filter(g -> g.kind() == kind && g.id().equals(id)).findFirst().orElseThrow();
    }
}
