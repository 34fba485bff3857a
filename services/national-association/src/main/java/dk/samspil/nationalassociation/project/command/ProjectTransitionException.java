package dk.samspil.nationalassociation.project.command;

/** The project, or the grant, pilot municipality or milestone the step is about, is not in a state for the step. */
public class ProjectTransitionException extends RuntimeException {

    private final StatusWithLabel currentStatus;

    public ProjectTransitionException(StatusWithLabel currentStatus, String message) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public StatusWithLabel currentStatus() {
        return currentStatus;
    }
}
