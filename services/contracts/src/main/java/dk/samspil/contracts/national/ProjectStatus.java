package dk.samspil.contracts.national;

import java.util.Optional;

/**
 * Where a national project is, as a consumer derives it from the published events: proposed → funding applied →
 * funded → running → completed, or stopped on the way.
 */
public enum ProjectStatus {
    PROPOSED("foreslået"),
    FUNDING_APPLIED("ansøgt om midler"),
    FUNDED("finansieret"),
    RUNNING("i gang"),
    COMPLETED("afsluttet"),
    STOPPED("stoppet");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status the event takes a project to at least; empty for an event that moves no project on. */
    public static Optional<ProjectStatus> reachedBy(ProjectEvent event) {
        if (event instanceof ProjectGrantApplied) {
            return Optional.of(FUNDING_APPLIED);
        }
        if (event instanceof ProjectGrantAccepted) {
            return Optional.of(FUNDED);
        }
        if (event instanceof ProjectStarted) {
            return Optional.of(RUNNING);
        }
        if (event instanceof ProjectCompleted) {
            return Optional.of(COMPLETED);
        }
        if (event instanceof ProjectStopped) {
            return Optional.of(STOPPED);
        }
        return Optional.empty();
    }

    /** A project only moves forward: a grant applied for once funded leaves it funded, a closed one stays closed. */
    public ProjectStatus advancedTo(ProjectStatus reached) {
        return closed() || reached.ordinal() <= ordinal() ? this : reached;
    }

    private boolean closed() {
        return this == COMPLETED || this == STOPPED;
    }
}
