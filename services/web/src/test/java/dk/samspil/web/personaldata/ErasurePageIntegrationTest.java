package dk.samspil.web.personaldata;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErasurePageIntegrationTest extends WebIntegrationTest {

    private static final String DPO = TestTokens.bearer(TestCallers.municipality("0336", Role.DPO));
    private static final String FORM = "/personoplysninger/sletning";

    @Test
    void the_form_starts_from_the_users_own_organisation() {
        Document html = Jsoup.parse(get(FORM, DPO).getBody());

        assertThat(html.select("#organisationCode").attr("value")).isEqualTo("0336");
        assertThat(html.select("label[for=identifier]").text()).isEqualTo("Personens identifikation");
    }

    @Test
    void nothing_is_erased_before_the_user_confirms() {
        int before = api.requests().size();

        Document html = Jsoup.parse(submit(FORM, FORM, DPO,
                Map.of("organisationCode", "0336", "identifier", "mette@stevns.dk")).getBody());

        assertThat(html.select(".alert-heading").text()).isEqualTo("Er du sikker?");
        assertThat(html.select("input[type=hidden][name=identifier]").attr("value")).isEqualTo("mette@stevns.dk");
        assertThat(api.requests().subList(before, api.requests().size()))
                .noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void the_confirmed_erasure_shows_each_services_answer() {
        api.command("POST", "/api/personal-data/erasure", 200, """
                {"erasures":[{"service":"municipality","subjectId":"a1","erased":true},
                             {"service":"national-association","subjectId":"a1","erased":false}]}""");

        Document html = Jsoup.parse(submit(FORM, FORM + "/bekraeftet", DPO,
                Map.of("organisationCode", "0336", "identifier", "mette@stevns.dk")).getBody());

        assertThat(html.select("#sletninger tbody tr").eachText())
                .containsExactly("municipality Slettet nu", "national-association Var allerede slettet");
        StubApi.Request sent = api.requests().get(api.requests().size() - 1);
        assertThat(sent.body()).isEqualTo("{\"organisationCode\":\"0336\",\"identifier\":\"mette@stevns.dk\"}");
        assertThat(sent.authorization()).isEqualTo(DPO);
    }

    @Test
    void a_person_no_service_knows_is_said_at_the_identifier_with_what_was_typed_kept() {
        api.command("POST", "/api/personal-data/erasure", 404, """
                {"title":"Ikke fundet","status":404,"field":"identifier",
                 "detail":"Der findes ingen personoplysninger med denne identifikation i organisation 0336"}""");

        ResponseEntity<String> page = submit(FORM, FORM + "/bekraeftet", DPO,
                Map.of("organisationCode", "0336", "identifier", "ukendt@stevns.dk"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#identifier-fejl").text()).startsWith("Der findes ingen personoplysninger");
        assertThat(html.select("#identifier").attr("value")).isEqualTo("ukendt@stevns.dk");
    }

    @Test
    void empty_fields_are_refused_in_the_page_before_anything_is_sent() {
        ResponseEntity<String> page = submit(FORM, FORM, DPO, Map.of("organisationCode", "0336", "identifier", " "));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Jsoup.parse(page.getBody()).select("#identifier-fejl").text())
                .isEqualTo("Identifikationen (fx e-mail) skal udfyldes");
    }
}
