package dk.samspil.web.municipality.fundingpool;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.SentCommands;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool page: its figures from the municipality service, the money per initiative, and opening a year's pool. */
class FundingPoolPageIntegrationTest extends WebIntegrationTest {

    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    private static final String LEADER_GROUP = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_LEADER_GROUP));
    private static final String DISTRICT = TestTokens.bearer(TestCallers.districtCouncil("1467"));
    private static final String POOLS = "/api/municipalities/0336/funding-pools";
    private static final String PAGE = "/kommuner/0336/pulje";

    @BeforeEach
    void savedAnswers() {
        api.json(POOLS, "funding-pools-0336.json");
        api.json("/api/municipalities/0336/initiatives", "initiatives-0336.json");
    }

    @Test
    void the_pool_shows_its_key_figures_and_each_initiatives_money_linked_to_the_initiative() {
        Document html = Jsoup.parse(get(PAGE + "?aar=2026", DISTRICT).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Puljen 2026");
        assertThat(html.select("#noegletal .key-figure").eachText()).containsExactly("300.000 kr. puljens beløb",
                "75.000 kr. reserveret til godkendte budgetter", "22.500 kr. brugt ifølge regnskaberne",
                "202.500 kr. tilbage");
        assertThat(html.select("#indsatser tbody tr").eachText()).containsExactly(
                "Gruppescreening af 7. klasser 45.000 kr. – Reserveret",
                "Kriminalpræventiv undervisning 25.000 kr. 22.500 kr. Afregnet",
                "Rusmiddelundervisning 30.000 kr. – Reserveret");
        assertThat(html.select("#indsatser tbody th a").first().attr("href"))
                .isEqualTo("/kommuner/0336/indsatser/b1abac56-ee22-49b5-90ae-014491d255c0");
        assertThat(html.select("#opret-pulje")).isEmpty();
    }

    @Test
    void without_a_year_the_page_shows_this_years_pool_and_offers_the_years_to_choose_from() {
        String thisYear = String.valueOf(LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear());

        Document html = Jsoup.parse(get(PAGE, CONSULTANT).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Puljen " + thisYear);
        assertThat(html.select("#aar option[selected]").attr("value")).isEqualTo(thisYear);
        assertThat(html.select("#aar option").eachAttr("value")).contains("2025", "2026");
    }

    @Test
    void a_year_without_a_pool_offers_the_leader_group_to_open_it() {
        Document html = Jsoup.parse(get(PAGE + "?aar=2030", LEADER_GROUP).getBody());

        assertThat(html.select("#ingen-pulje-overskrift").text()).isEqualTo("Der er ingen pulje for 2030");
        assertThat(html.select("#opret-pulje #accountingYear").attr("value")).isEqualTo("2030");
        assertThat(html.select("#noegletal")).isEmpty();
    }

    @Test
    void a_consultant_is_not_offered_to_open_a_pool() {
        Document html = Jsoup.parse(get(PAGE + "?aar=2030", CONSULTANT).getBody());

        assertThat(html.select("#opret-pulje")).isEmpty();
        assertThat(html.select("#sidens-indhold").text())
                .contains("SSP-ledergruppen eller SSP-sekretariatet opretter årets pulje.");
    }

    @Test
    void opening_a_pool_sends_the_year_and_the_amount_in_whole_kroner_and_leads_to_the_years_page() {
        api.command("POST", POOLS, 201, "{\"id\":\"0336-2030\"}");

        ResponseEntity<String> answer = submitForRedirect(PAGE + "?aar=2030", PAGE, LEADER_GROUP,
                Map.of("accountingYear", "2030", "amount", "300.000 kr."));

        String location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).endsWith(PAGE + "?aar=2030&udfoert=aabnet");
        assertThat(SentCommands.json(SentCommands.last(api, "POST", POOLS).body()))
                .isEqualTo(SentCommands.json("{\"accountingYear\":2030,\"amount\":300000}"));
        assertThat(SentCommands.last(api, "POST", POOLS).authorization()).isEqualTo(LEADER_GROUP);
        Document shown = Jsoup.parse(get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery(),
                LEADER_GROUP).getBody());
        assertThat(shown.select("#udfoert .alert-heading").text()).isEqualTo("Puljen for 2030 er oprettet.");
    }

    @Test
    void a_refused_amount_is_shown_at_its_field_with_what_was_typed() {
        api.command("POST", POOLS, 422, """
                {"title":"Kan ikke behandles","status":422,"field":"amount",
                 "detail":"Puljens beløb skal være mellem 1 og 100000000 kr."}""");

        ResponseEntity<String> page = submit(PAGE + "?aar=2030", PAGE, LEADER_GROUP,
                Map.of("accountingYear", "2030", "amount", "0"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#amount-fejl").text()).isEqualTo("Puljens beløb skal være mellem 1 og 100000000 kr.");
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#amount");
        assertThat(html.select("#amount").attr("value")).isEqualTo("0");
        assertThat(html.select("#accountingYear").attr("value")).isEqualTo("2030");
    }

    @Test
    void an_amount_the_web_cannot_read_is_shown_at_its_field_and_never_sent() {
        long sentBefore = postsToPools();

        ResponseEntity<String> page = submit(PAGE + "?aar=2030", PAGE, LEADER_GROUP,
                Map.of("accountingYear", "2030", "amount", "tre hundrede tusind"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#amount-fejl").text()).isEqualTo("Skriv puljens beløb i hele kroner, fx 300000 eller 300.000.");
        assertThat(html.select("#amount").attr("value")).isEqualTo("tre hundrede tusind");
        assertThat(postsToPools()).isEqualTo(sentBefore);
    }

    @Test
    void a_pool_opened_already_shows_the_pool_as_it_is_now() {
        api.command("POST", POOLS, 409, """
                {"title":"Konflikt","status":409,"field":"accountingYear",
                 "detail":"Puljen for dette regnskabsår er allerede oprettet"}""");

        ResponseEntity<String> page = submit(PAGE + "?aar=2030", PAGE, LEADER_GROUP,
                Map.of("accountingYear", "2026", "amount", "300000"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#konflikt .alert-heading").text())
                .isEqualTo("Puljen for dette regnskabsår er allerede oprettet");
        assertThat(html.select("#noegletal .key-figure__value").first().text()).isEqualTo("300.000 kr.");
        assertThat(html.select("#opret-pulje")).isEmpty();
    }

    @Test
    void a_forced_opening_the_service_forbids_is_the_no_access_page() {
        api.command("POST", POOLS, 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = submit(PAGE + "?aar=2030", PAGE, CONSULTANT,
                Map.of("accountingYear", "2030", "amount", "300000"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    private static long postsToPools() {
        return api.requests().stream()
                .filter(request -> request.method().equals("POST") && request.pathAndQuery().equals(POOLS)).count();
    }
}
