package dk.samspil.districtcouncil.council.command;

/** The cooperation plan is not in a state where the step is possible. */
public class CooperationPlanTransitionException extends RuntimeException {

    private final CooperationPlanStatus currentStatus;

    public CooperationPlanTransitionException(CooperationPlanStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public CooperationPlanStatus currentStatus() {
        return currentStatus;
    }
}
