package dk.samspil.web.audit;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailPageIntegrationTest extends WebIntegrationTest {

    private static final String AUDITOR = TestTokens.bearer(TestCallers.withoutOrganisation(Role.AUDITOR));
    private static final String INITIATIVE = "7d0c6a4e-2f5b-4a8e-9a51-0c8f3f6b2a11";

    @Test
    void the_auditor_finds_who_read_an_initiative_and_why() {
        api.json("/api/audit?subject=" + INITIATIVE + "&from=2026-12-01&to=", "audit-initiative.json");

        Document html = Jsoup.parse(get("/revision?subject=" + INITIATIVE + "&from=2026-12-01&to=", AUDITOR).getBody());

        assertThat(html.select("#revisionsspor tbody tr")).hasSize(2);
        assertThat(html.select("#revisionsspor tbody tr").get(1).select("td").eachText())
                .containsExactly("Læst", "initiative " + INITIATIVE, "district1467-member", "DISTRICT_COUNCIL:1467",
                        "Visning i Samspils webside", "municipality");
        assertThat(html.select("#subject").attr("value")).isEqualTo(INITIATIVE);
    }

    @Test
    void without_a_subject_the_page_only_asks() {
        Document html = Jsoup.parse(get("/revision", AUDITOR).getBody());

        assertThat(html.select("label[for=subject]").text()).isEqualTo("Hvad slås op");
        assertThat(html.select("#revisionsspor")).isEmpty();
    }

    @Test
    void a_period_the_service_refuses_is_shown_at_its_field() {
        api.problem("/api/audit?subject=x&from=2026-12-07&to=2026-12-01", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"from",
                 "detail":"Perioden begynder (from 2026-12-07) efter den slutter (to 2026-12-01)"}""");

        ResponseEntity<String> page = get("/revision?subject=x&from=2026-12-07&to=2026-12-01", AUDITOR);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#from-fejl").text()).startsWith("Perioden begynder");
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#from");
        assertThat(html.select("#to").attr("value")).isEqualTo("2026-12-01");
    }
}
