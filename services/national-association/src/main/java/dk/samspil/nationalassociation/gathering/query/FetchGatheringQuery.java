package dk.samspil.nationalassociation.gathering.query;

public record FetchGatheringQuery(String gatheringId) {
}
