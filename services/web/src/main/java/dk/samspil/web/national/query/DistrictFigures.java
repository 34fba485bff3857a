package dk.samspil.web.national.query;

import dk.samspil.web.figures.ActionPlanCoverage;
import dk.samspil.web.figures.Budget;
import dk.samspil.web.figures.Cooperation;
import dk.samspil.web.figures.MunicipalityFigures;
import dk.samspil.web.figures.PoolUse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One police district's line in the national picture, with its municipalities. */
public record DistrictFigures(String code, String name, long initiatives, Map<String, Long> byStatus,
                              Map<String, Long> byPreventionLevel, Map<String, Long> byScope,
                              Map<String, Long> byTheme, Budget budget, PoolUse pool, long municipalitiesWithPool,
                              long overdueStatusReports, ActionPlanCoverage actionPlans, Instant lastEventAt,
                              Cooperation cooperation, List<MunicipalityFigures> municipalities) {
}
