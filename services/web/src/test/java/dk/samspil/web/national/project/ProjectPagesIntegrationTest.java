package dk.samspil.web.national.project;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.SentCommands;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * National projects: the list, the proposal, and one project with the steps the secretariat may take on it and its
 * grants, pilot municipalities and milestones in each status, posted to the service as JSON, and how the page shows
 * the service's refusals.
 */
class ProjectPagesIntegrationTest extends WebIntegrationTest {

    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.nationalSecretariat());
    private static final String BOARD = TestTokens.bearer(new Caller("national-board",
            OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Set.of(Role.NATIONAL_BOARD)));
    private static final Map<String, String> PROPOSAL = Map.of("name", "Unge og gambling", "purpose",
            "Viden om unges gambling", "owner", "SSP-Samrådet", "coOwners", "Spillemyndigheden\r\n\r\nKL",
            "periodStart", "2027-01-01", "periodEnd", "2027-12-31", "strategicLeadRole", "Formand",
            "staffLeadRole", "Sekretariatschef", "professionalForums", "", "partners", "Center for Ludomani");
    private static final String API = "/api/national/projects/";
    private static final String PAGES = "/landet/projekter/";
    /** Applying for funds: grants applied, awarded and declined; Køge invited, Stevns joined; one milestone open. */
    private static final String APPLYING = "p-3";
    private static final String FUNDED = "p-4";
    private static final String RUNNING = "p-1";
    private static final String STOPPED = "p-5";

    @BeforeEach
    void savedAnswers() {
        api.json(API + RUNNING, "national-project.json");
        api.json(API + APPLYING, "national-project-funding.json");
        api.json(API + FUNDED, "national-project-funded.json");
        api.json(API + STOPPED, "national-project-stopped.json");
    }

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

    @Test
    void the_secretariat_is_offered_the_steps_a_project_applying_for_funds_allows() {
        Document html = Jsoup.parse(get(PAGES + APPLYING, SECRETARIAT).getBody());

        assertThat(html.select("main form").eachAttr("id")).containsExactly("stop", "bevilling-g-2", "afslag-g-2",
                "afslag-g-3", "modtagelse-g-3", "bevillingsansoegning", "indtraeden-0259", "udtraeden-0336",
                "invitation", "naaet-m-2", "milepael");
        assertThat(html.select("#bevilling-g-2").attr("action")).isEqualTo(PAGES + APPLYING + "/bevillinger/g-2/bevilling");
        assertThat(html.select("#bevilling-g-2 button").text()).isEqualTo("Registrér bevillingen – Spillemyndigheden");
        assertThat(html.select("#modtagelse-g-3 input[name=_csrf]")).hasSize(1);
        assertThat(html.select("#bevillinger thead th").eachText()).contains("Handlinger");
        assertThat(html.select("#invitation-municipalityCode option")).hasSize(99);
        assertThat(html.select("#invitation-role option").eachText())
                .containsExactly("Vælg en rolle", "Medudvikler", "Afprøvningskommune");
    }

    @Test
    void the_board_reads_a_project_without_any_step() {
        Document html = Jsoup.parse(get(PAGES + APPLYING, BOARD).getBody());

        assertThat(html.select("#bevillinger tbody tr")).hasSize(3);
        assertThat(html.select("main form")).isEmpty();
        assertThat(html.select("#bevillinger thead th").eachText()).doesNotContain("Handlinger");
    }

    @Test
    void only_a_funded_project_may_start_and_only_a_running_one_be_completed() {
        Document funded = Jsoup.parse(get(PAGES + FUNDED, SECRETARIAT).getBody());
        Document running = Jsoup.parse(get(PAGES + RUNNING, SECRETARIAT).getBody());

        assertThat(funded.select("#trin form").eachAttr("id")).containsExactly("igangsaetning", "stop");
        assertThat(running.select("#trin form").eachAttr("id")).containsExactly("afslutning", "stop");
        assertThat(running.select("main form").eachAttr("id")).doesNotContain("bevilling-g-1", "modtagelse-g-1");
    }

    @Test
    void a_stopped_project_only_lets_a_pilot_municipality_leave_and_a_milestone_be_reached() {
        Document html = Jsoup.parse(get(PAGES + STOPPED, SECRETARIAT).getBody());

        assertThat(html.select("main form").eachAttr("id")).containsExactly("udtraeden-0336", "naaet-m-2");
        assertThat(html.select("#trin")).isEmpty();
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(APPLYING, "bevillingsansoegning", Map.of("bevillingsansoegning-grantor", "Nordea-fonden",
                        "bevillingsansoegning-amount", "1.500.000"), "grants",
                        "{\"grantor\":\"Nordea-fonden\",\"amount\":1500000}", "Ansøgningen om midler er registreret."),
                Arguments.of(APPLYING, "bevillinger/g-2/bevilling", Map.of(), "grants/g-2/award", "{}",
                        "Bevillingen er registreret som givet."),
                Arguments.of(APPLYING, "bevillinger/g-3/modtagelse", Map.of(
                        "modtagelse-g-3-boardMandate.decidedOn", "2027-01-15",
                        "modtagelse-g-3-boardMandate.reference", "Bestyrelsesmøde 1/2027, pkt. 3"), "grants/g-3/acceptance",
                        "{\"boardMandate\":{\"decidedOn\":\"2027-01-15\",\"reference\":\"Bestyrelsesmøde 1/2027, pkt. 3\"}}",
                        "Bevillingen er taget imod med bestyrelsens mandat."),
                Arguments.of(APPLYING, "bevillinger/g-2/afslag", Map.of(), "grants/g-2/decline", "{}",
                        "Bevillingen er afslået."),
                Arguments.of(APPLYING, "invitation", Map.of("invitation-municipalityCode", "0253", "invitation-role", "PILOT"),
                        "pilot-municipalities", "{\"municipalityCode\":\"0253\",\"role\":\"PILOT\"}",
                        "Kommunen er inviteret som pilotkommune."),
                Arguments.of(APPLYING, "pilotkommuner/0259/indtraeden", Map.of(), "pilot-municipalities/0259/joining", "{}",
                        "Kommunen deltager nu i projektet."),
                Arguments.of(APPLYING, "pilotkommuner/0336/udtraeden", Map.of(), "pilot-municipalities/0336/leaving", "{}",
                        "Kommunen er trådt ud af projektet."),
                Arguments.of(APPLYING, "milepael", Map.of("milepael-title", "Rapport udgivet", "milepael-dueDate", "2027-11-30"),
                        "milestones", "{\"title\":\"Rapport udgivet\",\"dueDate\":\"2027-11-30\"}", "Milepælen er sat."),
                Arguments.of(APPLYING, "milepaele/m-2/naaet", Map.of(), "milestones/m-2/reached", "{}",
                        "Milepælen er nået."),
                Arguments.of(FUNDED, "igangsaetning", Map.of(), "start", "{}", "Projektet er sat i gang."),
                Arguments.of(RUNNING, "afslutning", Map.of(), "completion", "{}", "Projektet er afsluttet."),
                Arguments.of(APPLYING, "stop", Map.of("stop-reason", "Ingen finansiering"), "stop",
                        "{\"reason\":\"Ingen finansiering\"}", "Projektet er stoppet."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("steps")
    void a_step_sends_its_json_with_the_users_token_and_leads_back_to_the_page_saying_it_was_done(
            String project, String step, Map<String, String> fields, String apiStep, String json, String done) {
        api.command("POST", API + project + "/" + apiStep, 204, "");

        ResponseEntity<String> answer = submitForRedirect(PAGES + project, PAGES + project + "/" + step, SECRETARIAT,
                fields);

        String location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).endsWith(PAGES + project + "?udfoert=" + step.substring(step.lastIndexOf('/') + 1));
        StubApi.Request sent = SentCommands.last(api, "POST", API + project + "/" + apiStep);
        assertThat(sent.authorization()).isEqualTo(SECRETARIAT);
        assertThat(SentCommands.json(sent.body())).isEqualTo(SentCommands.json(json));
        Document after = Jsoup.parse(get(location.substring(location.indexOf(PAGES)), SECRETARIAT).getBody());
        assertThat(after.select("#udfoert").text()).isEqualTo(done);
    }

    @Test
    void a_refused_board_mandate_is_shown_at_its_field_with_what_was_typed() {
        api.command("POST", API + APPLYING + "/grants/g-3/acceptance", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"detail":"Ugyldige felter: boardMandate.reference",
                 "errors":[{"field":"boardMandate.reference","message":"Reference til bestyrelsens beslutning skal udfyldes"}],
                 "field":"boardMandate.reference"}""");

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/bevillinger/g-3/modtagelse",
                SECRETARIAT, Map.of("modtagelse-g-3-boardMandate.decidedOn", "2027-01-15",
                        "modtagelse-g-3-boardMandate.reference", " "));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#modtagelse-g-3-boardMandate.reference");
        assertThat(html.getElementById("modtagelse-g-3-boardMandate.reference-fejl").text())
                .isEqualTo("Reference til bestyrelsens beslutning skal udfyldes");
        assertThat(html.getElementById("modtagelse-g-3-boardMandate.decidedOn").attr("value")).isEqualTo("2027-01-15");
        assertThat(SentCommands.json(SentCommands.last(api, "POST", API + APPLYING + "/grants/g-3/acceptance").body()))
                .isEqualTo(SentCommands.json("{\"boardMandate\":{\"decidedOn\":\"2027-01-15\"}}"));
    }

    @Test
    void an_acceptance_without_a_board_mandate_is_shown_at_the_mandates_first_field() {
        api.command("POST", API + APPLYING + "/grants/g-3/acceptance", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"boardMandate",
                 "detail":"En bevilling kan kun tages imod med et registreret bestyrelsesmandat"}""");

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/bevillinger/g-3/modtagelse",
                SECRETARIAT, Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Jsoup.parse(page.getBody()).getElementById("modtagelse-g-3-boardMandate.decidedOn-fejl").text())
                .isEqualTo("En bevilling kan kun tages imod med et registreret bestyrelsesmandat");
    }

    @Test
    void an_amount_the_web_cannot_read_is_shown_at_its_field_and_nothing_is_sent() {
        int before = api.requests().size();

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/bevillingsansoegning", SECRETARIAT,
                Map.of("bevillingsansoegning-grantor", "Nordea-fonden", "bevillingsansoegning-amount", "en halv million"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#bevillingsansoegning-amount-fejl").text())
                .isEqualTo("Skriv beløbet i hele kroner, fx 15000 eller 15.000.");
        assertThat(html.select("#bevillingsansoegning-amount").attr("value")).isEqualTo("en halv million");
        assertThat(html.select("#bevillingsansoegning-grantor").attr("value")).isEqualTo("Nordea-fonden");
        assertThat(api.requests().subList(before, api.requests().size())).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void a_milestone_outside_the_project_period_is_shown_at_its_due_date_with_the_title_kept() {
        api.command("POST", API + APPLYING + "/milestones", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"dueDate","value":"2028-03-01",
                 "detail":"Milepælens frist skal ligge i projektperioden 2027-01-01 – 2027-12-31"}""");

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/milepael", SECRETARIAT,
                Map.of("milepael-title", "Rapport udgivet", "milepael-dueDate", "2028-03-01"));

        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#milepael-dueDate-fejl").text())
                .isEqualTo("Milepælens frist skal ligge i projektperioden 2027-01-01 – 2027-12-31");
        assertThat(html.select("#milepael-dueDate").attr("value")).isEqualTo("2028-03-01");
        assertThat(html.select("#milepael-title").attr("value")).isEqualTo("Rapport udgivet");
        assertThat(html.select("#stop-reason").text()).isEmpty();
    }

    @Test
    void a_step_the_project_has_moved_past_shows_where_it_stands_now() {
        api.command("POST", API + APPLYING + "/grants/g-3/decline", 409, """
                {"title":"Konflikt med den nuværende tilstand","status":409,"currentStatus":"ACCEPTED",
                 "detail":"Bevillingen er modtaget og kan ikke afslås"}""");

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/bevillinger/g-3/afslag",
                SECRETARIAT, Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#konflikt h2").text()).isEqualTo("Projektet er nu ansøgt om midler");
        assertThat(html.select("#konflikt").text()).contains("Bevillingen er modtaget og kan ikke afslås");
        assertThat(html.select("#konflikt a").attr("href")).isEqualTo(PAGES + APPLYING);
        assertThat(html.select("#fejlopsummering")).isEmpty();
    }

    @Test
    void a_step_the_service_forbids_is_the_danish_access_denied_page() {
        api.command("POST", API + FUNDED + "/start", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = submit(PAGES + FUNDED, PAGES + FUNDED + "/igangsaetning", BOARD, Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    void a_step_on_the_wrong_part_of_a_project_is_not_found() {
        int before = api.requests().size();

        ResponseEntity<String> page = submit(PAGES + APPLYING, PAGES + APPLYING + "/bevillinger/g-2/naaet",
                SECRETARIAT, Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.requests().subList(before, api.requests().size())).noneMatch(r -> r.method().equals("POST"));
    }
}
