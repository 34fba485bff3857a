package dk.samspil.web.municipality.concern.query;

import dk.samspil.contracts.municipality.ConcernStatus;

/** What a concern's step answered: the concern and its status after the step. */
public record ConcernStepResult(String concernId, ConcernStatus status, String statusLabel) {
}
