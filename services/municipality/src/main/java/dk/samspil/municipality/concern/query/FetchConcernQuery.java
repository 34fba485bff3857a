package dk.samspil.municipality.concern.query;

public record FetchConcernQuery(String concernId) {
}
