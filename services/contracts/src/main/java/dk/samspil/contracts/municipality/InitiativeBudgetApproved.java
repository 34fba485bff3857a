package dk.samspil.contracts.municipality;

import java.util.List;

/**
 * {@code dk.samspil.municipality.initiative-budget-approved.v1}: the secretariat approved the budget and reserved its
 * total in the funding pool {@code fundingPoolId}. Funding criteria it did not meet are listed, with the secretariat's
 * reason for approving anyway (null when every criterion was met).
 */
public record InitiativeBudgetApproved(String initiativeId, String municipalityCode, String fundingPoolId,
                                       int accountingYear, long budgetTotal, List<FundingCriterion> unmetCriteria,
                                       String overrideReason) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.BUDGET_APPROVED;
    }
}
