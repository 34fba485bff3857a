package dk.samspil.web.national.forum;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import dk.samspil.web.SentCommands;
import dk.samspil.web.StubApi;
import dk.samspil.web.WebIntegrationTest;
import dk.samspil.web.page.DanishFormats;
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

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Professional forums and experience networks: the list, establishing one, and one forum with its people, meetings,
 * statuses and products, the steps the secretariat may take on it while it is active, the JSON each step posts and
 * how the page shows the service's refusals.
 */
class ForumPagesIntegrationTest extends WebIntegrationTest {

    private static final String SECRETARIAT = TestTokens.bearer(TestCallers.nationalSecretariat());
    private static final String BOARD = TestTokens.bearer(new Caller("national-board",
            OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET", Set.of(Role.NATIONAL_BOARD)));
    private static final String API = "/api/national/forums";
    private static final String PAGES = "/landet/fora";
    private static final String NETWORK = "f-1";
    private static final String CLOSED = "f-3";

    @BeforeEach
    void savedAnswers() {
        api.json(API, "national-forums.json");
        api.json(API + "/" + NETWORK, "national-forum-network.json");
        api.json(API + "/" + CLOSED, "national-forum-closed.json");
    }

    @Test
    void the_forums_and_networks_are_listed_with_their_kind_and_only_the_secretariat_may_establish_one() {
        Document secretariat = Jsoup.parse(get(PAGES, SECRETARIAT).getBody());
        Document board = Jsoup.parse(get(PAGES, BOARD).getBody());

        assertThat(secretariat.select("#fora tbody th a").eachAttr("href"))
                .containsExactly(PAGES + "/f-1", PAGES + "/f-2");
        assertThat(secretariat.select("#fora tbody tr").get(1).select("td").eachText())
                .containsExactly("fagforum", "aktiv", "5", "1", "1. februar 2026 For sent");
        assertThat(secretariat.select("a[href=/landet/fora/ny]")).hasSize(1);
        assertThat(board.select("a[href=/landet/fora/ny]")).isEmpty();
    }

    @Test
    void a_forum_shows_its_coordinators_contact_names_as_the_service_gives_them_and_its_members_meetings_and_products() {
        Document html = Jsoup.parse(get(PAGES + "/" + NETWORK, BOARD).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Erfaringsnetværk for SSP-koordinatorer på Sjælland");
        assertThat(html.select("#koordinatorer tbody tr").eachText()).containsExactly(
                "Netværksleder Stevns 12.000 kr. Mette Holm 1. september 2025",
                "Sekretær Køge 0 kr. [slettet] 1. september 2025",
                "Mødeleder Roskilde 5.000 kr. ikke oplyst 1. oktober 2025");
        assertThat(html.select("#medlemmer tbody tr").get(1).text())
                .isEqualTo("Køge SSP-konsulent 1. september 2025 – 31. august 2026 15. februar 2026");
        assertThat(html.select("#moeder tbody tr").get(0).select("td").last().text())
                .isEqualTo("Stevns, Køge og Roskilde");
        assertThat(html.select("#materialer li").text()).contains("Tjekliste til forældremøder");
        assertThat(html.select("main form")).isEmpty();
    }

    @Test
    void the_secretariat_is_offered_the_steps_of_an_active_forum_and_a_leaving_only_for_members_still_in_it() {
        Document html = Jsoup.parse(get(PAGES + "/" + NETWORK, SECRETARIAT).getBody());

        assertThat(html.select("main form").eachAttr("id")).containsExactly("koordinator", "udtraeden-mem-1",
                "udtraeden-mem-3", "medlem", "moede", "aarsstatus", "materiale", "lukning");
        assertThat(html.select("#udtraeden-mem-1").attr("action")).isEqualTo(PAGES + "/f-1/medlemmer/mem-1/udtraeden");
        assertThat(html.select("#udtraeden-mem-1 button").text()).isEqualTo("Registrér udtræden – Stevns, SSP-koordinator");
        assertThat(html.select("#moede input[type=checkbox]").eachAttr("value")).containsExactly("0259", "0265", "0336");
        assertThat(html.select("#aarsstatus-year").attr("value"))
                .isEqualTo(String.valueOf(LocalDate.now(DanishFormats.DENMARK).getYear()));
        assertThat(html.select("#lukning input[name=_csrf]")).hasSize(1);
    }

    @Test
    void a_closed_forum_offers_no_steps() {
        Document html = Jsoup.parse(get(PAGES + "/" + CLOSED, SECRETARIAT).getBody());

        assertThat(html.select("#status").text()).isEqualTo("lukket");
        assertThat(html.select("#mandat").text()).isEqualTo("Rådgive SSP-Samrådets bestyrelse om unges digitale liv");
        assertThat(html.select("#statusser li").text()).contains("Status for 2025");
        assertThat(html.select("main form")).isEmpty();
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("koordinator", Map.of("koordinator-role", "Faglig sparringspartner",
                        "koordinator-municipalityCode", "0253", "koordinator-honorarium", "12.000",
                        "koordinator-contactName", " Jens Berg "), "coordinators",
                        "{\"role\":\"Faglig sparringspartner\",\"municipalityCode\":\"0253\",\"honorarium\":12000,"
                                + "\"contactName\":\"Jens Berg\"}", "Koordinatoren er udpeget."),
                Arguments.of("medlem", Map.of("medlem-municipalityCode", "0253", "medlem-role", "SSP-konsulent",
                        "medlem-committedFrom", "2026-05-01"), "members",
                        "{\"municipalityCode\":\"0253\",\"role\":\"SSP-konsulent\",\"committedFrom\":\"2026-05-01\"}",
                        "Medlemmet er optaget."),
                Arguments.of("medlemmer/mem-1/udtraeden", Map.of(), "members/mem-1/leaving", "{}",
                        "Medlemmets udtræden er registreret."),
                Arguments.of("moede", Map.of("moede-heldOn", "2026-04-14", "moede-subject", "Unge og gambling",
                        "moede-attendingMunicipalityCodes", "0336"), "meetings",
                        "{\"heldOn\":\"2026-04-14\",\"subject\":\"Unge og gambling\","
                                + "\"attendingMunicipalityCodes\":[\"0336\"]}", "Mødet er registreret."),
                Arguments.of("aarsstatus", Map.of("aarsstatus-year", "2026", "aarsstatus-text", "Fire møder holdt"),
                        "yearly-status", "{\"year\":2026,\"text\":\"Fire møder holdt\"}", "Årets status er afgivet."),
                Arguments.of("materiale", Map.of("materiale-title", "Pjece om snus", "materiale-description",
                        "Til forældre i 8. klasse", "materiale-publishedOn", "2026-04-01"), "products",
                        "{\"title\":\"Pjece om snus\",\"description\":\"Til forældre i 8. klasse\","
                                + "\"publishedOn\":\"2026-04-01\"}", "Materialet er udgivet."),
                Arguments.of("lukning", Map.of(), "closure", "{}", "Forummet er lukket."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void a_step_sends_its_json_with_the_users_token_and_leads_back_to_the_page_saying_it_was_done(
            String step, Map<String, String> fields, String apiStep, String json, String done) {
        api.command("POST", API + "/" + NETWORK + "/" + apiStep, apiStep.contains("/") ? 204 : 201, "");

        ResponseEntity<String> answer = submitForRedirect(PAGES + "/" + NETWORK, PAGES + "/" + NETWORK + "/" + step,
                SECRETARIAT, fields);

        String location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).endsWith(PAGES + "/" + NETWORK + "?udfoert=" + step.substring(step.lastIndexOf('/') + 1));
        StubApi.Request sent = SentCommands.last(api, "POST", API + "/" + NETWORK + "/" + apiStep);
        assertThat(sent.authorization()).isEqualTo(SECRETARIAT);
        assertThat(SentCommands.json(sent.body())).isEqualTo(SentCommands.json(json));
        Document after = Jsoup.parse(get(location.substring(location.indexOf(PAGES)), SECRETARIAT).getBody());
        assertThat(after.select("#udfoert").text()).isEqualTo(done);
    }

    @Test
    void establishing_sends_the_forum_and_shows_it() {
        api.command("POST", API, 201, "{\"forumId\":\"" + NETWORK + "\"}");

        ResponseEntity<String> answer = submitForRedirect(PAGES + "/ny", PAGES + "/ny", SECRETARIAT, Map.of(
                "forum-kind", "EXPERIENCE_NETWORK", "forum-name", "Erfaringsnetværk for SSP-koordinatorer på Sjælland",
                "forum-mandate", ""));

        String location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).endsWith(PAGES + "/" + NETWORK + "?udfoert=oprettet");
        assertThat(SentCommands.json(SentCommands.last(api, "POST", API).body())).isEqualTo(SentCommands.json(
                "{\"kind\":\"EXPERIENCE_NETWORK\",\"name\":\"Erfaringsnetværk for SSP-koordinatorer på Sjælland\"}"));
        Document after = Jsoup.parse(get(location.substring(location.indexOf(PAGES)), SECRETARIAT).getBody());
        assertThat(after.select("#udfoert").text()).isEqualTo("Forummet er oprettet.");
    }

    @Test
    void a_professional_forum_without_a_mandate_is_refused_at_the_mandate_with_what_was_typed() {
        api.command("POST", API, 422, """
                {"title":"Kan ikke behandles","status":422,"field":"mandate","detail":"Et fagforum skal have et mandat"}""");

        ResponseEntity<String> page = submit(PAGES + "/ny", PAGES + "/ny", SECRETARIAT, Map.of(
                "forum-kind", "PROFESSIONAL_FORUM", "forum-name", "Fagforum for gambling", "forum-mandate", ""));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#forum-mandate");
        assertThat(html.select("#forum-mandate-fejl").text()).isEqualTo("Et fagforum skal have et mandat");
        assertThat(html.select("#forum-name").attr("value")).isEqualTo("Fagforum for gambling");
        assertThat(html.select("#forum-kind option[selected]").attr("value")).isEqualTo("PROFESSIONAL_FORUM");
    }

    @Test
    void a_year_already_reported_is_shown_at_the_year_with_the_status_text_kept() {
        api.command("POST", API + "/" + NETWORK + "/yearly-status", 409, """
                {"title":"Konflikt med den nuværende tilstand","status":409,"currentStatus":"ACTIVE",
                 "currentStatusLabel":"aktiv","field":"year","value":"2026",
                 "detail":"Forummet har allerede afgivet status for 2026"}""");

        ResponseEntity<String> page = submit(PAGES + "/" + NETWORK, PAGES + "/" + NETWORK + "/aarsstatus", SECRETARIAT,
                Map.of("aarsstatus-year", "2026", "aarsstatus-text", "Fire møder holdt"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#aarsstatus-year-fejl").text()).isEqualTo("Forummet har allerede afgivet status for 2026");
        assertThat(html.select("#aarsstatus-text").text()).isEqualTo("Fire møder holdt");
        assertThat(html.select("#konflikt")).isEmpty();
    }

    @Test
    void a_refused_meeting_keeps_the_date_subject_and_ticked_municipalities() {
        api.command("POST", API + "/" + NETWORK + "/meetings", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"heldOn","value":"2030-01-01",
                 "detail":"Mødet skal ligge mellem forummets start (2025-09-01) og i dag (2026-05-20)"}""");

        ResponseEntity<String> page = submit(PAGES + "/" + NETWORK, PAGES + "/" + NETWORK + "/moede", SECRETARIAT,
                Map.of("moede-heldOn", "2030-01-01", "moede-subject", "Unge og gambling",
                        "moede-attendingMunicipalityCodes", "0265"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#moede-heldOn-fejl").text()).startsWith("Mødet skal ligge mellem forummets start");
        assertThat(html.select("#moede-heldOn").attr("value")).isEqualTo("2030-01-01");
        assertThat(html.select("#moede-subject").attr("value")).isEqualTo("Unge og gambling");
        assertThat(html.select("#moede input[checked]").eachAttr("value")).containsExactly("0265");
    }

    @Test
    void an_honorarium_the_web_cannot_read_is_shown_at_its_field_and_nothing_is_sent() {
        int before = api.requests().size();

        ResponseEntity<String> page = submit(PAGES + "/" + NETWORK, PAGES + "/" + NETWORK + "/koordinator",
                SECRETARIAT, Map.of("koordinator-role", "Netværksleder", "koordinator-municipalityCode", "0336",
                        "koordinator-honorarium", "tolv tusind"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#koordinator-honorarium-fejl").text())
                .isEqualTo("Skriv beløbet i hele kroner, fx 15000 eller 15.000.");
        assertThat(html.select("#koordinator-honorarium").attr("value")).isEqualTo("tolv tusind");
        assertThat(html.select("#koordinator-municipalityCode option[selected]").text()).isEqualTo("Stevns");
        assertThat(api.requests().subList(before, api.requests().size())).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void a_step_on_a_forum_closed_meanwhile_shows_it_as_it_stands_now() {
        api.command("POST", API + "/" + CLOSED + "/products", 409, """
                {"title":"Konflikt med den nuværende tilstand","status":409,"currentStatus":"CLOSED",
                 "currentStatusLabel":"lukket","detail":"Forummet er lukket og kan ikke længere udgive materialer"}""");

        ResponseEntity<String> page = submit(PAGES + "/" + CLOSED, PAGES + "/" + CLOSED + "/materiale", SECRETARIAT,
                Map.of("materiale-title", "Pjece om deling af billeder"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#konflikt h2").text()).isEqualTo("Forummet er nu lukket");
        assertThat(html.select("#konflikt").text()).contains("Forummet er lukket og kan ikke længere udgive materialer");
        assertThat(html.select("#konflikt a").attr("href")).isEqualTo(PAGES + "/" + CLOSED);
    }

    @Test
    void a_step_the_service_forbids_is_the_danish_access_denied_page() {
        api.command("POST", API + "/" + NETWORK + "/closure", 403, "{\"title\":\"Adgang nægtet\",\"status\":403}");

        ResponseEntity<String> page = submit(PAGES + "/" + NETWORK, PAGES + "/" + NETWORK + "/lukning", BOARD, Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(page.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }
}
