package dk.samspil.localcouncil.council.query;

public record CountLocalReportsQuery(String localCouncilId) {
}
