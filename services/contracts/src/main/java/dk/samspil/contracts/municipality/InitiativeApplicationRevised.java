package dk.samspil.contracts.municipality;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.municipality.initiative-application-revised.v1}: a draft's application as it now reads, in full. */
public record InitiativeApplicationRevised(String initiativeId, String municipalityCode, String name,
                                           PreventionLevel preventionLevel, InitiativeScope scope,
                                           LocalDate startDate, LocalDate endDate, List<String> themes,
                                           Integer targetAgeFrom, Integer targetAgeTo, List<TargetGroup> targetGroups,
                                           List<String> goals, List<Partner> partners, String evaluationPlan,
                                           String knowledgeSharing, List<String> localAreas, String organisationalUnit,
                                           List<KnowledgeBasedMethod> methods,
                                           List<BudgetLine> budgetLines) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.DRAFT;
    }
}
