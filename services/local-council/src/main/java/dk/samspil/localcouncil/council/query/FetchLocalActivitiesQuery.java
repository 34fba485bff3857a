package dk.samspil.localcouncil.council.query;

public record FetchLocalActivitiesQuery(String localCouncilId) {
}
