package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeStatus;

/** The initiative's current status does not allow the step. */
public class InitiativeTransitionException extends RuntimeException {

    private final InitiativeStatus currentStatus;

    public InitiativeTransitionException(InitiativeStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public InitiativeStatus currentStatus() {
        return currentStatus;
    }
}
