package dk.samspil.web.municipality.initiative.web;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's initiatives: the list with its filters, pages and CSV file; one initiative with its application,
 * budget and history; the steps each role may take in each status, posted to the service as JSON, and how the page
 * shows the service's refusals.
 */
class InitiativePagesIntegrationTest extends WebIntegrationTest {

    private static final String API = "/api/municipalities/0336/initiatives";
    private static final String PAGES = "/kommuner/0336/indsatser";
    private static final String DRAFT = "5b1c3a0e-0d7f-4c0a-9d57-2f1f5d6c0a01";
    private static final String SUBMITTED = "5b1c3a0e-0d7f-4c0a-9d57-2f1f5d6c0a02";
    private static final String APPROVED = "5b1c3a0e-0d7f-4c0a-9d57-2f1f5d6c0a03";
    private static final String ACTIVE = "5b1c3a0e-0d7f-4c0a-9d57-2f1f5d6c0a04";

    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    private static final String LEADER_GROUP = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_LEADER_GROUP));
    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_SECRETARIAT));
    private static final String DISTRICT = TestTokens.bearer(TestCallers.districtCouncil("1467"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void savedAnswers() {
        api.json(API, "initiatives-0336.json");
        api.json(API + "/" + DRAFT, "initiative-0336-draft.json");
        api.json(API + "/" + SUBMITTED, "initiative-0336-submitted.json");
        api.json(API + "/" + APPROVED, "initiative-0336-approved.json");
        api.json(API + "/" + ACTIVE, "initiative-0336-active.json");
    }

    @Test
    void the_list_shows_25_initiatives_a_page_with_danish_labels_and_the_new_application_button() {
        ResponseEntity<String> page = get(PAGES, CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Indsatser");
        assertThat(html.select("#indsatser thead th").eachText()).containsExactly("Navn", "Status",
                "Forebyggelsesniveau", "Rækkevidde", "Temaer", "Periode", "Budget");
        assertThat(html.select("#indsatser tbody tr")).hasSize(25);
        assertThat(html.select("#antal").text()).isEqualTo("Viser 1–25 af 28 indsatser.");
        assertThat(html.select("#indsatser tbody tr[data-id=" + SUBMITTED + "] td").eachText()).containsExactly(
                "Indsendt", "forebyggende", "lokal", "natteliv og rusmidler", "1. marts 2026 – 28. februar 2027",
                "100.000 kr.");
        assertThat(html.select("#indsatser tbody tr[data-id=" + SUBMITTED + "] th a").attr("href"))
                .isEqualTo(PAGES + "/" + SUBMITTED);
        assertThat(html.select("#indsatser tbody tr[data-id=" + ACTIVE + "] td").first().text())
                .isEqualTo("I gang statusrapport for sent");
        assertThat(html.select("#ny-ansoegning").attr("href")).isEqualTo(PAGES + "/ny");
        assertThat(html.select("#hent-csv").attr("href")).isEqualTo(PAGES + "?format=csv");
        assertThat(html.select("nav.pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(html.select("nav.pagination a[rel=next]").attr("href")).isEqualTo(PAGES + "?side=2");
        assertThat(html.select("#status option").eachText()).contains("Alle", "Kladde", "Godkendt af SSP-ledergruppen",
                "Trukket tilbage");
        assertThat(html.select("#tema option").eachText()).contains("rusmidler", "tryghed", "forældresamarbejde");
        assertThat(html.select("#aar option").eachText()).containsExactly("Alle", "2027", "2026", "2025", "2024");

        Document second = Jsoup.parse(get(PAGES + "?side=2", CONSULTANT).getBody());
        assertThat(second.select("#indsatser tbody tr")).hasSize(3);
        assertThat(second.select("#antal").text()).isEqualTo("Viser 26–28 af 28 indsatser.");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo(PAGES);
    }

    @Test
    void the_filters_narrow_the_list_and_stay_chosen() {
        Document html = Jsoup.parse(get(PAGES + "?status=ACTIVE&niveau=CRIME_PREVENTIVE&raekkevidde=&tema=&aar=",
                CONSULTANT).getBody());

        assertThat(html.select("#indsatser tbody tr th").eachText()).containsExactly("Akut indsats ved Strøby Egede",
                "Pigegruppe i Store Heddinge", "Sommerferieaktiviteter", "Gruppescreening af 7. klasser",
                "Forældrenetværk i Hårlev", "Gadeplan i Hårlev");
        assertThat(html.select("#status option[selected]").attr("value")).isEqualTo("ACTIVE");
        assertThat(html.select("#niveau option[selected]").attr("value")).isEqualTo("CRIME_PREVENTIVE");
        assertThat(html.select("#antal").text()).isEqualTo("Viser 1–6 af 6 indsatser (filtreret).");
        assertThat(html.select("#hent-csv").attr("href"))
                .isEqualTo(PAGES + "?status=ACTIVE&niveau=CRIME_PREVENTIVE&format=csv");

        assertThat(Jsoup.parse(get(PAGES + "?tema=rusmidler", CONSULTANT).getBody()).select("#indsatser tbody th")
                .eachText()).containsExactly("Trygt natteliv i Store Heddinge", "Social pejling på ungdomsuddannelserne",
                "Rusmiddelundervisning", "Forældremøder om rusmidler");
        assertThat(Jsoup.parse(get(PAGES + "?aar=2024&status=ACTIVE", CONSULTANT).getBody())
                .select("#indsatser tbody th").eachText())
                .containsExactly("Forældremøder om rusmidler", "Tryg skolevej", "Klubaftener i Strøby");
        Document none = Jsoup.parse(get(PAGES + "?status=ACTIVE&tema=uro&niveau=BUILDING", CONSULTANT).getBody());
        assertThat(none.select("#indsatser")).isEmpty();
        assertThat(none.text()).contains("Ingen indsatser passer til det valgte");
    }

    @Test
    void the_leader_group_and_the_district_council_read_the_list_without_the_new_application_button() {
        assertThat(Jsoup.parse(get(PAGES, LEADER_GROUP).getBody()).select("#ny-ansoegning")).isEmpty();
        Document district = Jsoup.parse(get(PAGES, DISTRICT).getBody());
        assertThat(district.select("#indsatser tbody tr")).hasSize(25);
        assertThat(district.select("#ny-ansoegning")).isEmpty();
    }

    @Test
    void the_list_downloads_as_csv_for_danish_excel() {
        ResponseEntity<String> csv = get(PAGES + "?format=csv&tema=rusmidler", CONSULTANT);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"indsatser-0336-").endsWith(".csv\"");
        assertThat(csv.getBody()).startsWith("\uFEFF");
        List<String> lines = csv.getBody().substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Navn;Status;Forebyggelsesniveau;Rækkevidde;Temaer;Startdato;Slutdato;"
                + "Budget (kr.);Næste statusrapport;Statusrapport for sent;Id");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("Trygt natteliv i Store Heddinge;indsendt;forebyggende;lokal;"
                + "natteliv, rusmidler;2026-03-01;2027-02-28;100000;;nej;" + SUBMITTED);
        assertThat(csv.getBody()).contains("\r\n");
    }

    @Test
    void an_initiative_shows_its_application_budget_status_report_due_date_criteria_and_history() {
        ResponseEntity<String> page = get(PAGES + "/" + ACTIVE, CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Gadeplan i Hårlev");
        assertThat(html.select("#status").text()).isEqualTo("I gang");
        assertThat(html.select("#statusrapport-frist").text()).isEqualTo("senest 1. december 2026 for sent");
        assertThat(html.select("#ansoegning dt").eachText()).contains("1. Navn", "2. Periode", "3. Målgruppe",
                "4. Mål", "5. Samarbejdspartnere", "6. Evaluering", "7. Videndeling", "8. Tovholder", "Forankring",
                "Forebyggelsesniveau", "Rækkevidde", "Temaer", "Vidensbaserede metoder");
        assertThat(html.select("#ansoegning").text()).contains("1. september 2025 – 31. december 2026",
                "børn og unge, forældre og familie, 13–17 år", "Færre unge i uro i nattelivet", "politi, klubber og fritid",
                "Kriminalitetsforebyggende", "peer-to-peer");
        assertThat(html.select("#tovholder").text()).contains("Mette Tovholdersen", "mette.tovholdersen@stevns.dk",
                "+45 56578899", "Politikommissær Hans Kontaktsen");
        assertThat(html.select("#budgetlinjer tbody tr")).hasSize(2);
        assertThat(html.select("#budgetlinjer tbody tr").first().select("th, td").eachText())
                .containsExactly("Materialer", "20.000 kr.", "juni 2026", "–");
        assertThat(html.select("#budgetlinjer tfoot td").first().text()).isEqualTo("100.000 kr.");
        assertThat(html.select("#kriterier-registreret li").eachText())
                .containsExactly("Mindst to SSP-parter blandt samarbejdspartnerne");
        assertThat(html.select("#budget").text()).contains("Klubberne bærer indsatsen; skolen deltager",
                "puljen for 2026");
        assertThat(html.select("#historik tbody tr")).hasSize(7);
        assertThat(html.select("#historik tbody tr").last().select("td").eachText())
                .containsExactly("1. juni 2026", "Status afgivet", "Roligere weekender i Store Heddinge");
        assertThat(html.select("#statusrapport").text()).contains("senest 1. december 2026");
        assertThat(html.select("#ret-ansoegningen")).isEmpty();
    }

    @Test
    void a_consultant_may_submit_a_draft_but_not_approve_it() {
        Document html = Jsoup.parse(get(PAGES + "/" + DRAFT, CONSULTANT).getBody());

        assertThat(html.select("form.step-form").eachAttr("id")).containsExactly("indsendelse", "tilbagetraekning");
        assertThat(html.select("#indsendelse").attr("action")).isEqualTo(PAGES + "/" + DRAFT + "/indsendelse");
        assertThat(html.select("#indsendelse button").text()).isEqualTo("Indsend");
        assertThat(html.select("form.step-form button").eachText()).doesNotContain("Godkend", "Afvis");
        assertThat(html.select("#ret-ansoegningen").attr("href")).isEqualTo(PAGES + "/" + DRAFT + "/ansoegning");
        assertThat(html.select("#indsendelse input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void the_leader_group_may_approve_or_reject_a_submitted_initiative_and_the_consultant_only_withdraw_it() {
        Document leaders = Jsoup.parse(get(PAGES + "/" + SUBMITTED, LEADER_GROUP).getBody());
        assertThat(leaders.select("form.step-form").eachAttr("id")).containsExactly("godkendelse", "afvisning");
        assertThat(leaders.select("#godkendelse button").text()).isEqualTo("Godkend");
        assertThat(leaders.select("#afvisning button").text()).isEqualTo("Afvis");
        assertThat(leaders.select("#godkendelse-leaderGroupArea option").eachAttr("value"))
                .containsExactly("", "Store Heddinge", "Hårlev");
        assertThat(leaders.select("#ret-ansoegningen")).isEmpty();

        Document consultant = Jsoup.parse(get(PAGES + "/" + SUBMITTED, CONSULTANT).getBody());
        assertThat(consultant.select("form.step-form").eachAttr("id")).containsExactly("tilbagetraekning");

        Document district = Jsoup.parse(get(PAGES + "/" + ACTIVE, DISTRICT).getBody());
        assertThat(district.select("#trin")).isEmpty();
        Document running = Jsoup.parse(get(PAGES + "/" + ACTIVE, CONSULTANT).getBody());
        assertThat(running.select("form.step-form").eachAttr("id"))
                .containsExactly("statusrapport", "pause", "afslutning", "tilbagetraekning");
        assertThat(running.select("#afslutning input[type=hidden][name^=heading-]").eachAttr("value"))
                .containsExactly("Materialer", "Løn");
    }

    @Test
    void the_budget_approval_shows_the_funding_criteria_and_asks_for_a_reason_when_one_is_unmet() {
        Document html = Jsoup.parse(get(PAGES + "/" + APPROVED, SECRETARIAT).getBody());

        assertThat(html.select("form.step-form").eachAttr("id"))
                .containsExactly("budgetgodkendelse", "godkendelse-uden-midler", "tilbagetraekning");
        assertThat(html.select("#kriterier li").eachText()).containsExactly(
                "Ikke opfyldt Mindst to SSP-parter blandt samarbejdspartnerne",
                "Ikke opfyldt En bydækkende indsats dækker mere end ét lokalområde",
                "Opfyldt Mindst én vidensbaseret metode");
        assertThat(html.select("#budgetgodkendelse-accountingYear").attr("value")).isEqualTo("2026");
        assertThat(html.select("#budgetgodkendelse-overrideReason")).hasSize(1);
    }

    @Test
    void a_step_posts_its_json_with_the_users_token_and_leads_back_to_the_page() throws Exception {
        api.command("POST", API + "/" + SUBMITTED + "/rejection", 200,
                "{\"id\":\"" + SUBMITTED + "\",\"status\":\"REJECTED\",\"statusLabel\":\"afvist\"}");

        ResponseEntity<String> done = submitWithoutFollowing(PAGES + "/" + SUBMITTED,
                PAGES + "/" + SUBMITTED + "/afvisning", LEADER_GROUP, Map.of("reason", "Uden for SSP's målgruppe"));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(done.getHeaders().getLocation().toString())
                .endsWith(PAGES + "/" + SUBMITTED + "?udfoert=afvisning");
        StubApi.Request posted = lastPost(API + "/" + SUBMITTED + "/rejection");
        assertThat(posted.authorization()).isEqualTo(LEADER_GROUP);
        assertThat(JSON.readTree(posted.body())).isEqualTo(JSON.readTree("{\"reason\":\"Uden for SSP's målgruppe\"}"));
    }

    @Test
    void the_completion_sends_the_final_evaluation_and_an_actual_amount_per_budget_line() throws Exception {
        api.command("POST", API + "/" + ACTIVE + "/completion", 200,
                "{\"id\":\"" + ACTIVE + "\",\"status\":\"COMPLETED\",\"statusLabel\":\"afsluttet\"}");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("finalEvaluation", "Færre anmeldelser i weekenderne");
        fields.put("completedOn", "");
        fields.put("heading-0", "Materialer");
        fields.put("amount-0", "15.000");
        fields.put("heading-1", "Løn");
        fields.put("amount-1", "80000 kr.");

        ResponseEntity<String> done = submitWithoutFollowing(PAGES + "/" + ACTIVE, PAGES + "/" + ACTIVE + "/afslutning",
                CONSULTANT, fields);

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(JSON.readTree(lastPost(API + "/" + ACTIVE + "/completion").body())).isEqualTo(JSON.readTree("""
                {"finalEvaluation": "Færre anmeldelser i weekenderne",
                 "actualAmounts": [{"heading": "Materialer", "amount": 15000}, {"heading": "Løn", "amount": 80000}]}"""));
    }

    @Test
    void the_page_after_a_step_says_it_was_done() {
        Document html = Jsoup.parse(get(PAGES + "/" + ACTIVE + "?udfoert=statusrapport", CONSULTANT).getBody());

        assertThat(html.select("#udfoert").text()).isEqualTo("Statusrapporten er afgivet.");
        assertThat(html.select("#udfoert").attr("role")).isEqualTo("status");
    }

    @Test
    void the_page_after_a_step_says_so_when_the_read_model_has_not_caught_up_yet() {
        Document html = Jsoup.parse(get(PAGES + "/" + DRAFT + "?udfoert=indsendelse", CONSULTANT).getBody());

        assertThat(html.select("#udfoert").text()).startsWith("Ansøgningen er indsendt til SSP-ledergruppen.")
                .contains("Siden viser måske ikke ændringen endnu.");
        assertThat(html.select("#udfoert a").attr("href")).isEqualTo(PAGES + "/" + DRAFT);
        assertThat(api.requests().stream().filter(request -> request.pathAndQuery().equals(API + "/" + DRAFT))
                .count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_rule_the_service_refuses_is_shown_at_the_steps_field_with_what_was_typed_kept() {
        api.command("POST", API + "/" + APPROVED + "/budget-approval", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"overrideReason",
                 "detail":"Indsatsen opfylder ikke puljens kriterier (mindst to SSP-parter blandt samarbejdspartnerne); godkendelse kræver en begrundelse"}""");

        ResponseEntity<String> refused = submit(PAGES + "/" + APPROVED, PAGES + "/" + APPROVED + "/budgetgodkendelse",
                SECRETARIAT, Map.of("accountingYear", "2027", "overrideReason", " "));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#budgetgodkendelse-overrideReason");
        assertThat(html.select("#budgetgodkendelse-overrideReason-fejl").text()).startsWith(
                "Indsatsen opfylder ikke puljens kriterier");
        assertThat(html.select("#budgetgodkendelse-overrideReason").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#budgetgodkendelse-accountingYear").attr("value")).isEqualTo("2027");
        assertThat(html.select("h1").text()).isEqualTo("Forældrecaféer i hele kommunen");
        assertThat(JSON.readTree(lastPost(API + "/" + APPROVED + "/budget-approval").body()))
                .isEqualTo(JSON.readTree("{\"accountingYear\":2027}"));
    }

    @Test
    void a_refusal_naming_a_field_of_the_application_is_shown_at_the_submission_form() {
        api.command("POST", API + "/" + DRAFT + "/submission", 422,
                "{\"title\":\"Kan ikke behandles\",\"status\":422,\"field\":\"goals\",\"detail\":\"Ansøgningen skal have mindst ét mål\"}");

        ResponseEntity<String> refused = submit(PAGES + "/" + DRAFT, PAGES + "/" + DRAFT + "/indsendelse", CONSULTANT,
                Map.of());

        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#indsendelse");
        assertThat(html.select("#indsendelse-fejl").text()).isEqualTo("Ansøgningen skal have mindst ét mål");
        assertThat(html.select("#indsendelse a").attr("href")).isEqualTo(PAGES + "/" + DRAFT + "/ansoegning");
    }

    @Test
    void a_field_the_service_finds_invalid_and_a_typed_amount_the_web_cannot_read_are_shown_at_the_field() {
        api.command("POST", API + "/" + ACTIVE + "/status-reports", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"detail":"Ugyldige felter: summary",
                 "errors":[{"field":"summary","message":"Statusrapporten må højst have 4000 tegn"}],"field":"summary"}""");
        Document tooLong = Jsoup.parse(submit(PAGES + "/" + ACTIVE, PAGES + "/" + ACTIVE + "/statusrapport", CONSULTANT,
                Map.of("summary", "Rolige weekender", "reportedOn", "2026-12-01")).getBody());
        assertThat(tooLong.select("#statusrapport-summary-fejl").text()).isEqualTo("Statusrapporten må højst have 4000 tegn");
        assertThat(tooLong.select("#statusrapport-summary").text()).isEqualTo("Rolige weekender");
        assertThat(tooLong.select("#statusrapport-reportedOn").attr("value")).isEqualTo("2026-12-01");

        int before = api.requests().size();
        ResponseEntity<String> unreadable = submit(PAGES + "/" + ACTIVE, PAGES + "/" + ACTIVE + "/afslutning",
                CONSULTANT, Map.of("finalEvaluation", "Godt", "heading-0", "Materialer", "amount-0", "mange penge",
                        "heading-1", "Løn", "amount-1", "80000"));
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(unreadable.getBody());
        assertThat(html.select("#afslutning-actualAmounts-0-fejl").text())
                .isEqualTo("Skriv beløbet for 'Materialer' i hele kroner, fx 15000 eller 15.000.");
        assertThat(html.select("#afslutning-actualAmounts-0").attr("value")).isEqualTo("mange penge");
        assertThat(html.select("#afslutning-finalEvaluation").text()).isEqualTo("Godt");
        assertThat(api.requests().subList(before, api.requests().size()))
                .noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void a_step_the_initiative_has_moved_past_shows_where_it_stands_now() {
        api.command("POST", API + "/" + SUBMITTED + "/withdrawal", 409, """
                {"title":"Konflikt med den nuværende tilstand","status":409,
                 "detail":"Indsatsen er afvist og kan ikke trækkes tilbage","currentStatus":"REJECTED"}""");

        ResponseEntity<String> conflict = submit(PAGES + "/" + SUBMITTED, PAGES + "/" + SUBMITTED + "/tilbagetraekning",
                CONSULTANT, Map.of("reason", "Ingen frivillige"));

        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(conflict.getBody());
        assertThat(html.select("#konflikt h2").text()).isEqualTo("Indsatsen er nu afvist");
        assertThat(html.select("#konflikt").text()).contains("Indsatsen er afvist og kan ikke trækkes tilbage");
        assertThat(html.select("#konflikt a").attr("href")).isEqualTo(PAGES + "/" + SUBMITTED);
        assertThat(html.select("#fejlopsummering")).isEmpty();
    }

    @Test
    void a_step_the_service_forbids_is_the_danish_access_denied_page() {
        api.command("POST", API + "/" + SUBMITTED + "/approval", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> refused = submit(PAGES + "/" + SUBMITTED, PAGES + "/" + SUBMITTED + "/godkendelse",
                CONSULTANT, Map.of("leaderGroupArea", ""));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(refused.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    void another_municipality_s_initiatives_refused_by_the_service_are_the_danish_access_denied_page() {
        api.problem("/api/municipalities/0101/initiatives", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = get("/kommuner/0101/indsatser", CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
        assertThat(get("/kommuner/9999/indsatser", CONSULTANT).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** {@link #submit}, with the redirect after a step answered as it is rather than followed. */
    private ResponseEntity<String> submitWithoutFollowing(String formPage, String action, String bearer,
                                                          Map<String, String> fields) {
        TestRestTemplate following = http;
        http = http.withRedirects(HttpRedirects.DONT_FOLLOW);
        try {
            return submit(formPage, action, bearer, fields);
        } finally {
            http = following;
        }
    }

    private static StubApi.Request lastPost(String path) {
        return api.requests().stream().filter(request -> request.method().equals("POST")
                        && request.pathAndQuery().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("Nothing was posted to " + path));
    }
}
