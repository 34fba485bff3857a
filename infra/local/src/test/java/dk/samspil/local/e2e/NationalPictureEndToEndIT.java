package dk.samspil.local.e2e;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.local.DataFolder;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The national picture on the real embedded stack, through the gateway: a national project invites pilot
 * municipalities in two districts (Stevns in 1467, København in 1470); both district dashboards and Stevns show the
 * project; the national trends show the month's activity; the overview and the district dashboard as of a moment
 * before the project do not show it; the annual report draft has a chapter for every district; and a district council
 * killed with SIGKILL is started again by the launcher, its dashboard catching up with what happened meanwhile.
 */
class NationalPictureEndToEndIT extends EmbeddedStackEndToEnd {

    private static final Duration VISIBLE = Duration.ofSeconds(20);
    /** The launcher waits a second, then the JVM starts again and the read model catches up. */
    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.now(DENMARK);

    private Instant beforeTheProject;
    private String project;

    @Test
    @Order(1)
    void an_initiative_in_stevns_is_the_first_thing_in_the_national_picture() throws Exception {
        gateway.postOk("/api/municipalities/0336/initiatives", """
                {"name": "Natteravne i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
                 "startDate": "%s", "endDate": "%s", "themes": ["tryghed"]}"""
                .formatted(TODAY, TODAY.plusYears(1)));

        await().atMost(VISIBLE).untilAsserted(() -> assertThat(
                GatewayClient.districtLine(gateway.nationalOverview(), "1467").get("initiatives").asInt()).isEqualTo(1));
        beforeTheProject = Instant.now();
    }

    @Test
    @Order(2)
    void a_project_invites_pilot_municipalities_in_two_districts_and_both_dashboards_show_them() throws Exception {
        project = gateway.postOk("/api/national/projects", """
                {"name": "Forældresamarbejde", "purpose": "Forældre som ressource i forebyggelsen",
                 "owner": "SSP-Samrådet", "coOwners": [], "periodStart": "%s", "periodEnd": "%s",
                 "strategicLeadRole": "bestyrelsen", "staffLeadRole": "sekretariatet", "professionalForums": [],
                 "partners": []}""".formatted(TODAY.withDayOfYear(1), TODAY.plusYears(2))).get("projectId").asString();
        gateway.postOk("/api/national/projects/" + project + "/pilot-municipalities", """
                {"municipalityCode": "0336", "role": "CO_DEVELOPER"}""");
        gateway.postOk("/api/national/projects/" + project + "/pilot-municipalities", """
                {"municipalityCode": "0101", "role": "PILOT"}""");
        assertThat(gateway.post("/api/national/projects/" + project + "/pilot-municipalities/0336/joining", "")
                .statusCode()).isEqualTo(204);

        await().atMost(VISIBLE).untilAsserted(() -> {
            assertThat(pilotMunicipalities(gateway.dashboard("1467"))).containsExactly("0336");
            assertThat(pilotMunicipalities(gateway.dashboard("1470"))).containsExactly("0101");
            assertThat(gateway.getOk("/api/municipalities/0336/projects").toString()).contains(project);
        });
        assertThat(pilotMunicipalities(gateway.dashboard("1461"))).isEmpty();
    }

    @Test
    @Order(3)
    void the_national_trends_show_the_months_activity() throws Exception {
        String gathering = gateway.postOk("/api/national/gatherings", """
                {"kind": "THEME_DAY", "districtCode": "1467", "subject": "Forældre og nikotin", "date": "%s",
                 "organiser": "SSP-Samrådet"}""".formatted(TODAY)).get("gatheringId").asString();
        assertThat(gateway.post("/api/national/gatherings/" + gathering + "/held", """
                {"heldOn": "%s", "participants": {"0336": 14, "0259": 9}}""".formatted(TODAY)).statusCode())
                .isEqualTo(204);
        String month = YearMonth.now(DENMARK).toString();

        await().atMost(VISIBLE).untilAsserted(() -> {
            JsonNode thisMonth = gateway.getOk("/api/national/trends?from=" + month + "&to=" + month + "&district=1467")
                    .get("months").get(0);
            assertThat(thisMonth.get("initiativesRegistered").asInt()).isEqualTo(1);
            assertThat(thisMonth.at("/pilots/joined").asInt()).isEqualTo(1);
            assertThat(thisMonth.at("/pilots/projectIds").toString()).contains(project);
            assertThat(thisMonth.at("/gatherings/held/THEME_DAY").asInt()).isEqualTo(1);
            assertThat(thisMonth.at("/gatherings/participants").asInt()).isEqualTo(23);
            JsonNode copenhagen = gateway.getOk("/api/national/trends?from=" + month + "&to=" + month + "&district=1470")
                    .get("months").get(0);
            assertThat(copenhagen.at("/pilots/invited").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(4)
    void as_of_a_moment_before_the_project_neither_the_overview_nor_the_dashboard_shows_it() throws Exception {
        String asOf = URLEncoder.encode(beforeTheProject.toString(), StandardCharsets.UTF_8);

        JsonNode then = gateway.getOk("/api/national/overview?asOf=" + asOf);
        assertThat(GatewayClient.districtLine(then, "1467").get("initiatives").asInt()).isEqualTo(1);
        assertThat(GatewayClient.districtLine(then, "1467").at("/cooperation/pilots/projectIds")).isEmpty();
        assertThat(GatewayClient.districtLine(then, "1470").at("/cooperation/pilots/projectIds")).isEmpty();
        JsonNode now = gateway.nationalOverview();
        assertThat(GatewayClient.districtLine(now, "1467").at("/cooperation/pilots/projectIds").toString()).contains(project);
        assertThat(GatewayClient.districtLine(now, "1470").at("/cooperation/pilots/projectIds").toString()).contains(project);

        assertThat(gateway.getOk("/api/districts/1467/dashboard?asOf=" + asOf).at("/cooperation/pilots/joined").asInt())
                .isZero();
        assertThat(gateway.getOk("/api/districts/1467/dashboard?asOf=" + TODAY).at("/cooperation/pilots/joined").asInt())
                .isEqualTo(1);
        HttpResponse<String> future = gateway.get("/api/national/overview?asOf=" + TODAY.plusDays(1));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(gateway.json(future.body()).get("validFrom").asString()).isNotEmpty();
    }

    @Test
    @Order(5)
    void the_annual_report_draft_has_a_chapter_for_every_district() throws Exception {
        int year = Year.now(DENMARK).getValue();
        JsonNode report = gateway.getOk("/api/national/annual-report/" + year);
        assertThat(report.get("districts")).hasSize(12);
        assertThat(report.toString()).contains("Forældresamarbejde");

        HttpResponse<String> markdown = gateway.get("/api/national/annual-report/" + year + "?format=markdown");
        assertThat(markdown.statusCode()).isEqualTo(200);
        ReferenceData.instance().districts().forEach(district ->
                assertThat(markdown.body()).contains("## " + district.name()));
        assertThat(markdown.body()).contains("1 temadag", "Forældresamarbejde");
    }

    @Test
    @Order(6)
    void a_district_council_killed_with_sigkill_is_started_again_and_its_dashboard_catches_up() throws Exception {
        long pid = Long.parseLong(Files.readString(new DataFolder(stack.dataFolder()).pidFile("district-council")).strip());
        int before = GatewayClient.municipalityLine(gateway.dashboard("1467"), "0336").get("initiatives").asInt();

        ProcessHandle districtCouncil = ProcessHandle.of(pid).orElseThrow();
        districtCouncil.destroyForcibly();
        districtCouncil.onExit().get();
        gateway.postOk("/api/municipalities/0336/initiatives", """
                {"name": "Registreret mens kredsrådet var nede", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
                 "startDate": "%s", "endDate": "%s", "themes": ["tryghed"]}"""
                .formatted(TODAY, TODAY.plusYears(1)));

        await().atMost(RESTART).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                GatewayClient.municipalityLine(gateway.dashboard("1467"), "0336").get("initiatives").asInt())
                .isEqualTo(before + 1));
        String log = Files.readString(stack.logFile("district-council"));
        assertThat(Pattern.compile("samspil-local starter district-council").matcher(log).results().count())
                .as("starts of district-council in its log").isEqualTo(2);
    }

    private static List<String> pilotMunicipalities(JsonNode dashboard) {
        List<String> codes = new ArrayList<>();
        dashboard.get("pilotProjects").forEach(project -> project.get("municipalities")
                .forEach(municipality -> codes.add(municipality.get("code").asString())));
        return codes;
    }
}
