package dk.samspil.local.demo;

import dk.samspil.contracts.reference.ReferenceData;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The national association's part of the demo: a funded, running national project on parent cooperation with pilot
 * municipalities in three districts (some joined, some only invited) and an annual meeting for the whole country.
 * Left alone when the project exists already.
 */
final class NationalDemo {

    static final String PROJECT = "Forældresamarbejde – forældre som ressource";
    private static final List<String> PILOTS = List.of("0336", "0259", "0101", "0147", "0751", "0461");
    private static final List<String> JOINED = List.of("0336", "0101", "0751");

    private final SamspilApi api;
    private final LocalDate today;

    NationalDemo(SamspilApi api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    boolean alreadyFilled() {
        JsonNode projects = api.get("/api/national/projects").body();
        for (JsonNode project : projects) {
            if (PROJECT.equals(project.path("name").asString())) {
                return true;
            }
        }
        return false;
    }

    String fill() {
        LocalDate start = today.withDayOfYear(1);
        String project = api.post("/api/national/projects", Map.of("name", PROJECT,
                "purpose", "Forældre som ressource i forebyggelsen; train the trainer i kommunerne",
                "owner", "SSP-Samrådet", "coOwners", List.of("Forældrenetværket"), "periodStart", start.toString(),
                "periodEnd", start.plusYears(3).minusDays(1).toString(), "strategicLeadRole", "bestyrelsen",
                "staffLeadRole", "sekretariatet", "professionalForums", List.of(), "partners", List.of()))
                .path("projectId").asString();
        String base = "/api/national/projects/" + project;
        String grant = api.post(base + "/grants", Map.of("grantor", "Justitsministeriet", "amount", 2_400_000))
                .path("grantId").asString();
        api.post(base + "/grants/" + grant + "/award", Map.of());
        api.post(base + "/grants/" + grant + "/acceptance", Map.of("boardMandate", Map.of(
                "decidedOn", start.plusDays(40).toString(), "reference", "Bestyrelsesmøde, punkt 4")));
        api.post(base + "/start", Map.of());
        PILOTS.forEach(code -> api.post(base + "/pilot-municipalities", Map.of("municipalityCode", code,
                "role", JOINED.contains(code) ? "CO_DEVELOPER" : "PILOT")));
        JOINED.forEach(code -> api.post(base + "/pilot-municipalities/" + code + "/joining", Map.of()));
        String meeting = api.post("/api/national/gatherings", Map.of("kind", "ANNUAL_MEETING",
                "subject", "SSP-Samrådets årsmøde", "date", today.minusDays(14).toString(), "organiser", "SSP-Samrådet"))
                .path("gatheringId").asString();
        api.post("/api/national/gatherings/" + meeting + "/held", Map.of("heldOn", today.minusDays(14).toString(),
                "participants", Map.of("0101", 12, "0751", 9, "0461", 7, "0336", 4)));
        ReferenceData reference = ReferenceData.instance();
        return "Nationalt projekt '%s' med pilotkommuner i %s; årsmøde holdt".formatted(PROJECT,
                PILOTS.stream().map(code -> reference.districtOf(code).name()).distinct().toList());
    }
}
