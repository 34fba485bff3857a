package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.ActionPlanStatus;

/** The plan's current status does not allow the step. */
public class ActionPlanTransitionException extends RuntimeException {

    private final ActionPlanStatus currentStatus;

    public ActionPlanTransitionException(ActionPlanStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public ActionPlanStatus currentStatus() {
        return currentStatus;
    }
}
