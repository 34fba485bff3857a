package dk.samspil.localcouncil.council.query;

public record FetchLocalReportQuery(String localCouncilId, String reportId) {
}
