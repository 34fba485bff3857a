package dk.samspil.local.e2e;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The flows between the levels on the real embedded stack, through the gateway: Stevns raises a concern that
 * København follows and Odense does not; Stevns escalates it to its district council (1467), whose decision goes to
 * Stevns' local council and whose implementation report comes back to the district dashboard together with the local
 * council's report on crime development; the published cooperation plan can be read by anyone.
 */
class CrossBorderFlowsEndToEndIT extends EmbeddedStackEndToEnd {

    private static final Duration VISIBLE = Duration.ofSeconds(20);
    private static final String DISTRICT = "1467";
    private static final String STEVNS_LOCAL_COUNCIL = "LR-0336";
    /** Stevns raised the concern, so Stevns escalates it. */
    private static final Organisation STEVNS = Organisation.municipality("0336");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    private final List<String> streamedToKobenhavn = new CopyOnWriteArrayList<>();
    private HttpResponse<Stream<String>> kobenhavnStream;
    private String concern;
    private String decision;

    @AfterAll
    void closeTheStream() {
        if (kobenhavnStream != null) {
            kobenhavnStream.body().close();
        }
    }

    @Test
    @Order(1)
    void kobenhavn_follows_nicotine_products_everywhere_and_aarhus_follows_only_gambling() throws Exception {
        gateway.postOk("/api/municipalities/0101/concern-subscriptions", """
                {"themes": ["NICOTINE_PRODUCTS"], "area": {"national": true}, "minimumSeverity": "INFO"}""");
        gateway.postOk("/api/municipalities/0751/concern-subscriptions", """
                {"themes": ["GAMBLING_AND_SKINS"], "area": {"national": true}, "minimumSeverity": "INFO"}""");
        kobenhavnStream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/api/municipalities/0101/concern-feed/stream"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + tokenForOrganisation(OrganisationType.MUNICIPALITY, "0101"))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(kobenhavnStream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> kobenhavnStream.body().forEach(streamedToKobenhavn::add), "sse-0101");
        reader.setDaemon(true);
        reader.start();
    }

    @Test
    @Order(2)
    void a_concern_raised_in_stevns_reaches_the_subscribed_feed_and_stream_and_no_other() throws Exception {
        concern = gateway.postOk("/api/municipalities/0336/concerns", """
                {"title": "Unge fra flere kommuner samles ved stationen i Hårlev",
                 "description": "En gruppe unge mødes fredag aften; der sælges nikotinposer.",
                 "themes": ["NICOTINE_PRODUCTS", "YOUTH_GROUPS"], "severity": "WATCH",
                 "municipalityCodes": ["0259"], "districtCodes": [], "observedOn": "%s"}"""
                .formatted(TODAY.minusDays(2))).get("concernId").asString();

        await().atMost(VISIBLE).untilAsserted(() -> {
            JsonNode feed = gateway.getOk("/api/municipalities/0101/concern-feed");
            assertThat(feed.get("items")).extracting(item -> item.get("concernId").asString()).contains(concern);
            assertThat(feed.get("unreadItems").asInt()).isEqualTo(1);
        });
        await().atMost(VISIBLE).untilAsserted(() ->
                assertThat(streamedToKobenhavn).anyMatch(line -> line.startsWith("data:") && line.contains(concern)));
        assertThat(feedOf("0751")).isEmpty();
        assertThat(feedOf("0461")).isEmpty();
    }

    @Test
    @Order(3)
    void escalation_puts_the_concern_on_the_district_dashboard_of_1467() throws Exception {
        HttpResponse<String> elsewhere = gateway.post("/api/concerns/" + concern + "/escalation", """
                {"districtCodes": ["1460"], "reason": "Nordjylland bør vide det"}""", STEVNS);
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("1460");

        gateway.postOk("/api/concerns/" + concern + "/escalation", """
                {"districtCodes": ["%s"], "reason": "Gruppen bevæger sig mellem Stevns og Køge"}""".formatted(DISTRICT), STEVNS);

        awaitDashboard(dashboard -> assertThat(dashboard.at("/concerns/escalatedToDistrict"))
                .extracting(item -> item.get("concernId").asString()).contains(concern));
    }

    @Test
    @Order(4)
    void a_decision_of_the_district_council_reaches_stevns_local_council_and_its_report_comes_back() throws Exception {
        String meeting = gateway.postOk("/api/districts/" + DISTRICT + "/meetings", """
                {"date": "%s", "agenda": [{"kind": "ESCALATED_CONCERN", "reference": "%s",
                                           "title": "Unge samles ved stationen i Hårlev"}]}"""
                .formatted(TODAY, concern)).get("meetingId").asString();
        HttpResponse<String> outside = gateway.post("/api/districts/" + DISTRICT + "/meetings/" + meeting + "/decisions",
                decisionFor("LR-0101"));
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("LR-0101");

        decision = gateway.postOk("/api/districts/" + DISTRICT + "/meetings/" + meeting + "/decisions",
                decisionFor(STEVNS_LOCAL_COUNCIL)).get("decisionId").asString();

        await().atMost(VISIBLE).untilAsserted(() -> assertThat(
                gateway.getOk("/api/local-councils/" + STEVNS_LOCAL_COUNCIL + "/decisions").findValuesAsString("decisionId"))
                .contains(decision));
        awaitAssignment(assignment -> assertThat(assignment.get("status").asString()).isEqualTo("PLANNED"));

        gateway.postOk("/api/local-councils/" + STEVNS_LOCAL_COUNCIL + "/decisions/" + decision + "/implementation", """
                {"status": "IN_PROGRESS", "note": "Forældremøder aftalt på tre skoler"}""");

        awaitAssignment(assignment -> {
            assertThat(assignment.get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(assignment.get("lastNote").asString()).isEqualTo("Forældremøder aftalt på tre skoler");
        });
    }

    @Test
    @Order(5)
    void a_local_report_shows_its_trends_on_the_dashboard() throws Exception {
        gateway.postOk("/api/local-councils/" + STEVNS_LOCAL_COUNCIL + "/reports", """
                {"periodStart": "%s", "periodEnd": "%s",
                 "themeTrends": [{"theme": "NICOTINE_PRODUCTS", "trend": "UP", "comment": "Flere fund på skolerne"},
                                 {"theme": "VANDALISM", "trend": "DOWN"}],
                 "figures": [{"label": "anmeldelser om hærværk", "value": 12}],
                 "text": "Roligere end i foråret, men nikotinprodukter fylder mere i udskolingen."}"""
                .formatted(TODAY.minusMonths(3), TODAY.minusDays(1)));

        awaitDashboard(dashboard -> {
            JsonNode stevns = localReportOf(dashboard, STEVNS_LOCAL_COUNCIL);
            assertThat(stevns.at("/latestReport/themeTrends/0/theme").asString()).isEqualTo("NICOTINE_PRODUCTS");
            assertThat(stevns.at("/latestReport/themeTrends/0/trendLabel").asString()).isEqualTo("stigende");
            assertThat(stevns.at("/latestReport/themeTrends/1/trend").asString()).isEqualTo("DOWN");
        });
    }

    @Test
    @Order(6)
    void the_published_cooperation_plan_is_readable_without_credentials() throws Exception {
        assertThat(gateway.get("/api/districts/" + DISTRICT + "/cooperation-plan").statusCode()).isEqualTo(404);
        JsonNode draft = gateway.postOk("/api/districts/" + DISTRICT + "/cooperation-plan/drafts", """
                {"title": "Samarbejdsplan for Midt- og Vestsjællands Politikreds", "periodStart": "%s",
                 "periodEnd": "%s", "text": "Kredsrådet prioriterer nikotinprodukter og rekruttering til bander."}"""
                .formatted(TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).plusYears(2).minusDays(1)));
        gateway.postOk("/api/districts/" + DISTRICT + "/cooperation-plan/publication", """
                {"version": %d}""".formatted(draft.get("version").asInt()));

        await().atMost(VISIBLE).untilAsserted(() -> {
            HttpResponse<String> plan = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.gatewayUrl() + "/api/districts/" + DISTRICT + "/cooperation-plan")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plan.statusCode()).isEqualTo(200);
            assertThat(gateway.json(plan.body()).get("text").asString()).contains("nikotinprodukter");
        });
    }

    private String decisionFor(String localCouncilId) {
        return """
                {"title": "Forældremøder om nikotinprodukter", "description": "Alle skoler med udskoling holder forældremøde inden nytår.",
                 "themes": ["NICOTINE_PRODUCTS"], "localCouncilIds": ["%s"], "dueDate": "%s"}"""
                .formatted(localCouncilId, TODAY.plusMonths(2));
    }

    private List<String> feedOf(String kommunekode) throws Exception {
        return gateway.getOk("/api/municipalities/" + kommunekode + "/concern-feed").get("items")
                .findValuesAsString("concernId");
    }

    private void awaitDashboard(Consumer<JsonNode> expectation) {
        await().atMost(VISIBLE).untilAsserted(() -> expectation.accept(gateway.dashboard(DISTRICT)));
    }

    private void awaitAssignment(Consumer<JsonNode> expectation) {
        awaitDashboard(dashboard -> {
            for (JsonNode item : dashboard.get("decisions")) {
                if (item.get("decisionId").asString().equals(decision)) {
                    for (JsonNode assignment : item.get("assignments")) {
                        if (assignment.get("localCouncilId").asString().equals(STEVNS_LOCAL_COUNCIL)) {
                            expectation.accept(assignment);
                            return;
                        }
                    }
                }
            }
            throw new AssertionError("Decision " + decision + " for " + STEVNS_LOCAL_COUNCIL + " not on " + dashboard);
        });
    }

    private static JsonNode localReportOf(JsonNode dashboard, String localCouncilId) {
        for (JsonNode report : dashboard.get("localReports")) {
            if (report.get("localCouncilId").asString().equals(localCouncilId)) {
                return report;
            }
        }
        throw new AssertionError("No local council " + localCouncilId + " on " + dashboard);
    }
}
