package dk.samspil.web;

import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.InitiativeEvents;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages, rendered by the whole web service against a stand-in for the gateway's API that answers with answers
 * saved from a running Samspil; a real Kafka broker and the Mongo-wire server beneath.
 */
class WebPagesIntegrationTest extends WebIntegrationTest {

    private static final Caller DISTRICT_MEMBER = TestCallers.districtCouncil("1467");
    private static final Caller SECRETARIAT = TestCallers.nationalSecretariat();

    @Test
    void the_district_page_shows_every_municipality_of_the_district_with_charts_and_their_tables() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");
        String token = TestTokens.bearer(DISTRICT_MEMBER);

        ResponseEntity<String> page = get("/kredse/1467", token);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("h1").text()).isEqualTo("Midt- og Vestsjællands Politi");
        assertThat(html.select("#kommuner tbody th[scope=row]").eachText()).containsExactly("Greve", "Holbæk",
                "Kalundborg", "Køge", "Lejre", "Odsherred", "Ringsted", "Roskilde", "Solrød", "Stevns");
        assertThat(html.select("figure[data-chart]")).hasSize(4).allSatisfy(chart -> {
            assertThat(chart.select("canvas").attr("role")).isEqualTo("img");
            assertThat(chart.select("figcaption .chart__summary").text()).isNotBlank();
            assertThat(chart.select("table tbody tr")).isNotEmpty();
        });
        assertThat(html.select("#graf-forebyggelsestrekant thead th").eachText())
                .containsExactly("Kommune", "opbyggende", "forebyggende", "kriminalitetsforebyggende");
        assertThat(html.select("#graf-forebyggelsestrekant .chart__summary").text())
                .isEqualTo("Af kredsens 47 indsatser er 12 opbyggende, 24 forebyggende og 11 kriminalitetsforebyggende."
                        + " Flest kriminalitetsforebyggende indsatser har Ringsted (3).");
        assertThat(html.text()).contains("Strategiske prioriteter", "Lokalråd Odsherred",
                "Samarbejdsplan for Midt- og Vestsjællands Politi 2026-2027", "Forældresamarbejde");
        assertThat(html.select("[data-live-source]").attr("data-live-source")).isEqualTo("/live/kredse/1467");
        assertThat(api.requests()).last().satisfies(request -> assertThat(request.authorization()).isEqualTo(token));
    }

    @Test
    void the_figures_alone_are_a_fragment_for_the_page_to_swap_in() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");

        ResponseEntity<String> fragment = get("/kredse/1467/tal", TestTokens.bearer(DISTRICT_MEMBER));

        assertThat(fragment.getBody()).startsWith("<div id=\"tal\"").doesNotContain("<html", "portal-header");
        assertThat(Jsoup.parse(fragment.getBody()).select("#tal").attr("data-last-event-at"))
                .isEqualTo("2026-12-07T18:15:06.243Z");
    }

    @Test
    void a_past_day_shows_the_figures_as_they_stood_and_says_the_rest_is_for_today() {
        api.json("/api/districts/1467/dashboard?asOf=2026-12-07", "district-1467-dashboard-asof.json");

        Document html = Jsoup.parse(get("/kredse/1467?dato=2026-12-07", TestTokens.bearer(DISTRICT_MEMBER)).getBody());

        assertThat(html.select("#kommuner tbody tr")).hasSize(10);
        assertThat(html.text()).contains("Tallene pr. 7. december 2026",
                "Bekymringer, lokalrapporter, beslutninger og planer vises for i dag");
        assertThat(html.select("[data-live-source]")).isEmpty();
    }

    @Test
    void a_day_before_the_first_event_is_explained_beside_the_date_field() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");
        api.problem("/api/districts/1467/dashboard?asOf=2020-01-01", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"asOf","value":"2020-01-01",
                 "validFrom":"2026-12-07T18:12:54.419Z"}""");

        Document html = Jsoup.parse(get("/kredse/1467?dato=2020-01-01", TestTokens.bearer(DISTRICT_MEMBER)).getBody());

        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#dato");
        assertThat(html.select("#dato-fejl").text())
                .isEqualTo("Samspil har tal fra 7. december 2026. Vælg en dato fra da og frem til i dag.");
        assertThat(html.select("#dato").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#kommuner tbody tr")).hasSize(10);
    }

    @Test
    void a_date_that_cannot_be_read_is_not_sent_to_the_service() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");

        Document html = Jsoup.parse(get("/kredse/1467?dato=31-12-2026", TestTokens.bearer(DISTRICT_MEMBER)).getBody());

        assertThat(html.select("#dato-fejl").text()).isEqualTo("Skriv datoen som åååå-mm-dd, fx 2026-06-30.");
        assertThat(api.requests()).noneMatch(request -> request.pathAndQuery().contains("31-12-2026"));
    }

    @Test
    void a_refusal_by_the_service_is_the_danish_access_denied_page() {
        api.problem("/api/districts/1470/dashboard", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = get("/kredse/1470", TestTokens.bearer(DISTRICT_MEMBER));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    void an_unknown_page_is_the_danish_not_found_page() {
        ResponseEntity<String> page = get("/findes-ikke", TestTokens.bearer(DISTRICT_MEMBER));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Siden findes ikke");
    }

    @Test
    void without_the_relayed_token_no_page_is_shown() {
        assertThat(get("/kredse/1467", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/static/css/samspil.css", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void pages_run_under_a_content_security_policy_without_inline_scripts() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");

        ResponseEntity<String> page = get("/kredse/1467", TestTokens.bearer(DISTRICT_MEMBER));

        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(html.select("[style]")).isEmpty();
        assertThat(html.select("form[method=post] input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void the_forms_csrf_cookie_stays_while_the_page_loads_its_stylesheets_and_scripts() {
        String token = TestTokens.bearer(DISTRICT_MEMBER);
        HttpHeaders withCookie = new HttpHeaders();
        withCookie.set(HttpHeaders.AUTHORIZATION, token);
        withCookie.set(HttpHeaders.COOKIE, "XSRF-TOKEN=the-pages-token");

        ResponseEntity<String> stylesheet = http.exchange("/static/css/samspil.css", HttpMethod.GET,
                new HttpEntity<>(withCookie), String.class);

        assertThat(stylesheet.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stylesheet.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void the_national_page_shows_the_twelve_districts_and_the_map_with_its_table() {
        api.json("/api/national/overview", "national-overview.json");

        Document html = Jsoup.parse(get("/landet", TestTokens.bearer(SECRETARIAT)).getBody());

        assertThat(html.select("#kredse tbody tr")).hasSize(12);
        assertThat(html.select("#kredse tbody th a").first().attr("href")).isEqualTo("/kredse/1460");
        assertThat(html.select("svg path.map-area")).hasSize(98);
        assertThat(html.select(".map-layout__table tbody tr")).hasSize(98);
        assertThat(html.text()).contains("Kort: Geodatastyrelsen, DAGI");
        assertThat(html.select("#kort option[selected]").text()).isEqualTo("Indsatser i alt");
    }

    @Test
    void the_map_can_be_coloured_by_another_figure() {
        api.json("/api/national/overview", "national-overview.json");

        Document html = Jsoup.parse(get("/landet?kort=puljeforbrug", TestTokens.bearer(SECRETARIAT)).getBody());

        assertThat(html.select("#kort option[selected]").text()).isEqualTo("Puljen brugt (%)");
        assertThat(html.select("#kort-tabel-titel").text()).isEqualTo("Puljen brugt (%) pr. kommune");
    }

    @Test
    void the_trends_are_line_charts_of_the_last_twelve_months_with_tables() {
        api.json("/api/national/trends?from=" + java.time.YearMonth.now().minusMonths(11) + "&to="
                + java.time.YearMonth.now(), "national-trends.json");

        Document html = Jsoup.parse(get("/landet/udvikling", TestTokens.bearer(SECRETARIAT)).getBody());

        assertThat(html.select("figure[data-chart=line]")).hasSize(4);
        assertThat(html.select("#kreds option")).hasSize(13);
        assertThat(html.select("#graf-indsatser tbody tr")).hasSize(12);
    }

    @Test
    void the_annual_report_reads_as_a_page_and_downloads_as_markdown() {
        api.markdown("/api/national/annual-report/2026", "annual-report-2026.md");

        Document html = Jsoup.parse(get("/landet/aarsberetning/2026", TestTokens.bearer(SECRETARIAT)).getBody());
        ResponseEntity<String> download = get("/landet/aarsberetning/2026.md", TestTokens.bearer(SECRETARIAT));

        assertThat(html.select(".report h2").eachText()).contains("Hele landet", "Nordjyllands Politi",
                "Bornholms Politi", "Nationale projekter");
        assertThat(html.select(".report table tbody th").text()).isEqualTo("Forældresamarbejde – forældre som ressource");
        assertThat(html.select("a[download]").attr("href")).isEqualTo("/landet/aarsberetning/2026.md");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"aarsberetning-2026.md\"");
        assertThat(download.getBody()).startsWith("# Årsberetning 2026 – udkast");
        assertThat(api.requests()).last().satisfies(request -> assertThat(request.accept()).contains("text/markdown"));
    }

    @Test
    void the_overview_tells_what_changed_since_the_last_visit() {
        api.json("/api/districts/1467/dashboard", "district-1467-dashboard.json");
        Caller someone = new Caller("visitor-" + UUID.randomUUID(), DISTRICT_MEMBER.organisationType(), "1467",
                java.util.Set.of(Role.DISTRICT_COUNCIL_MEMBER));

        Document first = Jsoup.parse(get("/", TestTokens.bearer(someone)).getBody());
        Document second = Jsoup.parse(get("/", TestTokens.bearer(someone)).getBody());

        assertThat(first.text()).contains("Velkommen til Samspil");
        assertThat(first.select(".card__heading a").eachAttr("href"))
                .containsExactly("/kredse/1467", "/kredse/1467/prioriteter", "/kredse/1467/samarbejdsplan",
                        "/kredse/1467/moeder", "/landet", "/landet/udvikling", "/landet/aarsberetning");
        assertThat(second.text()).contains("Dit sidste besøg").doesNotContain("Velkommen til Samspil");
        assertThat(second.text()).contains("Intet nyt i kommuner i Midt- og Vestsjællands Politi siden da.");
    }

    @Test
    void a_change_in_the_district_reaches_its_open_pages_and_no_others() throws Exception {
        try (LiveStream district = LiveStream.open(http.getRootUri() + "/live/kredse/1467",
                TestTokens.bearer(DISTRICT_MEMBER));
             LiveStream elsewhere = LiveStream.open(http.getRootUri() + "/live/kredse/1470",
                     TestTokens.bearer(DISTRICT_MEMBER))) {
            LiveStream.awaitChange(district, () -> kafka.publish(InitiativeEvents.registered(
                    UUID.randomUUID().toString(), "0336", PreventionLevel.PREVENTIVE, Instant.now())));

            assertThat(district.events()).contains("changed:kreds-1467");
            assertThat(elsewhere.events()).doesNotContain("changed:kreds-1470");
        }
    }
}
