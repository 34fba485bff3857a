package dk.samspil.nationalassociation.gathering.command;

/** The gathering is no longer planned: it was held or cancelled, so the step is not possible. */
public class GatheringTransitionException extends RuntimeException {

    private final GatheringStatus currentStatus;

    public GatheringTransitionException(GatheringStatus currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public GatheringStatus currentStatus() {
        return currentStatus;
    }
}
