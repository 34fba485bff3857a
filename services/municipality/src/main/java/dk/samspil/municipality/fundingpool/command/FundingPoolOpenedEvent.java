package dk.samspil.municipality.fundingpool.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FundingPoolOpenedEvent(String fundingPoolId, String municipalityCode, int accountingYear, long amount) {
}
