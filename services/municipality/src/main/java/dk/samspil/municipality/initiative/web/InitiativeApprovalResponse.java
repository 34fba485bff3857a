package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.InitiativeStatus;

public record InitiativeApprovalResponse(String id, InitiativeStatus status) {
}
