package dk.samspil.contracts.municipality;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FundingCriterionTest {

    @Test
    void an_application_with_two_ssp_parties_a_local_scope_and_a_method_meets_every_criterion() {
        assertThat(FundingCriterion.unmetBy(List.of(Partner.SCHOOL, Partner.POLICE, Partner.CIVIL_SOCIETY),
                InitiativeScope.LOCAL, List.of("Store Heddinge"), List.of(KnowledgeBasedMethod.PEER_TO_PEER))).isEmpty();
    }

    @Test
    void one_ssp_party_named_twice_is_still_one() {
        assertThat(FundingCriterion.unmetBy(List.of(Partner.SCHOOL, Partner.SCHOOL, Partner.HOUSING),
                InitiativeScope.LOCAL, List.of(), List.of(KnowledgeBasedMethod.PEER_TO_PEER)))
                .containsExactly(FundingCriterion.TWO_SSP_PARTIES);
    }

    @Test
    void a_city_wide_initiative_in_one_local_area_without_a_method_misses_two_criteria_in_their_order() {
        assertThat(FundingCriterion.unmetBy(List.of(Partner.SCHOOL, Partner.POLICE), InitiativeScope.CITY_WIDE,
                List.of("Valby", "Valby"), List.of()))
                .containsExactly(FundingCriterion.CITY_WIDE_COVERAGE, FundingCriterion.KNOWLEDGE_BASED_METHOD);
    }

    @Test
    void a_scope_not_yet_chosen_is_not_city_wide() {
        assertThat(FundingCriterion.unmetBy(List.of(Partner.SCHOOL, Partner.POLICE), null, List.of(),
                List.of(KnowledgeBasedMethod.PEER_TO_PEER))).isEmpty();
    }
}
