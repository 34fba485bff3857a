package dk.samspil.municipality.fundingpool.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The secretariat opens its pool for an accounting year; {@code fundingPoolId} is {@link FundingPool#idOf}. */
public record OpenFundingPoolCommand(@TargetAggregateIdentifier String fundingPoolId, String municipalityCode,
                                     int accountingYear, long amount) {
}
