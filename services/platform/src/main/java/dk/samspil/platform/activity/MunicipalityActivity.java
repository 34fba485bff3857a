package dk.samspil.platform.activity;

import java.time.Instant;
import java.util.Map;

/**
 * What the dashboards read about one municipality: its initiative figures, and its funding pools and action plans
 * (a handful each) keyed by aggregate id.
 *
 * @param lastEventAt when the latest event applied here happened; null before the first
 */
public record MunicipalityActivity(String municipalityCode, InitiativeFigures initiatives,
                            Map<String, FundingPoolEntry> fundingPools, Map<String, ActionPlanEntry> actionPlans,
                            Instant lastEventAt) {

    public MunicipalityActivity {
        fundingPools = Map.copyOf(fundingPools);
        actionPlans = Map.copyOf(actionPlans);
    }

    public static MunicipalityActivity none(String municipalityCode) {
        return new MunicipalityActivity(municipalityCode, InitiativeFigures.none(), Map.of(), Map.of(), null);
    }
}
