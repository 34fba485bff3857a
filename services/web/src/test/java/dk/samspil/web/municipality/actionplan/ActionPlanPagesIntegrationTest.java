package dk.samspil.web.municipality.actionplan;

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
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plan pages: the list, a plan with its six points and what happened to its initiatives, the steps each
 * role is offered by the plan's status, the JSON each step and a proposal send, and how refusals read.
 */
class ActionPlanPagesIntegrationTest extends WebIntegrationTest {

    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    private static final String LEADER_GROUP = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_LEADER_GROUP));
    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_SECRETARIAT));
    private static final String DISTRICT = TestTokens.bearer(TestCallers.districtCouncil("1467"));
    private static final String API = "/api/municipalities/0336/action-plans";
    private static final String LIST = "/kommuner/0336/handleplaner";
    private static final String PROPOSED = "a1f0c2d4-8b3e-4c5a-9d6f-7e8a9b0c1d21";
    private static final String ADOPTED = "c3e2b1a0-4d5f-4e6a-8b7c-9d0e1f2a3b45";
    private static final Map<String, String> PROPOSAL = Map.ofEntries(Map.entry("firstYear", "2027"),
            Map.entry("proposedBy", "EXECUTING"), Map.entry("analysis", "Flere unge samles ved havnen."),
            Map.entry("overallGoal", "Færre unge i kriminalitet."),
            Map.entry("subGoals", "Gruppescreening i 7. klasse\r\n\r\nForældrenetværk"),
            Map.entry("initiativeIds", "b1abac56-ee22-49b5-90ae-014491d255c0"),
            Map.entry("organisation.strategic", "Kommunaldirektør"),
            Map.entry("organisation.coordinating", "SSP-konsulent"),
            Map.entry("organisation.executing", "AKT-lærere\r\nGadeplan"), Map.entry("financing", "SSP-puljen."),
            Map.entry("documentation", "Årlig opfølgning."));

    /**
     * A step form: where it is posted, by whom, what is typed, the JSON the service gets, the success alert, and the
     * field a refusal names.
     */
    record Step(String plan, String slug, String command, String bearer, Map<String, String> typed, String json,
                String done, String field) {

        String page() {
            return LIST + "/" + plan;
        }

        String apiPath() {
            return API + "/" + plan + "/" + command;
        }

        @Override
        public String toString() {
            return slug;
        }
    }

    static List<Step> steps() {
        return List.of(
                new Step(PROPOSED, "vedtagelse", "adoption", LEADER_GROUP, Map.of("adoptedOn", "2026-11-02"),
                        "{\"adoptedOn\":\"2026-11-02\"}", "Handleplanen er vedtaget.", "adoptedOn"),
                new Step(PROPOSED, "indsats", "initiatives", CONSULTANT,
                        Map.of("initiativeId", "10dad339-fec3-46f6-8f43-9961dd132f51"),
                        "{\"initiativeId\":\"10dad339-fec3-46f6-8f43-9961dd132f51\"}",
                        "Indsatsen er føjet til handleplanen.", "initiativeId"),
                new Step(ADOPTED, "fremlaeggelse", "presentation", CONSULTANT, Map.of("presentedOn", "2025-05-06"),
                        "{\"presentedOn\":\"2025-05-06\"}", "Handleplanen er registreret som fremlagt i kredsrådet.",
                        "presentedOn"),
                new Step(ADOPTED, "opfoelgning", "follow-ups", SECRETARIAT,
                        Map.of("summary", "Gadeplan udvidet til Hårlev.", "followedUpOn", ""),
                        "{\"summary\":\"Gadeplan udvidet til Hårlev.\"}",
                        "Den årlige opfølgning er registreret.", "summary"));
    }

    @BeforeEach
    void savedAnswers() {
        api.json(API, "action-plans-0336.json");
        api.json(API + "/" + PROPOSED, "action-plan-0336-proposed.json");
        api.json(API + "/" + ADOPTED, "action-plan-0336-adopted.json");
        api.json("/api/municipalities/0336/initiatives", "initiatives-0336.json");
    }

    @Test
    void the_plans_are_listed_newest_first_with_adoption_presentation_and_follow_up() {
        Document html = Jsoup.parse(get(LIST, DISTRICT).getBody());

        assertThat(html.select("#handleplaner tbody tr").eachText()).containsExactly(
                "2027–2028 Foreslået – Ikke fremlagt – 2",
                "2025–2026 Vedtaget gælder nu 12. marts 2025 Ikke fremlagt 20. november 2026 for sent 1");
        assertThat(html.select("#handleplaner tbody th a").eachAttr("href"))
                .containsExactly(LIST + "/" + PROPOSED, LIST + "/" + ADOPTED);
    }

    @Test
    void only_those_who_draft_plans_are_offered_a_new_one() {
        assertThat(Jsoup.parse(get(LIST, CONSULTANT).getBody()).select("a[href=" + LIST + "/ny]")).hasSize(1);
        assertThat(Jsoup.parse(get(LIST, LEADER_GROUP).getBody()).select("a[href=" + LIST + "/ny]")).isEmpty();
    }

    @Test
    void a_plan_shows_its_six_points_its_initiatives_its_follow_ups_and_the_initiatives_that_left_it_and_why() {
        Document html = Jsoup.parse(get(LIST + "/" + ADOPTED, DISTRICT).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Handleplan 2025–2026");
        assertThat(html.select("#fakta").text()).contains("Foreslået af Koordinerende niveau",
                "Vedtaget 12. marts 2025", "Fremlagt i kredsrådet Ikke endnu – fremlægges i 2025",
                "Næste opfølgning senest 20. november 2026 for sent");
        assertThat(html.select("#punkter h3").eachText()).containsExactly(
                "1. Analyse af den lokale kriminalitetssituation", "2. Mål", "3. Indsatser", "4. Organisering",
                "5. Finansiering", "6. Dokumentation og opfølgning");
        assertThat(html.select("#indsatser tbody tr").eachText())
                .containsExactly("Social pejling på ungdomsuddannelserne I gang");
        assertThat(html.select("#organisering").text()).isEqualTo(
                "Strategisk niveau Kommunaldirektør Koordinerende niveau SSP-konsulent Udførende niveau Klubmedarbejdere");
        assertThat(html.select("#opfoelgninger li").text())
                .isEqualTo("20. november 2025 Social pejling gennemført på to skoler.");
        assertThat(html.select("#forladte-indsatser tbody tr").eachText())
                .containsExactly("Bekymringssamtaler Sat på pause", "Fritidsjob-guide Trukket tilbage");
        assertThat(html.select("#forladte-indsatser tbody a").first().attr("href"))
                .isEqualTo("/kommuner/0336/indsatser/ef5e7d7a-3a86-4aac-9826-a9974368903d");
    }

    @Test
    void a_proposed_plan_is_offered_for_adoption_to_the_leader_group_and_for_more_initiatives_to_the_consultants() {
        assertThat(offeredSteps(PROPOSED, LEADER_GROUP)).containsExactly("vedtagelse");
        assertThat(offeredSteps(PROPOSED, CONSULTANT)).containsExactly("indsats");
        assertThat(offeredSteps(PROPOSED, SECRETARIAT)).containsExactly("vedtagelse", "indsats");
    }

    @Test
    void an_adopted_plan_is_offered_its_presentation_and_follow_up_to_those_who_keep_it_and_nothing_to_others() {
        assertThat(offeredSteps(ADOPTED, CONSULTANT)).containsExactly("fremlaeggelse", "opfoelgning", "indsats");
        assertThat(offeredSteps(ADOPTED, LEADER_GROUP)).isEmpty();
        assertThat(offeredSteps(ADOPTED, DISTRICT)).isEmpty();
    }

    @Test
    void only_current_initiatives_not_yet_in_the_plan_are_offered_to_join_it() {
        Document html = Jsoup.parse(get(LIST + "/" + PROPOSED, CONSULTANT).getBody());

        List<String> offered = html.select("#initiativeId option").eachText();
        assertThat(offered).contains("Sommerferieaktiviteter (i gang)", "Natteravne i Rødvig (kladde)")
                .noneMatch(choice -> choice.startsWith("Gruppescreening af 7. klasser")
                        || choice.startsWith("Bekymringssamtaler") || choice.startsWith("Fritidsjob-guide")
                        || choice.startsWith("Idræt om aftenen") || choice.startsWith("Nattevandring ved Rødvig Havn"));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void an_accepted_step_sends_its_form_as_json_and_leads_back_to_the_plan_with_a_success_message(Step step) {
        api.command("POST", step.apiPath(), 200, "{\"id\":\"" + step.plan() + "\",\"status\":\"ADOPTED\","
                + "\"statusLabel\":\"vedtaget\"}");

        ResponseEntity<String> answer = submitForRedirect(step.page(), step.page() + "/" + step.slug(), step.bearer(),
                step.typed());

        URI location = URI.create(answer.getHeaders().getFirst(HttpHeaders.LOCATION));
        assertThat(location.getRawPath() + "?" + location.getRawQuery())
                .isEqualTo(step.page() + "?udfoert=" + step.slug());
        StubApi.Request sent = SentCommands.last(api, "POST", step.apiPath());
        assertThat(SentCommands.json(sent.body())).isEqualTo(SentCommands.json(step.json()));
        assertThat(sent.authorization()).isEqualTo(step.bearer());
        Document shown = Jsoup.parse(get(location.getRawPath() + "?" + location.getRawQuery(), step.bearer()).getBody());
        assertThat(shown.select("#udfoert").text()).isEqualTo(step.done());
    }

    @ParameterizedTest
    @MethodSource("steps")
    void a_refused_step_is_shown_at_its_field_with_what_was_typed(Step step) {
        String field = step.field();
        api.command("POST", step.apiPath(), 422, "{\"title\":\"Kan ikke behandles\",\"status\":422,\"field\":\""
                + field + "\",\"detail\":\"Feltet blev afvist\"}");

        ResponseEntity<String> page = submit(step.page(), step.page() + "/" + step.slug(), step.bearer(), step.typed());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#" + field + "-fejl").text()).isEqualTo("Feltet blev afvist");
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#" + field);
        String kept = html.select("#" + field).is("select")
                ? html.select("#" + field + " option[selected]").attr("value")
                : html.select("#" + field).is("textarea") ? html.select("#" + field).text()
                : html.select("#" + field).attr("value");
        assertThat(kept).isEqualTo(step.typed().get(field));
    }

    @Test
    void a_step_the_plan_has_moved_past_shows_the_plan_as_it_stands_now() {
        api.command("POST", API + "/" + PROPOSED + "/adoption", 409, """
                {"title":"Konflikt","status":409,"detail":"Handleplanen er allerede vedtaget","currentStatus":"ADOPTED"}""");
        api.json(API + "/" + PROPOSED, "action-plan-0336-adopted.json");

        ResponseEntity<String> page = submit(LIST + "/" + ADOPTED, LIST + "/" + PROPOSED + "/vedtagelse", LEADER_GROUP,
                Map.of("adoptedOn", ""));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#konflikt h2").text()).isEqualTo("Handleplanen er nu vedtaget");
        assertThat(html.select("#konflikt").text()).contains("Handleplanen er allerede vedtaget", "Hent siden igen");
    }

    @Test
    void a_step_the_service_forbids_is_the_no_access_page() {
        api.command("POST", API + "/" + PROPOSED + "/adoption", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = submit(LIST + "/" + PROPOSED, LIST + "/" + PROPOSED + "/vedtagelse", CONSULTANT,
                Map.of("adoptedOn", ""));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    void the_proposal_form_offers_the_current_initiatives_and_the_two_proposing_levels() {
        Document html = Jsoup.parse(get(LIST + "/ny", CONSULTANT).getBody());

        assertThat(html.select("#initiativeIds input[type=checkbox]").eachAttr("value"))
                .contains("b1abac56-ee22-49b5-90ae-014491d255c0")
                .doesNotContain("ef5e7d7a-3a86-4aac-9826-a9974368903d");
        assertThat(html.select("#proposedBy option").eachText())
                .containsExactly("Vælg niveau", "Det udførende niveau", "Det koordinerende niveau");
    }

    @Test
    void a_proposal_sends_the_six_points_with_its_lists_one_entry_per_line_and_leads_to_the_new_plan() {
        api.command("POST", API, 201, "{\"id\":\"" + PROPOSED + "\"}");

        ResponseEntity<String> answer = submitForRedirect(LIST + "/ny", LIST + "/ny", CONSULTANT, PROPOSAL);

        URI location = URI.create(answer.getHeaders().getFirst(HttpHeaders.LOCATION));
        assertThat(location.getRawPath() + "?" + location.getRawQuery())
                .isEqualTo(LIST + "/" + PROPOSED + "?udfoert=foreslaaet");
        assertThat(SentCommands.json(SentCommands.last(api, "POST", API).body())).isEqualTo(SentCommands.json("""
                {"firstYear":"2027","analysis":"Flere unge samles ved havnen.",
                 "overallGoal":"Færre unge i kriminalitet.",
                 "subGoals":["Gruppescreening i 7. klasse","Forældrenetværk"],
                 "initiativeIds":["b1abac56-ee22-49b5-90ae-014491d255c0"],
                 "organisation":{"strategic":["Kommunaldirektør"],"coordinating":["SSP-konsulent"],
                                 "executing":["AKT-lærere","Gadeplan"]},
                 "financing":"SSP-puljen.","documentation":"Årlig opfølgning.","proposedBy":"EXECUTING"}"""));
        Document shown = Jsoup.parse(get(location.getRawPath() + "?" + location.getRawQuery(), CONSULTANT).getBody());
        assertThat(shown.select("#udfoert").text()).startsWith("Handleplanen er foreslået.");
    }

    @Test
    void a_refused_proposal_is_shown_at_its_fields_with_what_was_typed() {
        api.command("POST", API, 400, """
                {"title":"Ugyldig forespørgsel","status":400,"errors":[
                  {"field":"financing","message":"Finansieringen skal beskrives"},
                  {"field":"organisation.executing[1]","message":"En rolle må højst have 200 tegn"}]}""");
        Map<String, String> typed = new LinkedHashMap<>(PROPOSAL);
        typed.put("financing", "");

        ResponseEntity<String> page = submit(LIST + "/ny", LIST + "/ny", CONSULTANT, typed);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#financing-fejl").text()).isEqualTo("Finansieringen skal beskrives");
        assertThat(html.select("[id=organisation.executing-fejl]").text()).isEqualTo("En rolle må højst have 200 tegn");
        assertThat(html.select("#fejlopsummering a").eachAttr("href"))
                .containsExactly("#financing", "#organisation.executing");
        assertThat(html.select("#analysis").text()).isEqualTo("Flere unge samles ved havnen.");
        assertThat(html.select("#firstYear").attr("value")).isEqualTo("2027");
        assertThat(html.select("#proposedBy option[selected]").attr("value")).isEqualTo("EXECUTING");
        assertThat(html.select("#initiativeIds input[checked]").eachAttr("value"))
                .containsExactly("b1abac56-ee22-49b5-90ae-014491d255c0");
    }

    private List<String> offeredSteps(String plan, String bearer) {
        return Jsoup.parse(get(LIST + "/" + plan, bearer).getBody()).select("#trin form").eachAttr("id");
    }
}
