package dk.samspil.localcouncil.council.query;

public record CountLocalActivitiesQuery(String localCouncilId) {
}
