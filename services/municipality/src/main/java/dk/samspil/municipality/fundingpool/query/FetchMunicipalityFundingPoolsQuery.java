package dk.samspil.municipality.fundingpool.query;

public record FetchMunicipalityFundingPoolsQuery(String municipalityCode) {
}
