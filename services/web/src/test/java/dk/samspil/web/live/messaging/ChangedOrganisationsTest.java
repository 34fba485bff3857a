package dk.samspil.web.live.messaging;

import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.reference.LocalCouncils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedOrganisationsTest {

    private final ChangedOrganisations organisations = new ChangedOrganisations(LocalCouncils.defaults());

    @Test
    void a_municipalitys_change_shows_on_its_districts_page_and_the_national_picture() {
        assertThat(organisations.channelsOf(Sources.municipality("0336"))).containsExactlyInAnyOrder("kreds-1467", "landet");
    }

    @Test
    void a_local_councils_change_shows_on_its_districts_page() {
        assertThat(organisations.channelsOf(Sources.localCouncil("LR-0101"))).containsExactlyInAnyOrder("kreds-1470", "landet");
    }

    @Test
    void a_district_councils_change_shows_on_its_own_page() {
        assertThat(organisations.channelsOf(Sources.districtCouncil("1460"))).containsExactlyInAnyOrder("kreds-1460", "landet");
    }

    @Test
    void the_national_associations_projects_and_gatherings_show_everywhere() {
        assertThat(organisations.channelsOf(Sources.nationalAssociation())).containsExactly("*");
    }

    @Test
    void an_unknown_municipality_only_moves_the_national_picture() {
        assertThat(organisations.channelsOf(Sources.municipality("9999"))).containsExactly("landet");
    }
}
