package dk.samspil.platform.activity;

import java.time.LocalDate;

/**
 * A municipality's current action plan: the adopted plan whose two-year period covers this year (the latest such plan
 * if there are two). Without one, {@code currentAdopted} is false and the rest is empty.
 *
 * @param followUpOverdue the annual follow-up was due before today
 */
public record ActionPlanState(boolean currentAdopted, String actionPlanId, Period period, LocalDate followUpDue,
                              boolean followUpOverdue, boolean presentedAtDistrictCouncil) {

    static final ActionPlanState NONE = new ActionPlanState(false, null, null, null, false, false);

    public record Period(int firstYear, int lastYear) {
    }
}
