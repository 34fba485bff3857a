package dk.samspil.web.localcouncil.web;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.SentCommands;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static dk.samspil.web.SentCommands.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The local council's page: what it has done, reported and been assigned, and its members' three forms. */
class LocalCouncilPagesIntegrationTest extends WebIntegrationTest {

    private static final String PAGE = "/lokalraad/LR-0336";
    private static final String API = "/api/local-councils/LR-0336";
    private static final String DECISION = "d1b6a0c2-7e4f-4a8b-9c3d-2f5e6a7b8c90";
    private static final Caller MEMBER = TestCallers.localCouncil("LR-0336");

    /** One token per test: a token minted a second later differs. */
    private String member;

    @BeforeEach
    void theCouncilsWork() {
        member = TestTokens.bearer(MEMBER);
        api.json(API, "local-council-LR-0336.json");
        api.json(API + "/activities", "local-council-LR-0336-activities.json");
        api.json(API + "/reports", "local-council-LR-0336-reports.json");
        api.json(API + "/decisions", "local-council-LR-0336-decisions.json");
    }

    @Test
    void the_page_shows_the_activities_reports_and_assigned_decisions() {
        ResponseEntity<String> page = get(PAGE, member);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Lokalråd Stevns");
        assertThat(html.select("#aktiviteter tbody th").eachText()).hasSize(2).first().asString()
                .startsWith("Nattevandring ved Hårlev Station");
        assertThat(html.text()).contains("nikotinprodukter: stigende – Flere fund på skolerne", "hærværk: faldende",
                "Anmeldelser om hærværk: 12", "Forældremøder om nikotinprodukter",
                "1. december 2026 – i gang: Forældremøder aftalt på tre skoler");
        assertThat(html.select("form[method=post]").eachAttr("action")).contains(PAGE + "/aktiviteter",
                PAGE + "/rapporter", PAGE + "/gennemfoerelse");
    }

    @Test
    void an_activity_is_sent_as_the_api_reads_it_and_the_page_says_it_was_recorded() {
        api.command("POST", API + "/activities", 201, "{\"activityId\":\"7c1e0f2a-0000-4000-8000-000000000001\"}");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/aktiviteter", member, Map.of(
                "kind", "PREVENTIVE", "title", "Temaaften om gambling", "description", "Oplæg i 8. klasse.",
                "themes", "GAMBLING_AND_SKINS", "heldOn", "2026-12-03", "participants", "40"));

        assertDone(answer, "Aktiviteten er registreret.");
        assertThat(sent("POST", API + "/activities")).isEqualTo(json("""
                {"kind":"PREVENTIVE","title":"Temaaften om gambling","description":"Oplæg i 8. klasse.",
                 "themes":["GAMBLING_AND_SKINS"],"heldOn":"2026-12-03","participants":"40"}"""));
    }

    @Test
    void a_report_sends_a_trend_for_each_chosen_theme_and_only_the_figures_filled_in() {
        api.command("POST", API + "/reports", 201, "{\"reportId\":\"9a0b1c2d-0000-4000-8000-000000000002\"}");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/rapporter", member, Map.of(
                "periodStart", "2026-11-01", "periodEnd", "2027-01-31", "trend.NICOTINE_PRODUCTS", "UP",
                "trend.VANDALISM", "FLAT", "figures[1].label", "anmeldelser om hærværk", "figures[1].value", "9",
                "text", "Nikotinprodukter fylder stadig mere."));

        assertDone(answer, "Rapporten er sendt til kredsrådet.");
        assertThat(sent("POST", API + "/reports")).isEqualTo(json("""
                {"periodStart":"2026-11-01","periodEnd":"2027-01-31",
                 "themeTrends":[{"theme":"NICOTINE_PRODUCTS","trend":"UP"},{"theme":"VANDALISM","trend":"FLAT"}],
                 "figures":[{"label":"anmeldelser om hærværk","value":"9"}],
                 "text":"Nikotinprodukter fylder stadig mere."}"""));
    }

    @Test
    void the_implementation_of_a_decision_is_reported_for_the_chosen_decision() {
        api.command("POST", API + "/decisions/" + DECISION + "/implementation", 200,
                "{\"decisionId\":\"" + DECISION + "\",\"status\":\"DONE\",\"statusLabel\":\"gennemført\"}");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/gennemfoerelse", member, Map.of(
                "decisionId", DECISION, "status", "DONE", "note", "Møderne er holdt på alle skoler."));

        assertDone(answer, "Fremdriften er meldt til kredsrådet.");
        assertThat(sent("POST", API + "/decisions/" + DECISION + "/implementation"))
                .isEqualTo(json("{\"status\":\"DONE\",\"note\":\"Møderne er holdt på alle skoler.\"}"));
    }

    @Test
    void a_refused_field_is_shown_at_the_field_and_what_was_typed_is_kept() {
        api.command("POST", API + "/activities", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"field":"title",
                 "errors":[{"field":"title","message":"Titel skal udfyldes"}]}""");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/aktiviteter", member, Map.of(
                "kind", "SAFETY_CREATING", "title", " ", "description", "Vi går ved stationen.",
                "themes", "UNSAFE_PLACES", "heldOn", "2026-12-04"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#title");
        assertThat(html.select("#title-fejl").text()).isEqualTo("Titel skal udfyldes");
        assertThat(html.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#description").text()).isEqualTo("Vi går ved stationen.");
        assertThat(html.select("#heldOn").val()).isEqualTo("2026-12-04");
        assertThat(html.select("#themes-UNSAFE_PLACES").hasAttr("checked")).isTrue();
        assertThat(html.select("#kind option[selected]").val()).isEqualTo("SAFETY_CREATING");
    }

    @Test
    void a_refused_figure_is_shown_at_the_row_it_was_typed_in() {
        api.command("POST", API + "/reports", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"field":"figures[0].value",
                 "errors":[{"field":"figures[0].value","message":"Tallet kan ikke være negativt"}]}""");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/rapporter", member, Map.of(
                "periodStart", "2026-11-01", "periodEnd", "2027-01-31", "trend.ALCOHOL", "DOWN",
                "figures[2].label", "anmeldelser om vold", "figures[2].value", "-3", "text", "Roligt."));

        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#figures[2].value");
        assertThat(html.select("[id=figures[2].value-fejl]").text()).isEqualTo("Tallet kan ikke være negativt");
        assertThat(html.select("[id=figures[2].value]").val()).isEqualTo("-3");
        assertThat(html.select("[id=trend.ALCOHOL] option[selected]").val()).isEqualTo("DOWN");
    }

    @Test
    void a_conflict_shows_the_decisions_as_they_are_now() {
        api.command("POST", API + "/decisions/" + DECISION + "/implementation", 409, """
                {"title":"Konflikt","status":409,"detail":"Beslutningen er gennemført; der kan ikke rapporteres mere på den",
                 "currentStatus":"DONE","currentStatusLabel":"gennemført"}""");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/gennemfoerelse", member, Map.of(
                "decisionId", DECISION, "status", "IN_PROGRESS", "note", "Et møde mere."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select(".alert-error").text())
                .contains("Beslutningen er gennemført; der kan ikke rapporteres mere på den", "Hent siden igen");
        assertThat(html.select("[data-beslutning] .tag").text()).isEqualTo("I gang");
    }

    @Test
    void a_step_the_service_refuses_the_user_is_the_danish_access_denied_page() {
        api.command("POST", API + "/activities", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> answer = submit(PAGE, PAGE + "/aktiviteter", member, Map.of(
                "kind", "PREVENTIVE", "title", "Aktivitet", "description", "Noget.", "themes", "ALCOHOL",
                "heldOn", "2026-12-04"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(answer.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    /** The browser follows the redirect to the page, which says what was done. */
    private static void assertDone(ResponseEntity<String> answer, String success) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo(success);
    }

    private JsonNode sent(String method, String path) {
        StubApi.Request request = SentCommands.last(api, method, path);
        assertThat(request.authorization()).isEqualTo(member);
        return json(request.body());
    }
}
