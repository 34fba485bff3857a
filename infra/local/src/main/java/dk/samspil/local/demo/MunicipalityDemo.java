package dk.samspil.local.demo;

import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.reference.Municipality;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One municipality's demo data: the pool, 3–6 initiatives that first form the action plan and then go their own way
 * (so paused, withdrawn and completed ones leave the plan as they would in real life), and the plan's adoption,
 * presentation and follow-up. Seeded by the kommunekode, so a municipality always gets the same story.
 */
final class MunicipalityDemo {

    private static final List<String> AREAS = List.of("Centrum", "Nord", "Syd", "Øst", "Vest");
    private static final List<String> FIRST_NAMES = List.of("Mette", "Lars", "Sofie", "Anders", "Camilla", "Jesper",
            "Louise", "Rasmus", "Pernille", "Thomas", "Line", "Mads");
    private static final List<String> LAST_NAMES = List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sørensen", "Rasmussen", "Poulsen");

    private final SamspilApi api;
    private final Municipality municipality;
    private final LocalDate today;
    private final int poolYear;
    private final Random random;
    private final String base;

    MunicipalityDemo(SamspilApi api, Municipality municipality, LocalDate today, int poolYear) {
        this.api = api;
        this.municipality = municipality;
        this.today = today;
        this.poolYear = poolYear;
        this.random = new Random(Long.parseLong(municipality.code()));
        this.base = "/api/municipalities/" + municipality.code();
    }

    MunicipalityFilled fill() {
        long poolAmount = 250_000 + 25_000L * random.nextInt(15);
        api.post(base + "/funding-pools", Map.of("accountingYear", poolYear, "amount", poolAmount));

        List<DemoInitiative> initiatives = new ArrayList<>();
        int count = 3 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            InitiativeTemplate template = InitiativeTemplate.CATALOGUE.get(random.nextInt(InitiativeTemplate.CATALOGUE.size()));
            initiatives.add(register(template, Journey.pick(random)));
        }
        String actionPlan = actionPlan(initiatives.stream().filter(initiative -> initiative.journey().isSubmitted())
                .map(DemoInitiative::id).toList());
        initiatives.forEach(this::takeAlong);
        return new MunicipalityFilled(municipality, false, poolAmount, initiatives.size(), actionPlan);
    }

    private DemoInitiative register(InitiativeTemplate template, Journey journey) {
        List<String> areas = localAreas(template.scope().equals("CITY_WIDE") ? 2 : 1);
        LocalDate start = journey.isSubmitted() ? today.minusMonths(8) : today.plusMonths(1);
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("name", template.name());
        application.put("preventionLevel", template.preventionLevel());
        application.put("scope", template.scope());
        application.put("startDate", start.toString());
        application.put("endDate", start.plusMonths(18).toString());
        application.put("themes", template.themes());
        application.put("targetAgeFrom", template.ageFrom());
        application.put("targetAgeTo", template.ageTo());
        application.put("targetGroups", template.targetGroups());
        application.put("goals", template.goals());
        application.put("partners", template.partners());
        application.put("evaluationPlan", template.evaluationPlan());
        application.put("knowledgeSharing", template.knowledgeSharing());
        application.put("coordinator", coordinator());
        application.put("localAreas", areas);
        application.put("organisationalUnit", template.organisationalUnit() + ", " + municipality.name() + " Kommune");
        application.put("methods", template.methods());
        Map<String, Long> budget = new LinkedHashMap<>();
        template.budgetHeadings().forEach(heading -> budget.put(heading, 5_000 + 500L * random.nextInt(51)));
        application.put("budgetLines", budget.entrySet().stream()
                .map(line -> Map.of("heading", line.getKey(), "expectedAmount", line.getValue(),
                        "settlementMonth", poolYear + (line.getKey().equals(template.budgetHeadings().get(0)) ? "-06" : "-11")))
                .toList());
        String id = api.post(base + "/initiatives", application).path("id").asString();
        if (journey.isSubmitted()) {
            step(id, "submission", Map.of());
        }
        return new DemoInitiative(id, template, journey, areas, budget);
    }

    private String actionPlan(List<String> initiativeIds) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("firstYear", poolYear - 1);
        plan.put("analysis", "Lokalpolitiet og skolerne i " + municipality.name() + " ser flere unge samles om aftenen "
                + "og flere sager om nikotin og deling af billeder; kredsrådets prioriteter er tryghed og rusmidler.");
        plan.put("overallGoal", "Børn og unge i " + municipality.name() + " trives og holder sig fri af kriminalitet");
        plan.put("subGoals", List.of("Tidlig indsats ved bekymring", "Færre unge med rusmidler i nattelivet",
                "Forældre inddrages"));
        plan.put("initiativeIds", initiativeIds);
        plan.put("organisation", Map.of("strategic", List.of("SSP-styregruppen"),
                "coordinating", List.of("SSP-ledergruppen", "SSP-konsulent"),
                "executing", List.of("SSP-kontaktlærere", "Klubmedarbejdere", "Lokalbetjent")));
        plan.put("financing", "Puljen " + (poolYear - 1) + " og " + poolYear + " samt forvaltningernes egne midler");
        plan.put("documentation", "Halvårlig status til SSP-sekretariatet og årlig opfølgning i styregruppen");
        plan.put("proposedBy", random.nextBoolean() ? "EXECUTING" : "COORDINATING");
        String id = eventually(() -> api.post(base + "/action-plans", plan)).path("id").asString();
        if (random.nextInt(10) == 0) {
            return "foreslået";
        }
        LocalDate adopted = LocalDate.of(poolYear - 1, 2, 15);
        api.post(base + "/action-plans/" + id + "/adoption", Map.of("adoptedOn", adopted.toString()));
        if (random.nextInt(5) > 0) {
            api.post(base + "/action-plans/" + id + "/presentation", Map.of("presentedOn", adopted.withMonth(5).toString()));
        }
        LocalDate followUpDue = adopted.plusYears(1);
        if (followUpDue.isAfter(today)) {
            return "vedtaget";
        }
        if (random.nextInt(10) < 6) {
            api.post(base + "/action-plans/" + id + "/follow-ups", Map.of("followedUpOn", followUpDue.minusDays(14).toString(),
                    "summary", "Delmålene følges; nikotin fylder mere end ventet"));
            return "vedtaget og fulgt op";
        }
        return "vedtaget, opfølgning forsinket";
    }

    private void takeAlong(DemoInitiative initiative) {
        Journey journey = initiative.journey();
        String id = initiative.id();
        if (journey == Journey.REJECTED) {
            step(id, "rejection", Map.of("reason", "Overlapper med en eksisterende indsats i området"));
            return;
        }
        if (!journey.isApprovedByLeaderGroup()) {
            return;
        }
        step(id, "approval", Map.of("leaderGroupArea", initiative.localAreas().get(0)));
        if (journey == Journey.APPROVED_WITHOUT_FUNDING) {
            step(id, "approval-without-funding", Map.of("reason", "Finansieres af forvaltningens egne midler"));
        }
        if (!journey.isFunded()) {
            return;
        }
        Map<String, Object> budgetApproval = new LinkedHashMap<>();
        budgetApproval.put("accountingYear", poolYear);
        if (initiative.template().partners().stream().filter(partner -> Partner.valueOf(partner).isSspParty()).count() < 2) {
            budgetApproval.put("overrideReason", "Klubberne og civilsamfundet bærer indsatsen; skolen deltager");
        }
        step(id, "budget-approval", budgetApproval);
        if (journey == Journey.WITHDRAWN) {
            step(id, "withdrawal", Map.of("reason", "Tovholderen stoppede; indsatsen genoptages ikke"));
            return;
        }
        if (!journey.isActivated()) {
            return;
        }
        int monthsAgo = journey == Journey.ACTIVE_WITH_OVERDUE_STATUS_REPORT ? 7 : 2;
        step(id, "activation", Map.of("activatedOn", today.minusMonths(monthsAgo).toString()));
        switch (journey) {
            case PAUSED -> step(id, "pause", Map.of("reason", "Tovholderen er på barsel"));
            case COMPLETED -> complete(initiative);
            default -> {
            }
        }
    }

    private void complete(DemoInitiative initiative) {
        step(initiative.id(), "status-reports", Map.of("summary", "Forløbet kører som planlagt; god opbakning fra skolerne"));
        List<Map<String, Object>> actuals = new ArrayList<>();
        initiative.budget().forEach((heading, expected) -> actuals.add(Map.of("heading", heading,
                "amount", expected * (80 + random.nextInt(21)) / 100)));
        step(initiative.id(), "completion", Map.of("finalEvaluation",
                "Målene er nået for de fleste deltagere; metoden anbefales til nabokommunerne", "actualAmounts", actuals));
    }

    private void step(String initiativeId, String step, Map<String, ?> body) {
        api.post(base + "/initiatives/" + initiativeId + "/" + step, body);
    }

    private Map<String, String> coordinator() {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String domain = municipality.name().toLowerCase().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z]", "");
        return Map.of("name", first + " " + last,
                "email", (first + "." + last).toLowerCase().replace("ø", "oe") + "@" + domain + ".dk",
                "phone", String.valueOf(20_000_000 + random.nextInt(79_999_999)),
                "leaderGroupContact", random.nextBoolean() ? "Skolechefen" : "Chefen for Børn og Familie");
    }

    private List<String> localAreas(int count) {
        List<String> areas = new ArrayList<>();
        int first = random.nextInt(AREAS.size());
        for (int i = 0; i < count; i++) {
            areas.add(municipality.name() + " " + AREAS.get((first + i) % AREAS.size()));
        }
        return areas;
    }

    /** The action plan checks its initiatives against a read model that follows the event store within moments. */
    private static JsonNode eventually(Supplier<JsonNode> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return call.get();
            } catch (DemoDataException e) {
                if (System.nanoTime() > deadline || e.status() != 422) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
    }

    private record DemoInitiative(String id, InitiativeTemplate template, Journey journey, List<String> localAreas,
                                  Map<String, Long> budget) {
    }
}
