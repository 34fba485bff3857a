package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.FundingCriterion;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code unmetCriteria} lists the funding criteria the application did not meet, approved with {@code overrideReason}. */
@Revision("1")
public record InitiativeBudgetApprovedEvent(String initiativeId, String municipalityCode, String fundingPoolId, int accountingYear, long budgetTotal,
                                            List<FundingCriterion> unmetCriteria, String overrideReason) {
}
