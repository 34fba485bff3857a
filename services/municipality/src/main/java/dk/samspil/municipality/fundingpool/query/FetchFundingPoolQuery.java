package dk.samspil.municipality.fundingpool.query;

public record FetchFundingPoolQuery(String fundingPoolId) {
}
