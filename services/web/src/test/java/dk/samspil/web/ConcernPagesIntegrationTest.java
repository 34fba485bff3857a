package dk.samspil.web;

import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A municipality's concerns, concern feed and subscriptions: what the pages show of the municipality service's
 * answers, the JSON their forms send, and how refusals read.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcernPagesIntegrationTest extends WebIntegrationTest {

    private static final String STEVNS = TestTokens.bearer(TestCallers.municipality("0336", Role.SSP_CONSULTANT));
    private static final String DISTRICT_MEMBER = TestTokens.bearer(TestCallers.districtCouncil("1467"));
    private static final String KOEGE_CONCERN = "5b0c6f4e-2a1d-4c3e-9f60-7d2c1a9e8b11";
    private static final String STEVNS_CONCERN = "9d4f2b7a-6c3e-4b1a-8e2d-0f5a7c9b3d22";
    private static final String SUBSCRIPTION = "7a1b2c3d-4e5f-4a6b-9c8d-1e2f3a4b5c66";
    private static final String CPR_NUMBER = "120510-4321";
    private static final String WEBHOOK_SECRET = "q7Vx2Lm9Rt4Kp8Zs1Wd6Hf3Jc5Nb0Ya-Ue_GiToXrEw";

    @Test
    void a_concern_outside_the_users_districts_is_refused_with_the_services_reason() {
        api.problem("/api/concerns/" + KOEGE_CONCERN, 403, """
                {"title":"Adgang nægtet","status":403,"detail":"Bekymringen vedrører ikke din kommune eller politikreds"}""");

        ResponseEntity<String> page = get("/bekymringer/" + KOEGE_CONCERN, STEVNS);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("h1").text()).isEqualTo("Du har ikke adgang til siden");
        assertThat(html.select("#begrundelse").text()).isEqualTo("Bekymringen vedrører ikke din kommune eller politikreds");
    }

    @Test
    void the_list_links_each_concern_and_offers_to_raise_one() {
        api.json("/api/municipalities/0336/concerns?status=open", "concerns-0336-open.json");

        Document html = Jsoup.parse(get("/kommuner/0336/bekymringer", STEVNS).getBody());

        assertThat(html.select("#bekymringer tbody th a").eachText())
                .containsExactly("Salg af snus til unge ved stationen", "Grupper af unge samles ved havnen i Rødvig");
        assertThat(html.select("#bekymringer tbody th a").first().attr("href")).isEqualTo("/bekymringer/" + KOEGE_CONCERN);
        assertThat(html.select("a.button-primary").text()).isEqualTo("Rejs en bekymring");
        assertThat(html.select("#status option[selected]").attr("value")).isEqualTo("open");
    }

    @Test
    void the_list_asks_for_the_chosen_status() {
        api.json("/api/municipalities/0336/concerns?status=all", "concerns-0336-open.json");

        get("/kommuner/0336/bekymringer?status=all", STEVNS);

        assertThat(api.requests()).last().satisfies(request ->
                assertThat(request.pathAndQuery()).isEqualTo("/api/municipalities/0336/concerns?status=all"));
    }

    @Test
    void raising_a_concern_sends_the_form_as_json_and_shows_the_concern() {
        api.json("/api/concerns/" + STEVNS_CONCERN, "concern-stevns-havn.json");
        api.command("POST", "/api/municipalities/0336/concerns", 201,
                "{\"concernId\":\"" + STEVNS_CONCERN + "\",\"status\":\"RAISED\",\"statusLabel\":\"rejst\"}");

        ResponseEntity<String> answer = submit("/kommuner/0336/bekymringer/ny", "/kommuner/0336/bekymringer/ny",
                STEVNS, Map.of("title", "Grupper af unge ved havnen", "description", "Samles fredag aften.",
                        "themes", "YOUTH_GROUPS", "severity", "ALERT", "municipalityCodes", "0336",
                        "districtCodes", "1467", "observedOn", "2026-11-27"));

        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo("Bekymringen er rejst.");
        assertThat(api.requests()).filteredOn(request -> request.method().equals("POST")).last().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authorization()).isEqualTo(STEVNS);
            assertThat(request.body()).isEqualTo("{\"title\":\"Grupper af unge ved havnen\",\"description\":"
                    + "\"Samles fredag aften.\",\"themes\":[\"YOUTH_GROUPS\"],\"severity\":\"ALERT\","
                    + "\"municipalityCodes\":[\"0336\"],\"districtCodes\":[\"1467\"],\"observedOn\":\"2026-11-27\"}");
        });
    }

    @Test
    void a_cpr_number_is_refused_at_its_field_and_never_shown_back() {
        api.command("POST", "/api/municipalities/0336/concerns", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"description",
                 "detail":"Feltet ser ud til at indeholde et CPR-nummer. Ingen person må kunne identificeres i Samspil: skriv teksten uden CPR-nummer"}""");

        ResponseEntity<String> answer = submit("/kommuner/0336/bekymringer/ny", "/kommuner/0336/bekymringer/ny",
                STEVNS, Map.of("title", "Ung ved stationen", "description", "Drengen med CPR " + CPR_NUMBER,
                        "themes", "YOUTH_GROUPS", "severity", "WATCH", "observedOn", "2026-12-01"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#description-fejl").text()).startsWith("Feltet ser ud til at indeholde et CPR-nummer");
        assertThat(html.select("#description").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#description").text()).isEmpty();
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#description");
        assertThat(html.select("#title").attr("value")).isEqualTo("Ung ved stationen");
        assertThat(html.select("#themes-YOUTH_GROUPS").hasAttr("checked")).isTrue();
        assertThat(answer.getBody()).doesNotContain(CPR_NUMBER, "1205104321");
    }

    @Test
    void another_refusal_keeps_what_was_typed() {
        api.command("POST", "/api/municipalities/0336/concerns", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"errors":[{"field":"title","message":"Titlen skal udfyldes"}]}""");

        ResponseEntity<String> answer = submit("/kommuner/0336/bekymringer/ny", "/kommuner/0336/bekymringer/ny",
                STEVNS, Map.of("title", "", "description", "Samles fredag aften.", "severity", "WATCH"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#title-fejl").text()).isEqualTo("Titlen skal udfyldes");
        assertThat(html.select("#description").text()).isEqualTo("Samles fredag aften.");
        assertThat(html.select("#severity option[selected]").attr("value")).isEqualTo("WATCH");
    }

    @Test
    void a_concern_from_another_municipality_shows_its_history_and_the_steps_of_municipal_staff() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");
        api.json("/api/concerns/" + STEVNS_CONCERN, "concern-stevns-havn.json");

        Document elsewhere = Jsoup.parse(get("/bekymringer/" + KOEGE_CONCERN, STEVNS).getBody());
        Document own = Jsoup.parse(get("/bekymringer/" + STEVNS_CONCERN, STEVNS).getBody());

        assertThat(elsewhere.select("h1").text()).isEqualTo("Salg af snus til unge ved stationen");
        assertThat(elsewhere.select("#trin form").eachAttr("id"))
                .containsExactly("opdatering", "bekraeftelse", "eskalering", "loesning");
        assertThat(own.select("#historik").text()).contains("Opdateret af Stevns (alarm)", "Køge ser det også",
                "Eskaleret til Midt- og Vestsjællands Politi");
        assertThat(own.select("#trin form").eachAttr("id")).containsExactly("opdatering", "eskalering", "loesning");
    }

    @Test
    void the_district_council_reads_a_concern_but_is_offered_no_steps() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");

        Document html = Jsoup.parse(get("/bekymringer/" + KOEGE_CONCERN, DISTRICT_MEMBER).getBody());

        assertThat(html.select("h1").text()).isEqualTo("Salg af snus til unge ved stationen");
        assertThat(html.select("#trin")).isEmpty();
    }

    @Test
    void confirming_posts_the_municipality_and_note_and_says_it_is_done() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");
        api.command("POST", "/api/concerns/" + KOEGE_CONCERN + "/confirmations", 200,
                "{\"concernId\":\"" + KOEGE_CONCERN + "\",\"status\":\"RAISED\",\"statusLabel\":\"rejst\"}");

        ResponseEntity<String> answer = submit("/bekymringer/" + KOEGE_CONCERN,
                "/bekymringer/" + KOEGE_CONCERN + "/bekraeftelse", STEVNS, Map.of("note", "Også ved Store Heddinge."));

        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).contains("I ser det også");
        assertThat(lastCommand().body())
                .isEqualTo("{\"municipalityCode\":\"0336\",\"note\":\"Også ved Store Heddinge.\"}");
    }

    @Test
    void a_refused_escalation_is_shown_at_its_field_with_the_reason_kept() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");
        api.command("POST", "/api/concerns/" + KOEGE_CONCERN + "/escalation", 400, """
                {"title":"Ugyldig forespørgsel","status":400,"errors":[{"field":"districtCodes","message":"Angiv mindst én politikreds"}]}""");

        ResponseEntity<String> answer = submit("/bekymringer/" + KOEGE_CONCERN,
                "/bekymringer/" + KOEGE_CONCERN + "/eskalering", STEVNS, Map.of("reason", "Politiet bør vide det."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#eskalering-districtCodes-fejl").text()).isEqualTo("Angiv mindst én politikreds");
        assertThat(html.select("#fejlopsummering a").attr("href")).isEqualTo("#eskalering-districtCodes");
        assertThat(html.select("#eskalering-reason").text()).isEqualTo("Politiet bør vide det.");
        assertThat(html.select("#opdatering .form-error-message")).isEmpty();
    }

    @Test
    void a_conflict_shows_the_concern_as_it_is_now() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");
        api.command("POST", "/api/concerns/" + KOEGE_CONCERN + "/resolution", 409, """
                {"title":"Konflikt","status":409,"detail":"Bekymringen er løst og kan ikke længere løses",
                 "currentStatus":"RESOLVED","currentStatusLabel":"løst"}""");

        ResponseEntity<String> answer = submit("/bekymringer/" + KOEGE_CONCERN,
                "/bekymringer/" + KOEGE_CONCERN + "/loesning", STEVNS, Map.of("resolution", "Butikken er lukket."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#konflikt").text()).contains("Bekymringen er nu rejst",
                "Bekymringen er løst og kan ikke længere løses", "Hent bekymringen igen");
    }

    @Test
    void a_step_the_service_forbids_is_the_danish_access_denied_page() {
        api.json("/api/concerns/" + KOEGE_CONCERN, "concern-koege-snus.json");
        api.command("POST", "/api/concerns/" + KOEGE_CONCERN + "/updates", 403, """
                {"title":"Adgang nægtet","status":403,"detail":"Du kan kun skrive på vegne af din egen kommune"}""");

        ResponseEntity<String> answer = submit("/bekymringer/" + KOEGE_CONCERN,
                "/bekymringer/" + KOEGE_CONCERN + "/opdatering", STEVNS, Map.of("note", "Ny viden."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Jsoup.parse(answer.getBody()).select("h1").text()).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    void the_feed_marks_unread_entries_and_follows_the_live_stream() {
        api.json("/api/municipalities/0336/concern-feed?page=0&size=25", "concern-feed-0336.json");

        Document html = Jsoup.parse(get("/kommuner/0336/bekymringsfeed", STEVNS).getBody());

        assertThat(html.select("#feed-liste li")).hasSize(2);
        assertThat(html.select("#feed-liste li.ulaest .item-list__title").eachText())
                .containsExactly("Salg af snus til unge ved stationen");
        assertThat(html.select("#feed-liste li.ulaest form").attr("action"))
                .isEqualTo("/kommuner/0336/bekymringsfeed/" + KOEGE_CONCERN + "/laest");
        assertThat(html.select("#ulaeste").text()).isEqualTo("1 ulæst bekymring");
        assertThat(html.select("[data-live-source]").attr("data-live-source"))
                .isEqualTo("/kommuner/0336/bekymringsfeed/live");
        assertThat(html.select("[data-live-source]").attr("data-live-target")).isEqualTo("#feed");
    }

    @Test
    void the_feeds_list_alone_is_a_fragment_with_its_newest_activity() {
        api.json("/api/municipalities/0336/concern-feed?page=0&size=25&unread=true", "concern-feed-0336.json");

        ResponseEntity<String> fragment = get("/kommuner/0336/bekymringsfeed/liste?ulaeste=true", STEVNS);

        assertThat(fragment.getBody()).startsWith("<div id=\"feed\"").doesNotContain("<html");
        assertThat(Jsoup.parse(fragment.getBody()).select("#feed").attr("data-last-event-at"))
                .isEqualTo("2026-12-04T09:12:31.402Z");
    }

    @Test
    void marking_one_or_all_entries_read_posts_to_the_feed() {
        api.json("/api/municipalities/0336/concern-feed?page=0&size=25", "concern-feed-0336.json");
        api.command("POST", "/api/municipalities/0336/concern-feed/" + KOEGE_CONCERN + "/read", 204, "");
        api.command("POST", "/api/municipalities/0336/concern-feed/read-all", 204, "");

        ResponseEntity<String> one = submit("/kommuner/0336/bekymringsfeed",
                "/kommuner/0336/bekymringsfeed/" + KOEGE_CONCERN + "/laest", STEVNS, Map.of());
        assertThat(lastCommand().pathAndQuery())
                .isEqualTo("/api/municipalities/0336/concern-feed/" + KOEGE_CONCERN + "/read");
        ResponseEntity<String> all = submit("/kommuner/0336/bekymringsfeed", "/kommuner/0336/bekymringsfeed/laest",
                STEVNS, Map.of());

        assertThat(Jsoup.parse(one.getBody()).select(".alert-success").text())
                .isEqualTo("Bekymringen er markeret som læst.");
        assertThat(Jsoup.parse(all.getBody()).select(".alert-success").text())
                .isEqualTo("Alle bekymringer er markeret som læst.");
        assertThat(lastCommand().pathAndQuery()).isEqualTo("/api/municipalities/0336/concern-feed/read-all");
    }

    @Test
    void the_live_feed_relays_the_municipality_services_stream_with_the_users_token() throws Exception {
        api.json("/api/municipalities/0336/concern-feed/stream", "concern-feed-0336-stream.txt");

        try (LiveStream stream = LiveStream.open(http.getRootUri() + "/kommuner/0336/bekymringsfeed/live", STEVNS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
            assertThat(stream.events()).containsExactly("changed:bekymringsfeed");
        }
        assertThat(api.requests()).anySatisfy(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/api/municipalities/0336/concern-feed/stream");
            assertThat(request.authorization()).isEqualTo(STEVNS);
            assertThat(request.accept()).isEqualTo("text/event-stream");
        });
    }

    @Test
    void the_subscriptions_are_listed_and_a_new_one_is_sent_as_json() {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.command("POST", "/api/municipalities/0336/concern-subscriptions", 201,
                "{\"subscriptionId\":\"9c3d\",\"webhookSecret\":null}");

        Document html = Jsoup.parse(get("/kommuner/0336/abonnementer", STEVNS).getBody());
        ResponseEntity<String> answer = submit("/kommuner/0336/abonnementer", "/kommuner/0336/abonnementer", STEVNS,
                Map.of("themes", "ALCOHOL", "area", "kommuner", "municipalityCodes", "0259",
                        "minimumSeverity", "ALERT", "webhookUrl", ""));

        assertThat(html.select("#abonnementer tbody th a").eachText())
                .containsExactly("nikotinprodukter og alkohol", "Alle temaer");
        assertThat(html.select("#abonnementer tbody tr").get(1).text()).contains("Hele landet", "alarm", "Ingen");
        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo("Abonnementet er oprettet.");
        assertThat(lastCommand()).satisfies(request -> assertThat(request.body()).isEqualTo(
                "{\"themes\":[\"ALCOHOL\"],\"area\":{\"ownDistrict\":false,\"districtCodes\":[],"
                        + "\"municipalityCodes\":[\"0259\"],\"national\":false},\"minimumSeverity\":\"ALERT\"}"));
    }

    @Test
    void a_refused_webhook_address_is_shown_at_its_field_with_the_input_kept() {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.command("POST", "/api/municipalities/0336/concern-subscriptions", 422, """
                {"title":"Kan ikke behandles","status":422,"field":"webhookUrl",
                 "detail":"Webhook-adressen skal bruge https"}""");

        ResponseEntity<String> answer = submit("/kommuner/0336/abonnementer", "/kommuner/0336/abonnementer", STEVNS,
                Map.of("area", "egen-kreds", "minimumSeverity", "WATCH", "webhookUrl", "http://stevns.dk/hook"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Document html = Jsoup.parse(answer.getBody());
        assertThat(html.select("#webhookUrl-fejl").text()).isEqualTo("Webhook-adressen skal bruge https");
        assertThat(html.select("#webhookUrl").attr("value")).isEqualTo("http://stevns.dk/hook");
    }

    @Test
    void a_subscription_shows_its_delivery_log_and_is_changed_with_put() {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.json("/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION + "/deliveries",
                "concern-subscription-deliveries.json");
        api.command("PUT", "/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION, 200,
                "{\"subscriptionId\":\"" + SUBSCRIPTION + "\",\"webhookSecret\":null}");

        Document html = Jsoup.parse(get("/kommuner/0336/abonnementer/" + SUBSCRIPTION, STEVNS).getBody());
        ResponseEntity<String> answer = submit("/kommuner/0336/abonnementer/" + SUBSCRIPTION,
                "/kommuner/0336/abonnementer/" + SUBSCRIPTION, STEVNS, Map.of("themes", "NICOTINE_PRODUCTS",
                        "area", "landet", "minimumSeverity", "WATCH", "webhookUrl", "https://ssp.stevns.dk/samspil/webhook"));

        assertThat(html.select("#leveringer tbody tr")).hasSize(2);
        assertThat(html.select("#leveringer tbody tr").get(0).text()).contains("ConcernRaised", "2", "HTTP 200", "leveret");
        assertThat(html.select("#leveringer tbody tr").get(1).text()).contains("Forbindelsen fik timeout", "afventer");
        assertThat(html.select("#tema-NICOTINE_PRODUCTS").hasAttr("checked")).isTrue();
        assertThat(html.select("#area-egen-kreds").hasAttr("checked")).isTrue();
        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo("Abonnementet er ændret.");
        assertThat(lastCommand()).satisfies(request -> {
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.body()).contains("\"national\":true", "\"themes\":[\"NICOTINE_PRODUCTS\"]");
        });
    }

    @Test
    void cancelling_a_subscription_deletes_it_and_says_so() {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.json("/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION + "/deliveries",
                "concern-subscription-deliveries.json");
        api.command("DELETE", "/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION, 204, "");

        ResponseEntity<String> answer = submit("/kommuner/0336/abonnementer/" + SUBSCRIPTION,
                "/kommuner/0336/abonnementer/" + SUBSCRIPTION + "/opsigelse", STEVNS, Map.of());

        assertThat(Jsoup.parse(answer.getBody()).select(".alert-success").text()).isEqualTo("Abonnementet er opsagt.");
        assertThat(lastCommand()).satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.authorization()).isEqualTo(STEVNS);
        });
    }

    @Test
    void a_new_webhooks_secret_is_shown_once_after_the_redirect_and_not_on_reload(CapturedOutput log) {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.command("POST", "/api/municipalities/0336/concern-subscriptions", 201,
                "{\"subscriptionId\":\"9c3d\",\"webhookSecret\":\"" + WEBHOOK_SECRET + "\"}");

        ResponseEntity<String> redirect = submitForRedirect("/kommuner/0336/abonnementer",
                "/kommuner/0336/abonnementer", STEVNS, Map.of("area", "landet", "minimumSeverity", "ALERT",
                        "webhookUrl", "https://ssp.stevns.dk/samspil/webhook"));
        String location = redirect.getHeaders().getLocation().toString();
        ResponseEntity<String> shown = get(location, STEVNS, cookiesSetBy(redirect));
        ResponseEntity<String> reloaded = get(location, STEVNS, cookiesSetBy(redirect));

        assertThat(redirect.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(location).isEqualTo("/kommuner/0336/abonnementer?udfoert=oprettet");
        assertThat(redirect.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).allSatisfy(cookie ->
                assertThat(cookie).doesNotContain(WEBHOOK_SECRET).contains("HttpOnly"));
        Document page = Jsoup.parse(shown.getBody());
        assertThat(page.select("#webhook-noegle").text()).isEqualTo(WEBHOOK_SECRET);
        assertThat(page.select("#webhook-hemmelighed").text()).contains("Den vises kun denne ene gang",
                "X-Samspil-Signature", "sha256=", "HMAC-SHA256", "X-Samspil-Delivery", "X-Samspil-Event");
        assertThat(page.select(".alert-success").text()).isEqualTo("Abonnementet er oprettet.");
        assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reloaded.getBody()).doesNotContain(WEBHOOK_SECRET);
        assertThat(Jsoup.parse(reloaded.getBody()).select("#webhook-hemmelighed")).isEmpty();
        assertThat(log.getAll()).doesNotContain(WEBHOOK_SECRET);
    }

    @Test
    void a_webhook_added_to_a_subscription_shows_its_new_secret_once() {
        ResponseEntity<String> redirect = changeWithWebhook("\"" + WEBHOOK_SECRET + "\"");
        String location = redirect.getHeaders().getLocation().toString();
        Document shown = Jsoup.parse(get(location, STEVNS, cookiesSetBy(redirect)).getBody());
        Document reloaded = Jsoup.parse(get(location, STEVNS, cookiesSetBy(redirect)).getBody());

        assertThat(location).isEqualTo("/kommuner/0336/abonnementer/" + SUBSCRIPTION + "?udfoert=aendret");
        assertThat(shown.select("#webhook-noegle").text()).isEqualTo(WEBHOOK_SECRET);
        assertThat(shown.select(".alert-success").text()).isEqualTo("Abonnementet er ændret.");
        assertThat(reloaded.select("#webhook-hemmelighed")).isEmpty();
        assertThat(reloaded.html()).doesNotContain(WEBHOOK_SECRET);
    }

    @Test
    void a_change_that_issues_no_secret_shows_none() {
        ResponseEntity<String> redirect = changeWithWebhook("null");
        Document page = Jsoup.parse(get(redirect.getHeaders().getLocation().toString(), STEVNS,
                cookiesSetBy(redirect)).getBody());

        assertThat(page.select(".alert-success").text()).isEqualTo("Abonnementet er ændret.");
        assertThat(page.select("#webhook-hemmelighed")).isEmpty();
    }

    /**
     * Posts the subscription's form with a webhook address, answered by the redirect; the service's answer carries
     * {@code webhookSecretJson}: a new secret when the subscription gets its first webhook, else null.
     */
    private ResponseEntity<String> changeWithWebhook(String webhookSecretJson) {
        api.json("/api/municipalities/0336/concern-subscriptions", "concern-subscriptions-0336.json");
        api.json("/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION + "/deliveries",
                "concern-subscription-deliveries.json");
        api.command("PUT", "/api/municipalities/0336/concern-subscriptions/" + SUBSCRIPTION, 200,
                "{\"subscriptionId\":\"" + SUBSCRIPTION + "\",\"webhookSecret\":" + webhookSecretJson + "}");
        return submitForRedirect("/kommuner/0336/abonnementer/" + SUBSCRIPTION,
                "/kommuner/0336/abonnementer/" + SUBSCRIPTION, STEVNS, Map.of("area", "egen-kreds",
                        "minimumSeverity", "WATCH", "webhookUrl", "https://ssp.stevns.dk/samspil/webhook"));
    }

    /** The last command the web sent (forms are followed to the page they redirect to, which asks again). */
    private static StubApi.Request lastCommand() {
        return api.requests().stream().filter(request -> !request.method().equals("GET"))
                .reduce((first, second) -> second).orElseThrow();
    }
}
