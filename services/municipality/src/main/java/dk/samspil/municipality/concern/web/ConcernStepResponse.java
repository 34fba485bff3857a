package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernStatus;

record ConcernStepResponse(String concernId, ConcernStatus status, String statusLabel) {

    ConcernStepResponse(String concernId, ConcernStatus status) {
        this(concernId, status, status.label());
    }
}
