package dk.samspil.web.page;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.web.signin.SignedInUser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MenusTest {

    private final Menus menus = new Menus();

    @Test
    void a_municipality_consultant_is_offered_the_initiatives_and_the_dashboard_of_the_municipalitys_district() {
        assertThat(menus.of(user(OrganisationType.MUNICIPALITY, "0336", Role.SSP_CONSULTANT), "/"))
                .extracting(MenuItem::href).containsExactly("/", "/kommuner/0336/indsatser",
                        "/kommuner/0336/pulje", "/kommuner/0336/handleplaner", "/kommuner/0336/bekymringer",
                        "/kommuner/0336/bekymringsfeed", "/kommuner/0336/abonnementer", "/kommuner/0336/projekter",
                        "/kredse/1467");
    }

    @Test
    void the_national_secretariat_is_offered_the_national_pages() {
        assertThat(menus.of(user(OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Role.NATIONAL_SECRETARIAT), "/"))
                .extracting(MenuItem::label)
                .containsExactly("Mit overblik", "Landsoverblik", "Udvikling måned for måned", "Årsberetning",
                        "Nationale projekter", "Arrangementer", "Fora og netværk", "Slet personoplysninger");
    }

    @Test
    void an_auditor_is_offered_the_audit_trail() {
        assertThat(menus.of(user(OrganisationType.NONE, null, Role.AUDITOR), "/")).extracting(MenuItem::href)
                .containsExactly("/", "/revision");
    }

    @Test
    void a_data_protection_officer_is_offered_erasure() {
        assertThat(menus.of(user(OrganisationType.MUNICIPALITY, "0336", Role.DPO), "/")).extracting(MenuItem::href)
                .containsExactly("/", "/personoplysninger/sletning");
    }

    @Test
    void the_page_shown_is_the_longest_matching_menu_item() {
        var items = menus.of(user(OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Role.NATIONAL_BOARD),
                "/landet/aarsberetning/2026");

        assertThat(items).filteredOn(MenuItem::current).extracting(MenuItem::href)
                .containsExactly("/landet/aarsberetning");
    }

    private static SignedInUser user(OrganisationType type, String code, Role role) {
        return new SignedInUser("Navn", new Caller("someone", type, code, Set.of(role)), "token");
    }
}
