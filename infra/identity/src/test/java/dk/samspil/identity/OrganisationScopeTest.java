package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrganisationScopeTest {

    @Test
    void everyOrganisationOfTheReferenceDataHasAScope() {
        List<String> all = OrganisationScope.all();

        assertThat(all).hasSize(98 + 98 + 12 + 1).doesNotHaveDuplicates()
                .contains("organisation:MUNICIPALITY:0336", "organisation:MUNICIPALITY:0101",
                        "organisation:LOCAL_COUNCIL:LR-0336", "organisation:DISTRICT_COUNCIL:1467",
                        "organisation:DISTRICT_COUNCIL:1471", "organisation:NATIONAL_ASSOCIATION:SSP-SAMRAADET")
                // Christiansø is not a municipality
                .doesNotContain("organisation:MUNICIPALITY:0411");
        assertThat(all).allSatisfy(scope -> assertThat(OrganisationScope.parse(scope).map(OrganisationScope::value))
                .hasValue(scope));
    }

    @Test
    void aScopeNamesTheOrganisationByTypeAndCode() {
        assertThat(OrganisationScope.parse("organisation:LOCAL_COUNCIL:LR-0336").map(OrganisationScope::organisation))
                .hasValue(new Organisation(OrganisationType.LOCAL_COUNCIL, "LR-0336"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openid", "organisation:MUNICIPALITY", "organisation:MUNICIPALITY:336",
            "organisation:KOMMUNE:0336", "organisation:NONE:", "organisation:municipality:0336",
            "organisation:DISTRICT_COUNCIL:0336"})
    void otherScopesAndMalformedOrganisationScopesNameNoOrganisation(String scope) {
        assertThat(OrganisationScope.parse(scope)).isEmpty();
    }

    @Test
    void theTokenCarriesTheRolesOfTheOrganisationsStaff() {
        assertThat(staffRoles("organisation:MUNICIPALITY:0336"))
                .containsExactly(Role.SSP_CONSULTANT, Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT);
        assertThat(staffRoles("organisation:LOCAL_COUNCIL:LR-0336")).containsExactly(Role.LOCAL_COUNCIL_MEMBER);
        assertThat(staffRoles("organisation:DISTRICT_COUNCIL:1467"))
                .containsExactly(Role.DISTRICT_COUNCIL_MEMBER, Role.DISTRICT_SECRETARIAT);
        assertThat(staffRoles("organisation:NATIONAL_ASSOCIATION:SSP-SAMRAADET"))
                .containsExactly(Role.NATIONAL_SECRETARIAT);
    }

    private static List<Role> staffRoles(String scope) {
        return OrganisationScope.parse(scope).orElseThrow().staffMembership().roles();
    }
}
