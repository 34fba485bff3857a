package dk.samspil.web.figures;

import java.time.Instant;
import java.util.Map;

/** The figures of a group of municipalities (a police district, the country) added up. */
public record GroupFigures(long initiatives, Map<String, Long> byStatus, Map<String, Long> byPreventionLevel,
                           Map<String, Long> byScope, Map<String, Long> byTheme, Budget budget, PoolUse pool,
                           long municipalitiesWithPool, long overdueStatusReports, ActionPlanCoverage actionPlans,
                           Instant lastEventAt) {
}
