package dk.samspil.municipality.actionplan.query;

public record FetchActionPlanQuery(String actionPlanId) {
}
