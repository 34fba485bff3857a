package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernStatus;

/** The concern's current state does not allow the step. */
public class ConcernTransitionException extends RuntimeException {

    private final ConcernStatus currentStatus;

    public ConcernTransitionException(ConcernStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public ConcernStatus currentStatus() {
        return currentStatus;
    }
}
