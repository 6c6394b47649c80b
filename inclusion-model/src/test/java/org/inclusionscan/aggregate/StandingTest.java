package org.inclusionscan.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.aggregate.Organisations.organisation;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.model.Factor;
import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void anOrganisationStandsBesideFiveOthersWithoutItself() {
        // GIVEN an organisation scoring 2 on image, and five others scoring 1, 2, 3, 4, 5, itself among the comparable ones
        OrganisationResult own = organisation("De Linde").factor(Factor.IMAGE, 2.0).build();
        List<OrganisationResult> comparable = new ArrayList<>();
        comparable.add(own);
        for (int i = 1; i <= 5; i++) {
            comparable.add(organisation("peer " + i).factor(Factor.IMAGE, (double) i).build());
        }

        // WHEN its standing is computed
        Standing standing = Standing.of(own, comparable, AggregateOptions.defaults());

        // THEN it is compared with the five others only
        assertThat(standing.withheld()).isNull();
        assertThat(standing.peers()).isEqualTo(5);
        Standing.FactorStanding image = standing.factors().get(Factor.IMAGE);
        assertThat(image.own()).isEqualTo(2.0);
        assertThat(image.peers().quartiles()).isEqualTo(new Quartiles(2.0, 3.0, 4.0));
        assertThat(image.peers().organisations()).isEqualTo(5);
    }

    @Test
    void fourOthersAreTooFewEvenWithItselfAmongThem() {
        OrganisationResult own = organisation("De Linde").build();
        List<OrganisationResult> comparable = new ArrayList<>(Organisations.many(4, 3.0));
        comparable.add(organisation("de linde").build());

        Standing standing = Standing.of(own, comparable, AggregateOptions.defaults());

        assertThat(standing.withheld()).isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(standing.factors()).isEmpty();
    }

    @Test
    void aFactorTooFewPeersHaveAMeanForIsWithheldWithTheCount() {
        OrganisationResult own = organisation("own").build();
        List<OrganisationResult> peers = new ArrayList<>(Organisations.many(5, 3.0));
        peers.set(0, organisation("org 1").factor(Factor.LEGISLATION, null).build());

        Standing standing = Standing.of(own, peers, AggregateOptions.defaults());

        assertThat(standing.factors().get(Factor.LEGISLATION).peers().withheld()).isEqualTo(Withheld.belowMinimum(4, 5));
        assertThat(standing.factors().get(Factor.VISION).peers().isShown()).isTrue();
    }

    @Test
    void thePeersFiguresAreThoseOfTheAggregateOfThePeers() {
        // GIVEN an organisation and seven others with different scores
        OrganisationResult own = organisation("own").all(2.0).build();
        List<OrganisationResult> peers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            peers.add(organisation("peer " + i).all(1.5 + i * 0.5).factor(Factor.IMAGE, 5.0 - i * 0.25).build());
        }
        List<OrganisationResult> withOwn = new ArrayList<>(peers);
        withOwn.add(3, own);

        // WHEN its standing is computed, and the aggregate of the peers alone
        Standing standing = Standing.of(own, withOwn, AggregateOptions.defaults());
        Figures aggregate = Aggregation.of(peers, AggregateOptions.defaults()).figures();

        // THEN the peers' distribution of every factor is the aggregate's: one implementation
        for (Factor factor : Factor.values()) {
            assertThat(standing.factors().get(factor).peers()).isEqualTo(aggregate.factor(factor).distribution());
        }
        assertThat(standing.factors().get(Factor.IMAGE).own()).isEqualTo(2.0);
    }
}
