package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;

/** The decision's implementation status does not allow the reported one. */
public class DecisionTransitionException extends RuntimeException {

    private final DecisionImplementationStatus currentStatus;

    public DecisionTransitionException(DecisionImplementationStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public DecisionImplementationStatus currentStatus() {
        return currentStatus;
    }
}
