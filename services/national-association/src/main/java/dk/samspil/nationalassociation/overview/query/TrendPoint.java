package dk.samspil.nationalassociation.overview.query;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.Budget;
import dk.samspil.platform.activity.timeline.ConcernFigures;
import dk.samspil.platform.activity.timeline.CooperationFigures;
import dk.samspil.platform.activity.timeline.GatheringFigures;
import dk.samspil.platform.activity.timeline.PilotFigures;

import java.time.YearMonth;
import java.util.Map;

/**
 * One month of a district (or the country): what stood at its end, and what happened in it.
 *
 * @param initiatives               initiatives at the end of the month
 * @param initiativesRegistered     initiatives registered in the month
 * @param withCurrentAdoptedPlan    municipalities with an adopted action plan for that year at the end of the month
 * @param concerns                  raised, escalated and escalated to the district in the month; open at its end
 * @param gatherings                gatherings held, and their participants, in the month
 * @param pilots                    pilot municipalities at the end of the month
 */
public record TrendPoint(YearMonth month, long initiatives, Map<InitiativeStatus, Long> byStatus,
                         Map<PreventionLevel, Long> byPreventionLevel, Budget budget, long initiativesRegistered,
                         long withCurrentAdoptedPlan, ConcernFigures concerns, GatheringFigures gatherings,
                         PilotFigures pilots) {

    static TrendPoint of(YearMonth month, ActivityTotals before, CooperationFigures cooperationBefore,
                         ActivityTotals after, CooperationFigures cooperationAfter) {
        return new TrendPoint(month, after.initiatives().initiatives(), after.initiatives().byStatus(),
                after.initiatives().byPreventionLevel(), after.budget(),
                after.initiatives().initiatives() - before.initiatives().initiatives(),
                after.actionPlans().withCurrentAdoptedPlan(),
                cooperationAfter.concerns().minus(cooperationBefore.concerns()),
                cooperationAfter.gatherings().minus(cooperationBefore.gatherings()), cooperationAfter.pilots());
    }
}
