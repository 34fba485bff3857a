package dk.samspil.localcouncil.council.query;

public record FetchLocalActivityQuery(String localCouncilId, String activityId) {
}
