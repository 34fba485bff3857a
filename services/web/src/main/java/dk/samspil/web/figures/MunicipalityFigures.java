package dk.samspil.web.figures;

import java.time.Instant;
import java.util.Map;

/**
 * A municipality's line on a dashboard. The maps count initiatives by status, prevention level, scope and theme,
 * keyed by the codes the services use ({@link Labels} names them in Danish), in the services' order.
 */
public record MunicipalityFigures(String code, String name, long initiatives, Map<String, Long> byStatus,
                                  Map<String, Long> byPreventionLevel, Map<String, Long> byScope,
                                  Map<String, Long> byTheme, Budget budget, PoolUse pool, long overdueStatusReports,
                                  ActionPlanStatus actionPlan, Instant lastEventAt) {

    public boolean hasCurrentAdoptedPlan() {
        return actionPlan != null && actionPlan.currentAdopted();
    }

    public boolean followUpOverdue() {
        return actionPlan != null && actionPlan.followUpOverdue();
    }
}
