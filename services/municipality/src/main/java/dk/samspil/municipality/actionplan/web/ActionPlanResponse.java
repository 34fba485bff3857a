package dk.samspil.municipality.actionplan.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.municipality.actionplan.query.ActionPlanView;

import java.time.LocalDate;

/**
 * A plan as of today: {@code current} when adopted and its period covers today; {@code followUpOverdue} when adopted
 * and the follow-up due within its period has passed without one.
 */
record ActionPlanResponse(@JsonUnwrapped ActionPlanView plan, String statusLabel, String proposedByLabel,
                          boolean current, boolean followUpOverdue) {

    static ActionPlanResponse of(ActionPlanView plan, LocalDate today) {
        boolean adopted = plan.status() == ActionPlanStatus.ADOPTED;
        boolean current = adopted && today.getYear() >= plan.firstYear() && today.getYear() <= plan.lastYear();
        boolean overdue = adopted && today.isAfter(plan.followUpDue()) && plan.followUpDue().getYear() <= plan.lastYear();
        return new ActionPlanResponse(plan, plan.status().label(), plan.proposedBy().label(), current, overdue);
    }
}
