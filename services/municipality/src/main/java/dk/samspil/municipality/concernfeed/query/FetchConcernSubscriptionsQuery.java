package dk.samspil.municipality.concernfeed.query;

public record FetchConcernSubscriptionsQuery(String municipalityCode) {
}
