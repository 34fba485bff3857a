package dk.samspil.web.national.project;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectPagesIntegrationTest extends WebIntegrationTest {

    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.nationalSecretariat());
    private static final String BOARD = TestTokens.bearer(new Caller("national-board",
            OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Set.of(Role.NATIONAL_BOARD)));
    private static final Map<String, String> PROPOSAL = Map.of("name", "Unge og gambling", "purpose",
            "Viden om unges gambling", "owner", "SSP-Samrådet", "coOwners", "Spillemyndigheden\r\n\r\nKL",
            "periodStart", "2027-01-01", "periodEnd", "2027-12-31", "strategicLeadRole", "Formand",
            "staffLeadRole", "Sekretariatschef", "professionalForums", "", "partners", "Center for Ludomani");

    @Test
    void the_projects_are_listed_and_only_the_secretariat_is_offered_a_new_one() {
        api.json("/api/national/projects", "national-projects.json");

        Document secretariat = Jsoup.parse(get("/landet/projekter", SECRETARIAT).getBody());
        Document board = Jsoup.parse(get("/landet/projekter", BOARD).getBody());

        assertThat(secretariat.select("#projekter tbody tr td").eachText())
                .containsExactly("i gang", "1. januar 2026 – 31. december 2028", "1", "1");
        assertThat(secretariat.select("a[href=/landet/projekter/ny]")).hasSize(1);
        assertThat(board.select("a[href=/landet/projekter/ny]")).isEmpty();
    }

    @Test
    void a_project_shows_its_grants_pilot_municipalities_and_milestones() {
        api.json("/api/national/projects/p-1", "national-project.json");

        Document html = Jsoup.parse(get("/landet/projekter/p-1", BOARD).getBody());

        assertThat(html.select("#bevillinger tbody tr").text())
                .isEqualTo("TrygFonden 1.500.000 kr. modtaget 1. februar 2026, Bestyrelsesmøde 1/2026, pkt. 4");
        assertThat(html.select("#pilotkommuner tbody tr").text()).isEqualTo("Stevns medudvikler deltager");
        assertThat(html.select(".item-list li").text()).contains("Metodebeskrivelse klar", "Overskredet");
    }

    @Test
    void a_proposal_sends_its_lists_one_entry_per_line() {
        api.command("POST", "/api/national/projects", 201, "{\"projectId\":\"p-2\"}");

        ResponseEntity<String> answer = submitForRedirect("/landet/projekter/ny", "/landet/projekter/ny", SECRETARIAT,
                PROPOSAL);

        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION))
                .endsWith("/landet/projekter/p-2?udfoert=foreslaaet");
        assertThat(api.requests().get(api.requests().size() - 1).body()).contains(
                "\"coOwners\":[\"Spillemyndigheden\",\"KL\"]", "\"professionalForums\":[]",
                "\"partners\":[\"Center for Ludomani\"]", "\"periodStart\":\"2027-01-01\"");
    }

    @Test
    void a_refused_proposal_is_shown_at_its_fields_with_what_was_typed() {
        api.command("POST", "/api/national/projects", 400, """
                {"title":"Ugyldig forespørgsel","status":400,
                 "errors":[{"field":"periodEnd","message":"Periodens slut skal udfyldes"}]}""");

        ResponseEntity<String> page = submit("/landet/projekter/ny", "/landet/projekter/ny", SECRETARIAT, PROPOSAL);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#periodEnd-fejl").text()).isEqualTo("Periodens slut skal udfyldes");
        assertThat(html.select("#coOwners").text()).contains("Spillemyndigheden");
        assertThat(html.select("#name").attr("value")).isEqualTo("Unge og gambling");
    }
}
