package dk.samspil.municipality.initiative.web;

public record InitiativeCreated(String id) {
}
