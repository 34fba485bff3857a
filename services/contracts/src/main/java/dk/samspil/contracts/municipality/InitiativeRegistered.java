package dk.samspil.contracts.municipality;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.municipality.initiative-registered.v1}: a municipality registered an initiative (indsats) with its
 * application. The walking skeleton published only the first eight fields and registered straight for approval, so a
 * missing {@code status} means {@link InitiativeStatus#SUBMITTED}; new registrations are drafts. Coordinator contact
 * data is personal data and stays in the municipality.
 */
public record InitiativeRegistered(String initiativeId, String municipalityCode, String name,
                                   PreventionLevel preventionLevel, InitiativeScope scope,
                                   LocalDate startDate, LocalDate endDate, List<String> themes,
                                   InitiativeStatus status, Integer targetAgeFrom, Integer targetAgeTo,
                                   List<TargetGroup> targetGroups, List<String> goals, List<Partner> partners,
                                   String evaluationPlan, String knowledgeSharing, List<String> localAreas,
                                   String organisationalUnit, List<KnowledgeBasedMethod> methods,
                                   List<BudgetLine> budgetLines) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return status == null ? InitiativeStatus.SUBMITTED : status;
    }
}
