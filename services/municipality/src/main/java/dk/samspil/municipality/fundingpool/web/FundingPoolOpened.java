package dk.samspil.municipality.fundingpool.web;

record FundingPoolOpened(String id) {
}
