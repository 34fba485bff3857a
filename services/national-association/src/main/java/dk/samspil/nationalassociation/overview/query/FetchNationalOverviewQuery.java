package dk.samspil.nationalassociation.overview.query;

public record FetchNationalOverviewQuery() {
}
