package dk.samspil.web.home;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Year;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mit overblik" for a municipality's SSP staff: the initiatives waiting for them, the concern feed's unread items
 * and this year's pool, each from its own API call, and each panel standing on its own when its call fails.
 */
class MunicipalOverviewIntegrationTest extends WebIntegrationTest {

    private static final String CONSULTANT = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    private static final String LEADER_GROUP = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_LEADER_GROUP));
    private static final String UNREAD = "/api/municipalities/0336/concern-feed?page=0&size=3&unread=true";
    private static final String POOL = "/api/municipalities/0336/funding-pools/" + Year.now(ZoneId.of("Europe/Copenhagen"));
    private static final String UNAVAILABLE = """
            {"title":"Tjenesten svarer ikke","status":503,"detail":"municipality svarer ikke lige nu"}""";

    @BeforeEach
    void savedAnswers() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");
        api.json("/api/municipalities/0336/initiatives", "initiatives-0336.json");
        api.json(UNREAD, "concern-feed-0336-unread.json");
        api.json(POOL, "funding-pool-0336-2026.json");
    }

    @Test
    void a_consultant_sees_the_initiatives_that_wait_for_a_consultants_step_or_an_overdue_status_report() {
        Document html = Jsoup.parse(get("/", CONSULTANT).getBody());

        Element initiatives = html.selectFirst("#mine-indsatser");
        assertThat(initiatives.select("h2").text()).isEqualTo("Mine indsatser");
        assertThat(initiatives.select(".item-list__title").eachText()).containsExactly("Forældrenetværk i Hårlev",
                "Konfliktmægling i udskolingen", "Natteravne i Rødvig", "Gadeplan i Hårlev", "Ungeråd om tryghed",
                "Rusmiddelundervisning", "Digital dannelse i 6. klasse", "Klubaftener i Strøby");
        assertThat(initiatives.select("li").get(2).text()).contains("Status: kladde", "Næste trin: Indsend");
        assertThat(initiatives.select("li").get(1).text()).contains("Næste trin: Sæt i gang");
        assertThat(initiatives.select("li").get(3).text()).contains("statusrapport for sent", "Næste trin: Afgiv status",
                "skulle være afgivet senest 1. december 2026");
        assertThat(initiatives.select(".item-list__title").get(2).attr("href"))
                .isEqualTo("/kommuner/0336/indsatser/5b1c3a0e-0d7f-4c0a-9d57-2f1f5d6c0a01");
    }

    @Test
    void the_leader_group_sees_the_applications_and_budgets_waiting_for_its_decision() {
        Document html = Jsoup.parse(get("/", LEADER_GROUP).getBody());

        Element initiatives = html.selectFirst("#mine-indsatser");
        assertThat(initiatives.select(".item-list__title").eachText()).containsExactly("Forældrenetværk i Hårlev",
                "Forældrecaféer i hele kommunen", "Trygt natteliv i Store Heddinge", "Gadeplan i Hårlev",
                "Sommerjob til unge", "Fælles fodslag med Køge", "Klubaftener i Strøby");
        assertThat(initiatives.select("li").get(1).text())
                .contains("Næste trin: Godkend budgettet eller godkend uden midler");
        assertThat(initiatives.select("li").get(2).text()).contains("Næste trin: Godkend eller afvis");
        assertThat(initiatives.select("li").get(0).text()).contains("statusrapport for sent").doesNotContain("Næste trin");
    }

    @Test
    void the_unread_concerns_are_counted_and_the_newest_linked_with_the_way_to_the_feed() {
        Document html = Jsoup.parse(get("/", CONSULTANT).getBody());

        Element concerns = html.selectFirst("#ulaeste-bekymringer");
        assertThat(concerns.select("#antal-ulaeste").text()).isEqualTo("5 ulæste bekymringer fra andre kommuner.");
        assertThat(concerns.select(".item-list__title").eachText()).containsExactly(
                "Salg af snus til unge ved stationen", "Unge rekrutteres til salg af hash via sociale medier",
                "Trusler i en gruppechat på tværs af skoler");
        assertThat(concerns.select(".item-list__title").first().attr("href"))
                .isEqualTo("/bekymringer/5b0c6f4e-2a1d-4c3e-9f60-7d2c1a9e8b11");
        assertThat(concerns.select(".meta").first().text())
                .isEqualTo("Køge · skærpet opmærksomhed · 4. december 2026 kl. 10.12");
        assertThat(concerns.select("a[href=/kommuner/0336/bekymringsfeed]").text()).isEqualTo("Gå til bekymringsfeedet");
    }

    @Test
    void the_pool_of_this_year_shows_its_amount_what_is_reserved_spent_and_left() {
        Document html = Jsoup.parse(get("/", CONSULTANT).getBody());

        Element pool = html.selectFirst("#puljen");
        assertThat(pool.select("dt").eachText()).containsExactly("Regnskabsår", "Beløb", "Reserveret", "Brugt", "Tilbage");
        assertThat(pool.select("dd").eachText().subList(1, 5))
                .containsExactly("300.000 kr.", "87.500 kr.", "42.000 kr.", "170.500 kr.");
        assertThat(pool.select("a").attr("href")).isEqualTo("/kommuner/0336/pulje");
        assertThat(api.requests()).anySatisfy(request -> {
            assertThat(request.pathAndQuery()).isEqualTo(POOL);
            assertThat(request.authorization()).isEqualTo(CONSULTANT);
        });
    }

    @Test
    void without_a_pool_for_this_year_the_panel_says_none_is_open() {
        api.problem(POOL, 404, """
                {"title":"Ikke fundet","status":404,"detail":"Kommune 0336 har ingen pulje","field":"accountingYear"}""");

        Document html = Jsoup.parse(get("/", CONSULTANT).getBody());

        assertThat(html.select("#puljen").text())
                .contains("Der er ikke åbnet en pulje for " + Year.now(ZoneId.of("Europe/Copenhagen")) + " endnu.");
        assertThat(html.select("#puljen dl, #puljen .alert-error")).isEmpty();
    }

    @Test
    void a_panel_whose_service_does_not_answer_says_so_and_the_others_still_show() {
        api.problem(UNREAD, 503, UNAVAILABLE);

        ResponseEntity<String> page = get("/", CONSULTANT);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#ulaeste-bekymringer .alert-error").text())
                .isEqualTo("Bekymringsfeedet kan ikke hentes lige nu. Prøv igen om lidt.");
        assertThat(html.select("#ulaeste-bekymringer a[href=/kommuner/0336/bekymringsfeed]")).hasSize(1);
        assertThat(html.select("#mine-indsatser .item-list__title")).hasSize(8);
        assertThat(html.select("#puljen dd").eachText()).contains("170.500 kr.");
        assertThat(html.select("#mine-indsatser .alert-error, #puljen .alert-error")).isEmpty();
    }

    @Test
    void a_refused_initiatives_call_leaves_the_concerns_and_the_pool() {
        api.problem("/api/municipalities/0336/initiatives", 403, """
                {"title":"Adgang nægtet","status":403}""");

        Document html = Jsoup.parse(get("/", CONSULTANT).getBody());

        assertThat(html.select("#mine-indsatser .alert-error").text())
                .isEqualTo("Indsatserne kan ikke hentes lige nu. Prøv igen om lidt.");
        assertThat(html.select("#ulaeste-bekymringer .item-list__title")).hasSize(3);
        assertThat(html.select("#puljen dd").eachText()).contains("300.000 kr.");
    }

    @Test
    void the_district_council_has_no_municipal_panels() {
        Document html = Jsoup.parse(get("/", TestTokens.bearer(TestCallers.districtCouncil("1467"))).getBody());

        assertThat(html.select("#arbejde")).isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("Mit overblik");
    }
}
