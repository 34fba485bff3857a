package dk.samspil.local.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallingOrganisationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/municipalities/0336/initiatives,                   MUNICIPALITY:0336",
            "GET,  /api/municipalities/0101/concern-feed/stream,           MUNICIPALITY:0101",
            "GET,  /api/municipalities/0336/funding-pools/2026,            MUNICIPALITY:0336",
            "POST, /api/local-councils/LR-0336/reports,                    LOCAL_COUNCIL:LR-0336",
            "GET,  /api/local-councils/LR-0336/decisions,                  LOCAL_COUNCIL:LR-0336",
            "GET,  /api/districts/1467/dashboard?asOf=2026-01-01,          DISTRICT_COUNCIL:1467",
            "POST, /api/districts/1467/cooperation-plan/drafts,            DISTRICT_COUNCIL:1467",
            "POST, /api/districts/1467/cooperation-plan/publication,       DISTRICT_COUNCIL:1467",
            "GET,  /api/districts/1467/cooperation-plan/draft,             DISTRICT_COUNCIL:1467",
            "PUT,  /api/districts/1467/priorities,                         DISTRICT_COUNCIL:1467",
            "GET,  /api/national/overview?asOf=2026-01-01T00:00:00Z,       NATIONAL_ASSOCIATION:SSP-SAMRAADET",
            "POST, /api/national/gatherings,                               NATIONAL_ASSOCIATION:SSP-SAMRAADET"})
    void thePathNamesTheOrganisationThatMakesTheCall(String method, String path, String organisation) {
        assertThat(CallingOrganisation.of(method, path)).hasValue(Organisation.parse(organisation));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/reference/municipalities",
            "GET, /api/reference/districts/1467",
            "GET, /api/local-councils",
            "GET, /api/districts/1467/cooperation-plan"})
    void thePublicReadsNeedNoOne(String method, String path) {
        assertThat(CallingOrganisation.of(method, path)).isEmpty();
    }

    @Test
    void writingTheCooperationPlanIsNotPublic() {
        assertThat(CallingOrganisation.of("POST", "/api/districts/1467/cooperation-plan"))
                .hasValue(Organisation.districtCouncil("1467"));
    }

    @Test
    void aConcernsCallerMustBeNamed() {
        assertThatThrownBy(() -> CallingOrganisation.of("POST", "/api/concerns/c-1/escalation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/api/concerns/c-1/escalation");
    }

    @Test
    void anOrganisationIsWrittenAndReadAsTypeAndCode() {
        Organisation district = Organisation.parse("district_council:1467");

        assertThat(district).isEqualTo(Organisation.districtCouncil("1467"));
        assertThat(district.toString()).isEqualTo("DISTRICT_COUNCIL:1467");
        assertThat(district.scope()).isEqualTo("organisation:DISTRICT_COUNCIL:1467");
        assertThatThrownBy(() -> Organisation.parse("0336")).hasMessageContaining("MUNICIPALITY:0336");
        assertThatThrownBy(() -> Organisation.parse("KOMMUNE:0336")).hasMessageContaining("LOCAL_COUNCIL");
    }
}
