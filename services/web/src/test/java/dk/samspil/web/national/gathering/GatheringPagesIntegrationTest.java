package dk.samspil.web.national.gathering;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.StubApi;
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

class GatheringPagesIntegrationTest extends WebIntegrationTest {

    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.nationalSecretariat());
    private static final String BOARD = TestTokens.bearer(new Caller("national-board",
            OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Set.of(Role.NATIONAL_BOARD)));

    @Test
    void the_years_gatherings_are_listed_by_date() {
        api.json("/api/national/gatherings?year=2026", "gatherings-2026.json");

        Document html = Jsoup.parse(get("/landet/arrangementer?aar=2026", SECRETARIAT).getBody());

        assertThat(html.select("#arrangementer tbody th").eachText())
                .containsExactly("Temadag om nikotinposer", "Årsmøde 2026");
        assertThat(html.select("#arrangementer tbody tr").get(1).select("td").eachText())
                .containsExactly("årsmøde", "Hele landet", "1. december 2026", "afholdt", "4");
    }

    @Test
    void planning_sends_the_gathering_and_shows_it() {
        api.command("POST", "/api/national/gatherings", 201, "{\"gatheringId\":\"g-1\"}");

        ResponseEntity<String> answer = submitForRedirect("/landet/arrangementer/ny", "/landet/arrangementer/ny",
                SECRETARIAT, Map.of("kind", "THEME_DAY", "districtCode", "1467", "subject", "Temadag om nikotinposer",
                        "date", "2026-11-20", "organiser", "SSP-Samrådet"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION))
                .endsWith("/landet/arrangementer/g-1?udfoert=planlagt");
        assertThat(lastRequest().body()).isEqualTo("{\"kind\":\"THEME_DAY\",\"districtCode\":\"1467\","
                + "\"subject\":\"Temadag om nikotinposer\",\"date\":\"2026-11-20\",\"organiser\":\"SSP-Samrådet\"}");
    }

    @Test
    void a_refused_plan_is_shown_at_its_fields_with_what_was_typed() {
        api.command("POST", "/api/national/gatherings", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"errors":[{"field":"subject","message":"Emne skal udfyldes"}]}""");

        ResponseEntity<String> page = submit("/landet/arrangementer/ny", "/landet/arrangementer/ny", SECRETARIAT,
                Map.of("kind", "WEBINAR", "districtCode", "", "subject", "", "date", "2026-11-20",
                        "organiser", "Fyns Politi"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#subject-fejl").text()).isEqualTo("Emne skal udfyldes");
        assertThat(html.select("#organiser").attr("value")).isEqualTo("Fyns Politi");
        assertThat(html.select("#kind option[selected]").attr("value")).isEqualTo("WEBINAR");
        assertThat(html.select("#districtCode option[selected]").text()).isEqualTo("Hele landet");
    }

    @Test
    void the_secretariat_records_the_participants_of_a_district_gathering() {
        api.json("/api/national/gatherings/g-1", "gathering-planned.json");
        api.command("POST", "/api/national/gatherings/g-1/held", 204, "");

        Document form = Jsoup.parse(get("/landet/arrangementer/g-1", SECRETARIAT).getBody());
        ResponseEntity<String> answer = submitForRedirect("/landet/arrangementer/g-1",
                "/landet/arrangementer/g-1/afholdt", SECRETARIAT, Map.of("heldOn", "2026-11-20", "participants.0336", "4", "participants.0259", ""));

        assertThat(form.select("input[name^=participants.]")).hasSize(10);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION)).endsWith("?udfoert=afholdt");
        assertThat(lastRequest().body()).isEqualTo("{\"heldOn\":\"2026-11-20\",\"participants\":{\"0336\":4}}");
    }

    @Test
    void a_count_that_is_not_a_number_is_refused_in_the_page() {
        api.json("/api/national/gatherings/g-1", "gathering-planned.json");
        int before = api.requests().size();

        ResponseEntity<String> page = submit("/landet/arrangementer/g-1", "/landet/arrangementer/g-1/afholdt",
                SECRETARIAT, Map.of("heldOn", "2026-11-20", "participants.0336", "fire"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.getElementById("participants.0336-fejl").text()).isEqualTo("Skriv antallet som et helt tal");
        assertThat(html.getElementById("participants.0336").attr("value")).isEqualTo("fire");
        assertThat(api.requests().subList(before, api.requests().size())).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void the_board_reads_a_gathering_without_the_secretariats_forms() {
        api.json("/api/national/gatherings/g-1", "gathering-planned.json");

        Document html = Jsoup.parse(get("/landet/arrangementer/g-1", BOARD).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Temadag om nikotinposer");
        assertThat(html.select("form[action$=/afholdt]")).isEmpty();
        assertThat(html.select("form[action$=/aflysning]")).isEmpty();
    }

    @Test
    void cancelling_sends_the_reason() {
        api.json("/api/national/gatherings/g-1", "gathering-planned.json");
        api.command("POST", "/api/national/gatherings/g-1/cancellation", 204, "");

        ResponseEntity<String> answer = submitForRedirect("/landet/arrangementer/g-1",
                "/landet/arrangementer/g-1/aflysning", SECRETARIAT, Map.of("reason", "For få tilmeldte"));

        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION)).endsWith("?udfoert=aflyst");
        assertThat(lastRequest().body()).isEqualTo("{\"reason\":\"For få tilmeldte\"}");
    }

    private static StubApi.Request lastRequest() {
        return api.requests().get(api.requests().size() - 1);
    }
}
