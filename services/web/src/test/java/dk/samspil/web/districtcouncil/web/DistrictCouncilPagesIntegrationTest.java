package dk.samspil.web.districtcouncil.web;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
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
import java.util.Set;

import static dk.samspil.web.SentCommands.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The district council's work pages: priorities, the cooperation plan (and its public page) and the meetings. */
class DistrictCouncilPagesIntegrationTest extends WebIntegrationTest {

    private static final String API = "/api/districts/1467";
    private static final String MEETING = "8f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final String DECISION = "d1b6a0c2-7e4f-4a8b-9c3d-2f5e6a7b8c90";
    private static final Caller SECRETARIAT = new Caller("district1467-secretariat", OrganisationType.DISTRICT_COUNCIL,
            "1467", Set.of(Role.DISTRICT_SECRETARIAT));
    private static final Caller MEMBER = new Caller("district1467-member", OrganisationType.DISTRICT_COUNCIL, "1467",
            Set.of(Role.DISTRICT_COUNCIL_MEMBER));

    /** One token per test: a token minted a second later differs. */
    private String secretariat;

    @BeforeEach
    void theCouncil() {
        secretariat = TestTokens.bearer(SECRETARIAT);
        api.json(API + "/council", "district-1467-council.json");
        api.json(API + "/dashboard", "district-1467-dashboard.json");
        api.json(API + "/cooperation-plan/draft", "district-1467-cooperation-plan-draft.json");
        api.json(API + "/cooperation-plan", "district-1467-cooperation-plan.json");
    }

    @Test
    void the_priorities_are_shown_and_filled_in_to_change() {
        Document html = Jsoup.parse(get("/kredse/1467/prioriteter", secretariat).getBody());

        assertThat(html.select("#prioriteter tbody tr").text())
                .isEqualTo("Nikotinprodukter Færre unge under 18 bruger nikotinprodukter dagligt");
        assertThat(html.select("#periodStart").val()).isEqualTo("2026-01-01");
        assertThat(html.select("[id=priorities[0].theme] option[selected]").val()).isEqualTo("NICOTINE_PRODUCTS");
        assertThat(html.select("[id=priorities[3].theme]")).hasSize(1);
    }

    @Test
    void new_priorities_replace_the_current_ones_with_a_put() {
        api.command("PUT", API + "/priorities", 204, "");

        ResponseEntity<String> answer = submit("/kredse/1467/prioriteter", "/kredse/1467/prioriteter",
                secretariat, Map.of("periodStart", "2027-01-01", "periodEnd", "2027-12-31",
                        "priorities[0].theme", "NICOTINE_PRODUCTS", "priorities[0].goal", "Færre unge bruger snus",
                        "priorities[2].theme", "GANG_RECRUITMENT", "priorities[2].goal", "Ingen unge rekrutteres"));

        assertDone(answer, "Prioriteterne er gemt.");
        assertThat(sent("PUT", API + "/priorities")).isEqualTo(json("""
                {"periodStart":"2027-01-01","periodEnd":"2027-12-31",
                 "priorities":[{"theme":"NICOTINE_PRODUCTS","goal":"Færre unge bruger snus"},
                               {"theme":"GANG_RECRUITMENT","goal":"Ingen unge rekrutteres"}]}"""));
    }

    @Test
    void a_refused_priority_is_shown_at_the_row_it_was_typed_in() {
        api.command("PUT", API + "/priorities", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"priorities[1].theme",
                 "detail":"Ukendt tema: sport","value":"sport"}""");

        ResponseEntity<String> answer = submit("/kredse/1467/prioriteter", "/kredse/1467/prioriteter",
                secretariat, Map.of("periodStart", "2027-01-01", "periodEnd", "2027-12-31",
                        "priorities[0].theme", "ALCOHOL", "priorities[0].goal", "Færre fester med druk",
                        "priorities[2].theme", "sport", "priorities[2].goal", "Flere i idrætsforeninger"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#priorities[2].theme");
        assertThat(html.select("[id=priorities[2].theme-fejl]").text()).isEqualTo("Ukendt tema: sport");
        assertThat(html.select("[id=priorities[2].goal]").text()).isEqualTo("Flere i idrætsforeninger");
        assertThat(html.select("#periodStart").val()).isEqualTo("2027-01-01");
    }

    @Test
    void a_member_reads_the_work_pages_without_the_forms() {
        for (String page : new String[] {"/kredse/1467/prioriteter", "/kredse/1467/samarbejdsplan",
                "/kredse/1467/moeder"}) {
            ResponseEntity<String> answer = get(page, TestTokens.bearer(MEMBER));

            assertThat(answer.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
            Document html = Jsoup.parse(answer.getBody());
            assertThat(html.select("main form[method=post]")).as(page).isEmpty();
            assertThat(html.select("main h1").text()).as(page).isNotBlank();
        }
    }

    @Test
    void the_plan_page_shows_the_published_plan_and_the_latest_draft_to_publish() {
        Document html = Jsoup.parse(get("/kredse/1467/samarbejdsplan", secretariat).getBody());

        assertThat(html.select(".plan .card__heading").eachText()).containsExactly(
                "Samarbejdsplan for Midt- og Vestsjællands Politi 2026-2027", "Samarbejdsplan 2026-2027");
        assertThat(html.select(".plan").last().select("p:not(.meta)").eachText()).containsExactly(
                "Kredsrådet prioriterer nikotinprodukter og rekruttering til bander.",
                "Lokalrådene melder hvert kvartal.");
        assertThat(html.select("button").eachText()).contains("Offentliggør version 2", "Gem udkastet");
        assertThat(html.select("#title").val()).isEqualTo("Samarbejdsplan 2026-2027");
    }

    @Test
    void a_draft_is_saved_and_then_published() {
        api.command("POST", API + "/cooperation-plan/drafts", 201, "{\"version\":2}");
        api.command("POST", API + "/cooperation-plan/publication", 200,
                "{\"version\":2,\"publishedOn\":\"2026-12-07\"}");

        ResponseEntity<String> drafted = submit("/kredse/1467/samarbejdsplan", "/kredse/1467/samarbejdsplan/udkast",
                secretariat, Map.of("title", "Samarbejdsplan 2027", "periodStart", "2027-01-01",
                        "periodEnd", "2027-12-31", "text", "Kredsrådet prioriterer nikotinprodukter."));
        ResponseEntity<String> published = submit("/kredse/1467/samarbejdsplan",
                "/kredse/1467/samarbejdsplan/offentliggoerelse", secretariat,
                Map.of("version", "2"));

        assertDone(drafted, "Udkastet er gemt.");
        assertThat(sent("POST", API + "/cooperation-plan/drafts")).isEqualTo(json("""
                {"title":"Samarbejdsplan 2027","periodStart":"2027-01-01","periodEnd":"2027-12-31",
                 "text":"Kredsrådet prioriterer nikotinprodukter."}"""));
        assertDone(published, "Samarbejdsplanen er offentliggjort.");
        assertThat(sent("POST", API + "/cooperation-plan/publication")).isEqualTo(json("{\"version\":\"2\"}"));
    }

    @Test
    void publishing_what_is_already_published_shows_where_the_plan_stands() {
        api.command("POST", API + "/cooperation-plan/publication", 409, """
                {"title":"Konflikt","status":409,"detail":"Version 2 er allerede offentliggjort",
                 "currentStatus":"PUBLISHED","currentStatusLabel":"offentliggjort"}""");

        ResponseEntity<String> answer = submit("/kredse/1467/samarbejdsplan",
                "/kredse/1467/samarbejdsplan/offentliggoerelse", secretariat,
                Map.of("version", "2"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(Jsoup.parse(answer.getBody()).select(".alert-error").text()).contains(
                "Version 2 er allerede offentliggjort", "Samarbejdsplanen står nu som: udkast.", "Hent siden igen");
    }

    @Test
    void anyone_reads_the_published_plan_without_signing_in() {
        ResponseEntity<String> answer = get("/offentlig/kredse/1467/samarbejdsplan", null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select(".plan .card__heading").text())
                .isEqualTo("Samarbejdsplan for Midt- og Vestsjællands Politi 2026-2027");
        assertThat(html.text()).contains("offentliggjort 27. november 2026");
        assertThat(html.select(".portal-header__user, .sidenav")).isEmpty();
        assertThat(SentCommands.last(api, "GET", API + "/cooperation-plan").authorization()).isNull();
    }

    @Test
    void the_meetings_show_their_agendas_and_decisions() {
        Document html = Jsoup.parse(get("/kredse/1467/moeder", secretariat).getBody());

        assertThat(html.select("[data-moede] h3").text()).isEqualTo("Møde 26. november 2026");
        assertThat(html.select("[data-moede] ol li").eachText()).containsExactly(
                "Unge samles ved stationen i Hårlev (eskaleret bekymring)",
                "Stevns' handleplan 2027 fremlægges (handleplan)");
        assertThat(html.select("[data-moede]").text()).contains("Forældremøder om nikotinprodukter",
                "Lokalråd: Lokalråd Stevns");
        assertThat(html.select("#eskalerede-bekymringer option").attr("value"))
                .isEqualTo("72f85605-1396-4080-b33a-721730d490f0");
        assertThat(html.select("#localCouncilIds input[type=checkbox]")).hasSizeGreaterThan(1);
    }

    @Test
    void a_meeting_is_scheduled_with_the_agenda_items_filled_in() {
        api.command("POST", API + "/meetings", 201, "{\"meetingId\":\"1a2b3c4d-0000-4000-8000-000000000003\"}");

        ResponseEntity<String> answer = submit("/kredse/1467/moeder", "/kredse/1467/moeder",
                secretariat, Map.of("date", "2027-01-28",
                        "agenda[0].kind", "ESCALATED_CONCERN", "agenda[0].title", "Unge samles ved stationen",
                        "agenda[0].reference", "72f85605-1396-4080-b33a-721730d490f0",
                        "agenda[1].kind", "ACTION_PLAN", "agenda[1].title", "Køges handleplan fremlægges"));

        assertDone(answer, "Mødet er sat på med dagsordenen.");
        assertThat(sent("POST", API + "/meetings")).isEqualTo(json("""
                {"date":"2027-01-28","agenda":[
                  {"kind":"ESCALATED_CONCERN","reference":"72f85605-1396-4080-b33a-721730d490f0",
                   "title":"Unge samles ved stationen"},
                  {"kind":"ACTION_PLAN","title":"Køges handleplan fremlægges"}]}"""));
    }

    @Test
    void a_decision_is_recorded_at_its_meeting_and_assigned_to_local_councils() {
        api.command("POST", API + "/meetings/" + MEETING + "/decisions", 201,
                "{\"decisionId\":\"5e6f7a8b-0000-4000-8000-000000000004\"}");
        api.command("POST", API + "/decisions/" + DECISION + "/assignments", 200,
                "{\"decisionId\":\"" + DECISION + "\",\"assignedLocalCouncilIds\":[\"LR-0259\"]}");

        ResponseEntity<String> decided = submit("/kredse/1467/moeder", "/kredse/1467/beslutninger",
                secretariat, Map.of("meetingId", MEETING, "title", "Nattevandring i Køge",
                        "description", "Lokalrådet samler forældre til nattevandring.", "themes", "UNSAFE_PLACES",
                        "localCouncilIds", "LR-0259", "dueDate", "2027-03-31"));
        ResponseEntity<String> assigned = submit("/kredse/1467/moeder", "/kredse/1467/tildelinger",
                secretariat, Map.of("decisionId", DECISION, "localCouncilIds", "LR-0259"));

        assertDone(decided, "Beslutningen er gemt.");
        assertThat(sent("POST", API + "/meetings/" + MEETING + "/decisions")).isEqualTo(json("""
                {"title":"Nattevandring i Køge","description":"Lokalrådet samler forældre til nattevandring.",
                 "themes":["UNSAFE_PLACES"],"localCouncilIds":["LR-0259"],"dueDate":"2027-03-31"}"""));
        assertDone(assigned, "Beslutningen er givet til lokalrådene.");
        assertThat(sent("POST", API + "/decisions/" + DECISION + "/assignments"))
                .isEqualTo(json("{\"localCouncilIds\":[\"LR-0259\"]}"));
    }

    @Test
    void a_refused_assignment_is_shown_at_the_assignment_forms_field() {
        api.command("POST", API + "/decisions/" + DECISION + "/assignments", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"field":"localCouncilIds",
                 "errors":[{"field":"localCouncilIds","message":"Angiv mindst ét lokalråd"}]}""");

        ResponseEntity<String> answer = submit("/kredse/1467/moeder", "/kredse/1467/tildelinger",
                secretariat, Map.of("decisionId", DECISION));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#tildeling-localCouncilIds");
        assertThat(html.select("#tildeling-localCouncilIds .form-error-message").text())
                .isEqualTo("Angiv mindst ét lokalråd");
        assertThat(html.select("#localCouncilIds .form-error-message")).isEmpty();
    }

    @Test
    void the_meeting_pack_prints_the_agenda_the_decisions_and_the_districts_key_figures() {
        ResponseEntity<String> answer = get("/kredse/1467/moeder/" + MEETING + "/pakke", TestTokens.bearer(MEMBER));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("h1").text())
                .isEqualTo("Kredsrådet for Midt- og Vestsjællands Politi: møde 26. november 2026");
        assertThat(html.select("#dagsorden li")).hasSize(2);
        assertThat(html.select(".decision h3").text()).isEqualTo("Forældremøder om nikotinprodukter");
        assertThat(html.select("#noegletal tr").first().text()).isEqualTo("Indsatser i alt 47");
        assertThat(html.select("main form, main button")).isEmpty();
    }

    @Test
    void a_meeting_the_council_does_not_have_is_not_found() {
        ResponseEntity<String> answer = get("/kredse/1467/moeder/findes-ikke/pakke", TestTokens.bearer(MEMBER));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Jsoup.parse(answer.getBody()).select("h1").text()).isEqualTo("Siden findes ikke");
    }

    /** The browser follows the redirect to the page, which says what was done. */
    private static void assertDone(ResponseEntity<String> answer, String success) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo(success);
    }

    private JsonNode sent(String method, String path) {
        StubApi.Request request = SentCommands.last(api, method, path);
        assertThat(request.authorization()).isEqualTo(secretariat);
        return json(request.body());
    }
}
