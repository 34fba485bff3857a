package dk.samspil.municipality.actionplan.command;

public record FetchInitiativeForPlanQuery(String initiativeId) {
}
