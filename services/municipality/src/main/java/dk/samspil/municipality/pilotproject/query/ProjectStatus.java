package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.ProjectCompleted;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectGrantAccepted;
import dk.samspil.contracts.national.ProjectGrantApplied;
import dk.samspil.contracts.national.ProjectStarted;
import dk.samspil.contracts.national.ProjectStopped;

import java.util.Optional;

/**
 * Where a national project is, derived from its published events (the contract carries no status): proposed →
 * funding applied → funded → running → completed, or stopped on the way.
 */
public enum ProjectStatus {
    PROPOSED("foreslået"),
    FUNDING_APPLIED("søgt finansiering"),
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
    static Optional<ProjectStatus> reachedBy(ProjectEvent event) {
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
    ProjectStatus advancedTo(ProjectStatus reached) {
        return closed() || reached.ordinal() <= ordinal() ? this : reached;
    }

    private boolean closed() {
        return this == COMPLETED || this == STOPPED;
    }
}
