package dk.samspil.municipality.concernfeed.query;

import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernUpdated;

/** The latest step a concern took, as a feed entry shows it. */
public enum ConcernStep {
    RAISED("rejst"),
    UPDATED("opdateret"),
    CONFIRMED("bekræftet af en anden kommune"),
    ESCALATED("eskaleret"),
    RESOLVED("løst");

    private final String label;

    ConcernStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ConcernStep of(ConcernEvent event) {
        if (event instanceof ConcernRaised) {
            return RAISED;
        }
        if (event instanceof ConcernUpdated) {
            return UPDATED;
        }
        if (event instanceof ConcernConfirmed) {
            return CONFIRMED;
        }
        if (event instanceof ConcernEscalated) {
            return ESCALATED;
        }
        if (event instanceof ConcernResolved) {
            return RESOLVED;
        }
        throw new IllegalArgumentException("Unknown concern event " + event.getClass().getName());
    }
}
