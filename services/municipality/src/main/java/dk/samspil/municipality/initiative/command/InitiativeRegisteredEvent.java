package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative was registered with its application. Revision 2 carries the whole application; revision 1 (the walking
 * skeleton) had only the first eight fields and went straight to the leader group, which its upcaster records as
 * {@code status} {@link InitiativeStatus#SUBMITTED}. New registrations are {@link InitiativeStatus#DRAFT}s. The
 * coordinator's fields are sealed with the person's key ({@link Coordinator#sealedFor}); earlier events hold them plain.
 */
@Revision("2")
public record InitiativeRegisteredEvent(String initiativeId, String municipalityCode, String name,
                                        PreventionLevel preventionLevel, InitiativeScope scope,
                                        LocalDate startDate, LocalDate endDate, List<String> themes,
                                        InitiativeStatus status, Integer targetAgeFrom, Integer targetAgeTo,
                                        List<TargetGroup> targetGroups, List<String> goals, List<Partner> partners,
                                        String evaluationPlan, String knowledgeSharing, String coordinatorName,
                                        String coordinatorEmail, String coordinatorPhone, String leaderGroupContact,
                                        List<String> localAreas, String organisationalUnit,
                                        List<KnowledgeBasedMethod> methods, List<BudgetLine> budgetLines) {
}
