package dk.samspil.localcouncil.council.query;

public record FetchAssignedDecisionsQuery(String localCouncilId) {
}
