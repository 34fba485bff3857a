package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.districtcouncil.Priority;

import java.time.LocalDate;
import java.util.List;

/** The strategic priorities a district council set last, before their coverage is worked out. */
record SetPriorities(LocalDate periodStart, LocalDate periodEnd, List<Priority> priorities) {
}
