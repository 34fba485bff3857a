package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.InitiativeStatus;

/** Where an initiative stands after a step. */
record InitiativeStepResponse(String id, InitiativeStatus status, String statusLabel) {

    static InitiativeStepResponse of(String id, InitiativeStatus status) {
        return new InitiativeStepResponse(id, status, status.label());
    }
}
