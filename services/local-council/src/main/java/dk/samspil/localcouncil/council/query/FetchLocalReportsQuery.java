package dk.samspil.localcouncil.council.query;

public record FetchLocalReportsQuery(String localCouncilId) {
}
