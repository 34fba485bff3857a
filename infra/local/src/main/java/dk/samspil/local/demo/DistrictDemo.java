package dk.samspil.local.demo;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.local.tokens.Organisation;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * One police district's coordination: its municipalities follow concerns in the district, two of them raise concerns
 * that reach a neighbour (one is escalated to the district council), the council sets priorities, publishes its
 * cooperation plan and meets; its decision goes to two local councils, which report activities, crime development and
 * how far they are with the decision. Seeded by the district code, so a district always gets the same story.
 */
final class DistrictDemo {

    private static final List<List<String>> PRIORITIES = List.of(
            List.of("NICOTINE_PRODUCTS", "Færre unge under 18 bruger nikotinprodukter dagligt"),
            List.of("GANG_RECRUITMENT", "Ingen unge rekrutteres til kriminelle grupper uden at SSP ved det"),
            List.of("IMAGE_SHARING", "Alle skoler har en plan for deling af billeder"),
            List.of("UNSAFE_PLACES", "Tryghed i nattelivet og ved stationerne"),
            List.of("CANNABIS", "Tidlig opsporing af unge med hash-forbrug"));
    private static final List<String> TRENDS = List.of("UP", "FLAT", "DOWN");
    private static final Duration DECISION_ARRIVAL = Duration.ofSeconds(20);

    private final SamspilApi api;
    private final PoliceDistrict district;
    private final LocalDate today;
    private final Random random;
    private final String base;

    DistrictDemo(SamspilApi api, PoliceDistrict district, LocalDate today) {
        this.api = api;
        this.district = district;
        this.today = today;
        this.random = new Random(Long.parseLong(district.code()));
        this.base = "/api/districts/" + district.code();
    }

    boolean alreadyFilled() {
        return api.get(base + "/cooperation-plan").status() == 200;
    }

    String fill() {
        district.municipalities().forEach(this::followTheDistrict);
        List<String> escalated = raiseConcerns();
        List<Map<String, String>> priorities = priorities();
        api.put(base + "/priorities", Map.of("periodStart", today.withDayOfYear(1).toString(),
                "periodEnd", today.withDayOfYear(1).plusYears(2).minusDays(1).toString(), "priorities", priorities));
        int version = api.post(base + "/cooperation-plan/drafts", Map.of(
                "title", "Samarbejdsplan for " + district.name() + " " + today.getYear() + "-" + (today.getYear() + 1),
                "periodStart", today.withDayOfYear(1).toString(),
                "periodEnd", today.withDayOfYear(1).plusYears(2).minusDays(1).toString(),
                "text", planText(priorities))).path("version").asInt();
        api.post(base + "/cooperation-plan/publication", Map.of("version", version));
        List<LocalCouncil> councils = twoLocalCouncils();
        String decision = meetAndDecide(escalated, priorities.get(0), councils);
        councils.forEach(council -> reportLocally(council, decision));
        int participants = holdGatherings();
        return "%s %s: %d prioriteter, samarbejdsplan v%d, eskalerede bekymringer: %d, beslutning til %s, temadag med %d deltagere"
                .formatted(district.code(), district.name(), priorities.size(), version, escalated.size(),
                        councils.stream().map(LocalCouncil::name).toList(), participants);
    }

    /** A theme day held last month with participants from three municipalities, and a course planned next month. */
    private int holdGatherings() {
        String themeDay = api.post("/api/national/gatherings", Map.of("kind", "THEME_DAY",
                "districtCode", district.code(), "subject", "Unge, nikotin og sociale normer",
                "date", today.minusMonths(1).toString(), "organiser", "SSP-Samrådet, " + district.name()))
                .path("gatheringId").asString();
        Map<String, Integer> participants = new LinkedHashMap<>();
        district.municipalities().stream().limit(3)
                .forEach(municipality -> participants.put(municipality.code(), 5 + random.nextInt(20)));
        api.post("/api/national/gatherings/" + themeDay + "/held", Map.of("heldOn", today.minusMonths(1).toString(),
                "participants", participants));
        api.post("/api/national/gatherings", Map.of("kind", "COURSE", "districtCode", district.code(),
                "subject", "Samtalen med den unge og forældrene", "date", today.plusMonths(1).toString(),
                "organiser", "SSP-Samrådet, " + district.name()));
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void followTheDistrict(Municipality municipality) {
        api.post("/api/municipalities/" + municipality.code() + "/concern-subscriptions", Map.of(
                "themes", List.of(), "area", Map.of("ownDistrict", true), "minimumSeverity", "WATCH"));
    }

    private List<String> raiseConcerns() {
        List<Municipality> municipalities = district.municipalities();
        List<String> escalated = new ArrayList<>();
        int count = Math.min(2, municipalities.size());
        for (int i = 0; i < count; i++) {
            Municipality raising = municipalities.get(random.nextInt(municipalities.size()));
            ConcernTemplate template = ConcernTemplate.CATALOGUE.get(random.nextInt(ConcernTemplate.CATALOGUE.size()));
            Map<String, Object> concern = new LinkedHashMap<>();
            concern.put("title", template.title());
            concern.put("description", template.description());
            concern.put("themes", template.themes());
            concern.put("severity", template.severity());
            concern.put("municipalityCodes", List.of());
            concern.put("districtCodes", List.of(district.code()));
            concern.put("observedOn", today.minusDays(3 + random.nextInt(20)).toString());
            String id = api.post("/api/municipalities/" + raising.code() + "/concerns", concern).path("concernId").asString();
            if (i == 0) {
                api.post("/api/concerns/" + id + "/escalation", Map.of("districtCodes", List.of(district.code()),
                        "reason", "Ses i flere kommuner i kredsen; kredsrådet bør koordinere"),
                        Organisation.municipality(raising.code()));
                escalated.add(id);
            }
        }
        return escalated;
    }

    private List<Map<String, String>> priorities() {
        int first = random.nextInt(PRIORITIES.size());
        List<Map<String, String>> chosen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> priority = PRIORITIES.get((first + i) % PRIORITIES.size());
            chosen.add(Map.of("theme", priority.get(0), "goal", priority.get(1)));
        }
        return chosen;
    }

    private static String planText(List<Map<String, String>> priorities) {
        StringBuilder text = new StringBuilder("Kredsrådet har i perioden disse strategiske mål:\n");
        priorities.forEach(priority -> text.append("- ").append(priority.get("goal")).append('\n'));
        return text.append("Lokalrådene følger op og rapporterer kriminalitetsudviklingen til kredsrådet hvert kvartal.")
                .toString();
    }

    private List<LocalCouncil> twoLocalCouncils() {
        List<LocalCouncil> councils = new ArrayList<>(LocalCouncils.defaults().inDistrict(district.code()));
        Collections.shuffle(councils, random);
        return councils.subList(0, Math.min(2, councils.size()));
    }

    private String meetAndDecide(List<String> escalated, Map<String, String> priority, List<LocalCouncil> councils) {
        List<Map<String, String>> agenda = new ArrayList<>();
        escalated.forEach(concern -> agenda.add(Map.of("kind", "ESCALATED_CONCERN", "reference", concern,
                "title", "Eskaleret bekymring")));
        agenda.add(Map.of("kind", "OTHER", "title", "Status på samarbejdsplanen"));
        String meeting = api.post(base + "/meetings", Map.of("date", today.minusDays(14).toString(), "agenda", agenda))
                .path("meetingId").asString();
        return api.post(base + "/meetings/" + meeting + "/decisions", Map.of(
                "title", "Lokale indsatser: " + priority.get("goal"),
                "description", "Lokalrådene planlægger en indsats og melder status til næste møde.",
                "themes", List.of(priority.get("theme")),
                "localCouncilIds", councils.stream().map(LocalCouncil::id).toList(),
                "dueDate", today.plusMonths(3).toString())).path("decisionId").asString();
    }

    private void reportLocally(LocalCouncil council, String decision) {
        String councilBase = "/api/local-councils/" + council.id();
        api.post(councilBase + "/activities", Map.of("kind", "SAFETY_CREATING", "title", "Tryghedsvandring i midtbyen",
                "description", "Politi, kommune og natteravne gik en aftenrute med borgerne.",
                "themes", List.of("UNSAFE_PLACES"), "municipalityCodes", council.municipalityCodes(),
                "heldOn", today.minusDays(10).toString(), "participants", 15 + random.nextInt(30)));
        api.post(councilBase + "/reports", Map.of("periodStart", today.minusMonths(3).toString(),
                "periodEnd", today.minusDays(1).toString(),
                "themeTrends", List.of(
                        Map.of("theme", "NICOTINE_PRODUCTS", "trend", TRENDS.get(random.nextInt(TRENDS.size()))),
                        Map.of("theme", "VANDALISM", "trend", TRENDS.get(random.nextInt(TRENDS.size())))),
                "figures", List.of(Map.of("label", "anmeldelser om hærværk", "value", random.nextInt(40))),
                "text", "Kvartalet i " + council.name() + ": roligt i nattelivet, mere nikotin i udskolingen."));
        awaitDecision(councilBase, decision);
        api.post(councilBase + "/decisions/" + decision + "/implementation", Map.of("status", "IN_PROGRESS",
                "note", "Indsatsen er planlagt med skolerne"));
    }

    /** The decision reaches the local council over Kafka; wait until it is there. */
    private void awaitDecision(String councilBase, String decision) {
        long deadline = System.nanoTime() + DECISION_ARRIVAL.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode decisions = api.get(councilBase + "/decisions").body();
            if (decisions.findValuesAsString("decisionId").contains(decision)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new DemoDataException(0, "Beslutning " + decision + " nåede ikke " + councilBase);
    }
}
