package dk.samspil.municipality.concernfeed.query;

/** {@code unread}: null for every entry, true for the unread only, false for the read only. */
public record FetchConcernFeedQuery(String municipalityCode, int page, int size, Boolean unread) {
}
