package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.ActionPlanEntry;
import dk.samspil.platform.activity.ActivitySummaries;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.FundingPoolEntry;
import dk.samspil.platform.activity.InitiativeFigures;
import dk.samspil.platform.activity.MunicipalityActivity;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Reads summed counters back as a picture of the country: each municipality's counters become the activity the live
 * read model would have shown at that moment (its initiatives, this year's pools, its current action plan, what was
 * overdue that day), and the cooperation counters are added up per district.
 */
final class Pictures {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final ZoneId zone;

    Pictures(ZoneId zone) {
        this.zone = zone;
    }

    TimelinePicture at(Instant asOf, Map<CounterKey, Long> counters, Map<String, Instant> lastChangeAt) {
        Map<String, Map<String, Long>> byMunicipality = new HashMap<>();
        Map<String, Map<String, Long>> byDistrict = new HashMap<>();
        counters.forEach((key, amount) -> {
            if (key.municipalityCode() != null) {
                byMunicipality.computeIfAbsent(key.municipalityCode(), code -> new HashMap<>()).put(key.metric(), amount);
            } else {
                byDistrict.computeIfAbsent(Objects.requireNonNullElse(key.districtCode(), ""), code -> new HashMap<>())
                        .put(key.metric(), amount);
            }
        });
        ActivitySummaries summaries = new ActivitySummaries(Clock.fixed(asOf, zone));
        List<DistrictPicture> districts = referenceData.districts().stream()
                .map(district -> district(district, byMunicipality, byDistrict.getOrDefault(district.code(), Map.of()),
                        lastChangeAt, summaries))
                .toList();
        GatheringFigures national = gatherings(byDistrict.getOrDefault("", Map.of()), 0);
        return new TimelinePicture(asOf, districts,
                ActivityTotals.of(districts.stream().flatMap(district -> district.activity().municipalities().stream())
                        .map(MunicipalitySummary::activity).toList()),
                countryOf(districts, national), national);
    }

    private DistrictPicture district(PoliceDistrict district, Map<String, Map<String, Long>> byMunicipality,
                                     Map<String, Long> districtCounters, Map<String, Instant> lastChangeAt,
                                     ActivitySummaries summaries) {
        List<MunicipalitySummary> municipalities = new ArrayList<>();
        List<Map<String, Long>> counters = new ArrayList<>();
        for (Municipality municipality : district.municipalities()) {
            Map<String, Long> own = byMunicipality.getOrDefault(municipality.code(), Map.of());
            counters.add(own);
            municipalities.add(new MunicipalitySummary(municipality.code(), municipality.name(),
                    summaries.of(activity(municipality.code(), own, lastChangeAt.get(municipality.code())))));
        }
        DistrictActivity activity = new DistrictActivity(district.code(), district.name(),
                ActivityTotals.of(municipalities.stream().map(MunicipalitySummary::activity).toList()), municipalities);
        return new DistrictPicture(activity, cooperation(counters, districtCounters));
    }

    private static MunicipalityActivity activity(String code, Map<String, Long> counters, Instant lastChangeAt) {
        return new MunicipalityActivity(code, InitiativeFigures.fromCounters(counters), pools(counters),
                actionPlans(counters), lastChangeAt);
    }

    private static Map<String, FundingPoolEntry> pools(Map<String, Long> counters) {
        Map<Integer, long[]> years = new HashMap<>();
        counters.forEach((metric, amount) -> {
            if (metric.startsWith(Metrics.POOLS)) {
                String[] parts = metric.substring(Metrics.POOLS.length()).split("\\.");
                long[] totals = years.computeIfAbsent(Integer.parseInt(parts[0]), year -> new long[3]);
                switch (parts[1]) {
                    case FundingPoolHistory.AMOUNT -> totals[0] = amount;
                    case FundingPoolHistory.RESERVED -> totals[1] = amount;
                    default -> totals[2] = amount;
                }
            }
        });
        Map<String, FundingPoolEntry> pools = new HashMap<>();
        years.forEach((year, totals) -> pools.put(String.valueOf(year),
                new FundingPoolEntry(0, year, totals[0], totals[1], totals[2])));
        return pools;
    }

    /** The adopted plans, each named by its id in its counters; other plans have no counters. */
    private static Map<String, ActionPlanEntry> actionPlans(Map<String, Long> counters) {
        Map<String, int[]> periods = new HashMap<>();
        Map<String, LocalDate> followUps = new HashMap<>();
        Map<String, Boolean> presented = new HashMap<>();
        counters.forEach((metric, amount) -> {
            if (!metric.startsWith(Metrics.ACTION_PLANS) || amount <= 0) {
                return;
            }
            String rest = metric.substring(Metrics.ACTION_PLANS.length());
            if (rest.contains(Metrics.ADOPTED)) {
                String[] years = rest.substring(rest.indexOf(Metrics.ADOPTED) + Metrics.ADOPTED.length()).split("-");
                periods.put(rest.substring(0, rest.indexOf(Metrics.ADOPTED)),
                        new int[]{Integer.parseInt(years[0]), Integer.parseInt(years[1])});
            } else if (rest.contains(Metrics.FOLLOW_UP_DUE)) {
                followUps.put(rest.substring(0, rest.indexOf(Metrics.FOLLOW_UP_DUE)),
                        LocalDate.parse(rest.substring(rest.indexOf(Metrics.FOLLOW_UP_DUE) + Metrics.FOLLOW_UP_DUE.length())));
            } else if (rest.endsWith(Metrics.PRESENTED)) {
                presented.put(rest.substring(0, rest.length() - Metrics.PRESENTED.length()), true);
            }
        });
        Map<String, ActionPlanEntry> plans = new HashMap<>();
        periods.forEach((id, period) -> plans.put(id, new ActionPlanEntry(0, ActionPlanStatus.ADOPTED, period[0],
                period[1], followUps.get(id), presented.getOrDefault(id, false))));
        return plans;
    }

    private static CooperationFigures cooperation(List<Map<String, Long>> municipalities, Map<String, Long> district) {
        long participants = 0;
        long invited = 0;
        long joined = 0;
        long pilotMunicipalities = 0;
        TreeSet<String> projects = new TreeSet<>();
        long raised = 0;
        long escalated = 0;
        long open = 0;
        for (Map<String, Long> counters : municipalities) {
            raised += counters.getOrDefault(Metrics.CONCERNS_RAISED, 0L);
            escalated += counters.getOrDefault(Metrics.CONCERNS_ESCALATED, 0L);
            open += counters.getOrDefault(Metrics.CONCERNS_OPEN, 0L);
            participants += counters.getOrDefault(Metrics.GATHERING_PARTICIPANTS, 0L);
            long ownInvited = counters.getOrDefault(Metrics.PILOTS_INVITED, 0L);
            long ownJoined = counters.getOrDefault(Metrics.PILOTS_JOINED, 0L);
            invited += ownInvited;
            joined += ownJoined;
            pilotMunicipalities += ownInvited + ownJoined > 0 ? 1 : 0;
            counters.forEach((metric, amount) -> {
                if (metric.startsWith(Metrics.PILOT_PROJECTS) && amount > 0) {
                    projects.add(metric.substring(Metrics.PILOT_PROJECTS.length()));
                }
            });
        }
        return new CooperationFigures(
                new ConcernFigures(raised, escalated, district.getOrDefault(Metrics.CONCERNS_ESCALATED_TO, 0L), open),
                gatherings(district, participants),
                new PilotFigures(invited, joined, pilotMunicipalities, List.copyOf(projects)));
    }

    private static GatheringFigures gatherings(Map<String, Long> counters, long participants) {
        Map<GatheringKind, Long> held = new EnumMap<>(GatheringKind.class);
        for (GatheringKind kind : GatheringKind.values()) {
            held.put(kind, counters.getOrDefault(Metrics.gatheringsHeld(kind), 0L));
        }
        return GatheringFigures.of(held, participants);
    }

    private static CooperationFigures countryOf(List<DistrictPicture> districts, GatheringFigures national) {
        List<CooperationFigures> figures = districts.stream().map(DistrictPicture::cooperation).toList();
        TreeSet<String> projects = new TreeSet<>();
        figures.forEach(district -> projects.addAll(district.pilots().projectIds()));
        return new CooperationFigures(
                new ConcernFigures(sum(figures, f -> f.concerns().raised()), sum(figures, f -> f.concerns().escalated()),
                        0, sum(figures, f -> f.concerns().open())),
                figures.stream().map(CooperationFigures::gatherings).reduce(national, GatheringFigures::plus),
                new PilotFigures(sum(figures, f -> f.pilots().invited()), sum(figures, f -> f.pilots().joined()),
                        sum(figures, f -> f.pilots().municipalities()), List.copyOf(projects)));
    }

    private static long sum(List<CooperationFigures> figures, ToLongFunction<CooperationFigures> value) {
        return figures.stream().mapToLong(value).sum();
    }
}
