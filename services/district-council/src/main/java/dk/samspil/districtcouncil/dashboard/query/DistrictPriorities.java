package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district council's strategic priorities for a period, each with its coverage by the municipalities' initiatives.
 * Initiatives carry free-text themes; one addresses a priority when {@link Theme#matching} maps one of its themes to the
 * priority's theme. The counts come from the activity read model's initiatives per free-text theme, added up over the
 * texts that map to the priority's theme: an initiative naming two such texts ("hash", "rusmidler") counts twice.
 */
public record DistrictPriorities(LocalDate periodStart, LocalDate periodEnd, List<PriorityCoverage> items) {

    static DistrictPriorities of(SetPriorities set, DistrictActivity activity) {
        return new DistrictPriorities(set.periodStart(), set.periodEnd(),
                set.priorities().stream().map(priority -> coverage(priority, activity)).toList());
    }

    private static PriorityCoverage coverage(Priority priority, DistrictActivity activity) {
        List<MunicipalityCoverage> municipalities = activity.municipalities().stream()
                .map(municipality -> new MunicipalityCoverage(municipality.code(), municipality.name(),
                        addressing(priority.theme(), municipality)))
                .toList();
        return new PriorityCoverage(priority.theme(), priority.theme().label(), priority.goal(), municipalities,
                municipalities.stream().filter(MunicipalityCoverage::addresses).count(),
                municipalities.stream().filter(municipality -> !municipality.addresses())
                        .map(MunicipalityCoverage::name).toList());
    }

    private static long addressing(Theme theme, MunicipalitySummary municipality) {
        Map<String, Long> byTheme = municipality.activity().initiatives().byTheme();
        return byTheme.entrySet().stream()
                .filter(freeText -> Theme.matching(freeText.getKey()).filter(theme::equals).isPresent())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
