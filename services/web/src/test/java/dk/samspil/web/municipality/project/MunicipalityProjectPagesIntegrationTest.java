package dk.samspil.web.municipality.project;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.SentCommands;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The national projects a municipality takes part in, as its SSP staff and a board member from it see them. */
class MunicipalityProjectPagesIntegrationTest extends WebIntegrationTest {

    private static final String API = "/api/municipalities/0336/projects";
    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    /** A leader-group member of Stevns who sits on SSP-Samrådet's board, and so may open the national projects. */
    private static final String BOARD_MEMBER = TestTokens.bearer(new Caller("bestyrelse-0336",
            OrganisationType.MUNICIPALITY, "0336", Set.of(Role.SSP_LEADER_GROUP, Role.NATIONAL_BOARD)));

    @BeforeEach
    void savedAnswers() {
        api.json(API, "municipality-projects-0336.json");
    }

    @Test
    void the_projects_show_the_municipalitys_role_and_participation_period_and_status() {
        ResponseEntity<String> page = get("/kommuner/0336/projekter", CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Nationale projekter");
        assertThat(html.select("#projekter caption").text()).isNotBlank();
        assertThat(html.select("#projekter thead th").eachText()).containsExactly("Projekt", "Kommunens rolle",
                "Deltagelse", "Periode", "Projektets status");
        assertThat(html.select("#projekter tbody tr").get(0).select("th, td").eachText()).containsExactly(
                "Forældresamarbejde 2026-2028", "Medudvikler", "Deltager", "1. januar 2026 – 31. december 2028",
                "I gang");
        assertThat(html.select("#projekter tbody tr").get(1).select("td").eachText())
                .containsExactly("Afprøvningskommune", "Inviteret", "1. august 2026 – 31. juli 2027", "Ansøgt om midler");
        assertThat(html.select("#projekter tbody tr").get(2).select("td").eachText())
                .containsExactly("Afprøvningskommune", "Udtrådt", "Ikke kendt endnu", "Foreslået");
        assertThat(SentCommands.last(api, "GET", API).authorization()).isEqualTo(CONSULTANT);
    }

    @Test
    void municipal_staff_see_the_names_without_links_to_the_national_pages_they_may_not_open() {
        Document html = Jsoup.parse(get("/kommuner/0336/projekter", CONSULTANT).getBody());

        assertThat(html.select("#projekter tbody th").eachText()).containsExactly("Forældresamarbejde 2026-2028",
                "Digital dannelse i udskolingen", "Natteliv uden rusmidler");
        assertThat(html.select("#projekter a")).isEmpty();
    }

    @Test
    void a_board_member_gets_each_project_linked_to_its_national_page() {
        Document html = Jsoup.parse(get("/kommuner/0336/projekter", BOARD_MEMBER).getBody());

        assertThat(html.select("#projekter tbody th a").eachAttr("href")).containsExactly(
                "/landet/projekter/3f2a9c1e-7b4d-4e8a-9c6f-1d2e3f4a5b61",
                "/landet/projekter/8c7b6a5d-4e3f-4a2b-8c1d-0e9f8a7b6c52",
                "/landet/projekter/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c73");
    }

    @Test
    void the_menu_of_municipal_staff_leads_to_the_page() {
        Document html = Jsoup.parse(get("/kommuner/0336/projekter", CONSULTANT).getBody());

        assertThat(html.select(".sidemenu a[aria-current=page]").text()).isEqualTo("Nationale projekter");
        assertThat(html.select(".sidemenu a[aria-current=page]").attr("href")).isEqualTo("/kommuner/0336/projekter");
    }

    @Test
    void an_unknown_kommunekode_is_the_danish_not_found_page() {
        ResponseEntity<String> page = get("/kommuner/0999/projekter", CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
