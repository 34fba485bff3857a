package dk.samspil.web.municipality.application.web;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The initiative's application form: registering and revising a draft, refusals at their fields, similar initiatives. */
class InitiativeApplicationIntegrationTest extends WebIntegrationTest {

    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0326", Role.SSP_CONSULTANT));
    private static final String NEW_FORM = "/kommuner/0326/indsatser/ny";
    private static final String INITIATIVES = "/api/municipalities/0326/initiatives";
    private static final String DRAFT_ID = "7d0c2f4e-5b1a-4c3e-9f60-2a8d1b7e4c11";
    private static final String EDIT_FORM = "/kommuner/0326/indsatser/" + DRAFT_ID + "/ansoegning";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A saved form answers with a redirect: read it, rather than follow it to a page another feature serves. */
    @BeforeEach
    void readRedirects() {
        http = http.withRedirects(HttpRedirects.DONT_FOLLOW);
    }

    @Test
    void the_empty_form_has_a_label_for_every_field_and_the_similar_initiatives_panel() {
        ResponseEntity<String> page = get(NEW_FORM, CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Ny indsats");
        assertThat(html.select("#ansoegning input:not([type=hidden]), #ansoegning select, #ansoegning textarea"))
                .hasSizeGreaterThan(30)
                .allSatisfy(field -> assertThat(html.select("label[for=\"" + field.id() + "\"]"))
                        .as("label for %s", field.id()).hasSize(1));
        assertThat(html.select("form legend").eachText()).contains("1. Indsatsen", "2. Periode", "3. Målgruppe",
                "4. Mål", "5. Samarbejdspartnere", "6. Evaluering og videndeling", "7. Tovholder", "8. Forankring",
                "Budget", "Budgetlinje 3");
        assertThat(html.select("#preventionLevel option").eachText())
                .containsExactly("Vælg", "Opbyggende", "Forebyggende", "Kriminalitetsforebyggende");
        assertThat(html.select("#targetGroups input[type=checkbox]").eachAttr("value"))
                .containsExactly("CHILDREN_AND_YOUNG_PEOPLE", "PARENTS_AND_FAMILY", "PROFESSIONALS");
        Element panel = html.getElementById("lignende");
        assertThat(panel.attr("aria-live")).isEqualTo("polite");
        assertThat(panel.attr("hx-get")).isEqualTo("/kommuner/0326/indsatser/lignende");
        assertThat(panel.attr("hx-include")).contains("#name", "#themes", "[name='targetGroups']");
        assertThat(html.select("script:not([src])")).isEmpty();
    }

    @Test
    void a_draft_is_registered_with_the_typed_fields_as_json_and_leads_to_the_new_initiative() {
        api.command("POST", INITIATIVES, 201, "{\"id\":\"" + DRAFT_ID + "\"}");

        ResponseEntity<String> saved = submit(NEW_FORM, NEW_FORM, CONSULTANT, draft());

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getLocation()).hasPath("/kommuner/0326/indsatser/" + DRAFT_ID)
                .hasQuery("udfoert=oprettet");
        StubApi.Request sent = lastCommand("POST", INITIATIVES);
        assertThat(sent.authorization()).isEqualTo(CONSULTANT);
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("name").asString()).isEqualTo("Natteravne i Kalundborg by");
        assertThat(body.get("preventionLevel").asString()).isEqualTo("PREVENTIVE");
        assertThat(body.get("scope").asString()).isEqualTo("LOCAL");
        assertThat(body.get("startDate").asString()).isEqualTo("2027-01-01");
        assertThat(body.get("endDate").asString()).isEqualTo("2027-12-31");
        assertThat(body.get("themes").valueStream().map(JsonNode::asString)).containsExactly("nattevandring", "tryghed");
        assertThat(body.get("targetAgeFrom").asInt()).isEqualTo(13);
        assertThat(body.get("targetGroups").valueStream().map(JsonNode::asString))
                .containsExactly("CHILDREN_AND_YOUNG_PEOPLE");
        assertThat(body.get("goals").valueStream().map(JsonNode::asString))
                .containsExactly("Færre unge i nattelivet", "Forældre går med");
        assertThat(body.get("coordinator").get("email").asString()).isEqualTo("mette.holm@kalundborg.dk");
        assertThat(body.get("coordinator").has("phone")).as("an empty field is left out").isFalse();
        assertThat(body.has("evaluationPlan")).isFalse();
        assertThat(body.has("targetAgeTo")).isFalse();
        assertThat(body.get("budgetLines")).hasSize(1);
        assertThat(body.get("budgetLines").get(0).get("heading").asString()).isEqualTo("Veste og lygter");
        assertThat(body.get("budgetLines").get(0).get("expectedAmount").asLong()).isEqualTo(12000);
        assertThat(body.get("budgetLines").get(0).get("settlementMonth").asString()).isEqualTo("2027-03");
    }

    @Test
    void refused_fields_come_back_at_the_fields_with_the_summary_linking_to_them_and_everything_typed_kept() {
        api.command("POST", INITIATIVES, 400, """
                {"title":"Ugyldig forespørgsel","status":400,"detail":"Ugyldige felter: coordinator.email, endDate",
                 "errors":[{"field":"coordinator.email","message":"Ikke en gyldig e-mailadresse"},
                           {"field":"endDate","message":"Slutdatoen ligger før startdatoen"}]}""");
        Map<String, String> fields = draft();
        fields.put("endDate", "2026-06-30");
        fields.put("coordinator.email", "mette.holm");

        ResponseEntity<String> refused = submit(NEW_FORM, NEW_FORM, CONSULTANT, fields);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select("#fejlopsummering a").eachAttr("href"))
                .containsExactlyInAnyOrder("#coordinator.email", "#endDate");
        assertThat(html.getElementById("endDate-fejl").text()).isEqualTo("Slutdatoen ligger før startdatoen");
        assertThat(html.getElementById("coordinator.email-fejl").text()).isEqualTo("Ikke en gyldig e-mailadresse");
        assertThat(html.getElementById("endDate").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById("endDate").attr("aria-describedby")).contains("endDate-fejl");
        assertThat(html.getElementById("startDate").hasAttr("aria-invalid")).isFalse();
        assertThat(html.getElementById("endDate").val()).isEqualTo("2026-06-30");
        assertThat(html.getElementById("coordinator.email").val()).isEqualTo("mette.holm");
        assertThat(html.getElementById("name").val()).isEqualTo("Natteravne i Kalundborg by");
        assertThat(html.select("#preventionLevel option[selected]").val()).isEqualTo("PREVENTIVE");
        assertThat(html.getElementById("targetGroups-CHILDREN_AND_YOUNG_PEOPLE").hasAttr("checked")).isTrue();
        assertThat(html.getElementById("goals").text()).contains("Færre unge i nattelivet");
        assertThat(html.getElementById("budgetLines[0].heading").val()).isEqualTo("Veste og lygter");
        assertThat(html.getElementById("budgetLines[0].expectedAmount").val()).isEqualTo("12.000");
        assertThat(html.getElementById("budgetLines[3].heading")).as("three empty rows after the filled one").isNotNull();
    }

    @Test
    void a_rule_refusal_naming_a_field_is_shown_at_that_field() {
        api.command("POST", INITIATIVES, 422, """
                {"title":"Regelbrud","status":422,"field":"application.evaluationPlan",
                 "detail":"Feltet ser ud til at indeholde et CPR-nummer. Ingen person må kunne identificeres i Samspil: skriv teksten uden CPR-nummer"}""");
        Map<String, String> fields = draft();
        fields.put("evaluationPlan", "Opfølgning på 010203-1234 efter et halvt år");

        ResponseEntity<String> refused = submit(NEW_FORM, NEW_FORM, CONSULTANT, fields);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select("#fejlopsummering a").eachAttr("href")).containsExactly("#evaluationPlan");
        assertThat(html.getElementById("evaluationPlan-fejl").text()).startsWith("Feltet ser ud til at indeholde et CPR-nummer")
                .doesNotContain("010203");
        assertThat(html.getElementById("evaluationPlan").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void an_amount_that_is_not_a_whole_number_is_refused_at_its_field_without_asking_the_service() {
        int before = api.requests().size();
        Map<String, String> fields = draft();
        fields.put("budgetLines[0].expectedAmount", "tolv tusind");

        ResponseEntity<String> refused = submit(NEW_FORM, NEW_FORM, CONSULTANT, fields);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select("#fejlopsummering a").eachAttr("href")).containsExactly("#budgetLines[0].expectedAmount");
        assertThat(html.getElementById("budgetLines[0].expectedAmount").val()).isEqualTo("tolv tusind");
        assertThat(api.requests().subList(before, api.requests().size()))
                .noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void editing_fills_the_form_from_the_initiative_and_saves_it_with_put() {
        api.json(INITIATIVES + "/" + DRAFT_ID, "initiative-0326-application.json");
        api.command("PUT", INITIATIVES + "/" + DRAFT_ID + "/application", 200,
                "{\"id\":\"" + DRAFT_ID + "\",\"status\":\"DRAFT\",\"statusLabel\":\"kladde\"}");

        Document form = Jsoup.parse(get(EDIT_FORM, CONSULTANT).getBody());

        assertThat(form.getElementById("name").val()).isEqualTo("Natteravne i Kalundborg by");
        assertThat(form.select("#scope option[selected]").val()).isEqualTo("LOCAL");
        assertThat(form.getElementById("themes").val()).isEqualTo("nattevandring, tryghed");
        assertThat(form.select("#partners input[checked]").eachAttr("value")).containsExactly("SCHOOL", "POLICE", "CIVIL_SOCIETY");
        assertThat(form.getElementById("goals").wholeText())
                .isEqualTo("Færre unge i nattelivet uden voksenkontakt\nForældre går med i nattevandringen");
        assertThat(form.getElementById("coordinator.phone").val()).isEqualTo("+45 59 53 44 00");
        assertThat(form.getElementById("budgetLines[1].settlementMonth").val()).isEqualTo("2027-10");
        assertThat(form.getElementById("ansoegning").attr("action")).isEqualTo(EDIT_FORM);

        Map<String, String> fields = draft();
        fields.put("name", "Natteravne i Kalundborg og Høng");
        ResponseEntity<String> saved = submit(EDIT_FORM, EDIT_FORM, CONSULTANT, fields);

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getFirst(HttpHeaders.LOCATION))
                .endsWith("/kommuner/0326/indsatser/" + DRAFT_ID + "?udfoert=gemt");
        JsonNode body = JSON.readTree(lastCommand("PUT", INITIATIVES + "/" + DRAFT_ID + "/application").body());
        assertThat(body.get("name").asString()).isEqualTo("Natteravne i Kalundborg og Høng");
    }

    @Test
    void an_application_no_longer_a_draft_is_shown_again_with_its_status_now_and_what_was_typed() {
        String submitted = "c52e8a17-94b3-4d0f-8a6e-1f7b3c9d2e58";
        String form = "/kommuner/0326/indsatser/" + submitted + "/ansoegning";
        api.json(INITIATIVES + "/" + submitted, "initiative-0326-submitted.json");
        api.command("PUT", INITIATIVES + "/" + submitted + "/application", 409, """
                {"title":"Konflikt","status":409,"detail":"Indsatsen er indsendt og kan ikke ændres",
                 "currentStatus":"SUBMITTED"}""");
        Map<String, String> fields = draft();
        fields.put("name", "Natteravne hele året");

        ResponseEntity<String> refused = submit(form, form, CONSULTANT, fields);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(refused.getBody());
        assertThat(html.select(".alert-error").text()).contains("Indsatsen har nu status indsendt");
        assertThat(html.select(".alert-error a").attr("href")).isEqualTo("/kommuner/0326/indsatser/" + submitted);
        assertThat(html.getElementById("name").val()).isEqualTo("Natteravne hele året");
    }

    @Test
    void a_refused_right_to_register_is_the_danish_no_access_page() {
        String staff = TestTokens.bearer(TestCallers.municipality("0326", Role.SSP_LEADER_GROUP));
        api.command("POST", INITIATIVES, 403, "{\"title\":\"Forbudt\",\"status\":403}");

        ResponseEntity<String> refused = submit(NEW_FORM, NEW_FORM, staff, draft());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(refused.getBody()).select("html").attr("lang")).isEqualTo("da");
    }

    @Test
    void similar_initiatives_show_their_municipality_what_matched_and_a_link_to_them() {
        api.json("/api/initiatives/similar?text=natteravne&themes=tryghed&targetGroup=CHILDREN_AND_YOUNG_PEOPLE&method=",
                "similar-initiatives.json");

        ResponseEntity<String> fragment = get("/kommuner/0326/indsatser/lignende?name=natteravne&themes=tryghed"
                + "&targetGroups=CHILDREN_AND_YOUNG_PEOPLE", CONSULTANT);

        assertThat(fragment.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(fragment.getBody());
        assertThat(html.select("html head title")).isEmpty();
        assertThat(html.select("li a.item-list__title").eachAttr("href")).containsExactly(
                "/kommuner/0101/indsatser/3f9a1c2b-8e4d-4a7f-b1c5-6d2e9f0a7b31",
                "/kommuner/0751/indsatser/a41b7e09-2c6d-4f58-9e13-0b8c5d7f2a64");
        Element first = html.select("ul.item-list > li").first();
        assertThat(first.text()).contains("Natteravne på Vesterbro", "København", "aktiv", "Samme ord: natteravn",
                "Samme temaer: tryghed", "Samme målgruppe: Børn og unge", "Lighedspoint: 4,37");
    }

    @Test
    void without_a_name_or_themes_the_panel_gives_a_hint_and_asks_no_one() {
        int before = api.requests().size();

        ResponseEntity<String> fragment = get("/kommuner/0326/indsatser/lignende?name=+&themes=", CONSULTANT);

        assertThat(fragment.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Jsoup.parse(fragment.getBody()).text()).contains("Skriv indsatsens navn eller temaer");
        assertThat(api.requests().subList(before, api.requests().size()))
                .noneMatch(request -> request.pathAndQuery().startsWith("/api/initiatives/similar"));
    }

    private static Map<String, String> draft() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Natteravne i Kalundborg by");
        fields.put("preventionLevel", "PREVENTIVE");
        fields.put("scope", "LOCAL");
        fields.put("startDate", "2027-01-01");
        fields.put("endDate", "2027-12-31");
        fields.put("themes", "nattevandring, tryghed,");
        fields.put("targetAgeFrom", "13");
        fields.put("targetAgeTo", "");
        fields.put("targetGroups", "CHILDREN_AND_YOUNG_PEOPLE");
        fields.put("goals", "Færre unge i nattelivet\r\n\r\nForældre går med");
        fields.put("evaluationPlan", "");
        fields.put("coordinator.name", "Mette Holm");
        fields.put("coordinator.email", "mette.holm@kalundborg.dk");
        fields.put("coordinator.phone", "");
        fields.put("budgetLines[0].heading", "Veste og lygter");
        fields.put("budgetLines[0].expectedAmount", "12.000");
        fields.put("budgetLines[0].settlementMonth", "2027-03");
        fields.put("budgetLines[1].heading", "");
        fields.put("budgetLines[1].expectedAmount", "");
        return fields;
    }

    private static StubApi.Request lastCommand(String method, String path) {
        return api.requests().stream()
                .filter(request -> request.method().equals(method) && request.pathAndQuery().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + method + " " + path));
    }
}
