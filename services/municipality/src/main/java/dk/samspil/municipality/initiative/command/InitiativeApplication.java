package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative's application as it reads now (Copenhagen's eight points plus level, scope, themes and methods). A
 * draft may leave most of it empty; {@link ApplicationRules} says what a draft and a submission need.
 */
public record InitiativeApplication(String name, PreventionLevel preventionLevel, InitiativeScope scope,
                                    LocalDate startDate, LocalDate endDate, List<String> themes,
                                    Integer targetAgeFrom, Integer targetAgeTo, List<TargetGroup> targetGroups,
                                    List<String> goals, List<Partner> partners, String evaluationPlan,
                                    String knowledgeSharing, Coordinator coordinator, List<String> localAreas,
                                    String organisationalUnit, List<KnowledgeBasedMethod> methods,
                                    List<BudgetLine> budgetLines) {

    public InitiativeApplication {
        name = name == null ? null : name.strip();
        themes = copy(themes);
        targetGroups = copy(targetGroups);
        goals = copy(goals);
        partners = copy(partners);
        coordinator = coordinator == null ? Coordinator.NONE : coordinator;
        localAreas = copy(localAreas);
        methods = copy(methods);
        budgetLines = copy(budgetLines);
    }

    /** The application a registration recorded (the skeleton's revision 1 has only its first eight fields). */
    public static InitiativeApplication of(InitiativeRegisteredEvent event) {
        return new InitiativeApplication(event.name(), event.preventionLevel(), event.scope(), event.startDate(),
                event.endDate(), event.themes(), event.targetAgeFrom(), event.targetAgeTo(), event.targetGroups(),
                event.goals(), event.partners(), event.evaluationPlan(), event.knowledgeSharing(),
                new Coordinator(event.coordinatorName(), event.coordinatorEmail(), event.coordinatorPhone(),
                        event.leaderGroupContact()),
                event.localAreas(), event.organisationalUnit(), event.methods(), event.budgetLines());
    }

    public InitiativeApplication withCoordinator(Coordinator coordinator) {
        return new InitiativeApplication(name, preventionLevel, scope, startDate, endDate, themes, targetAgeFrom,
                targetAgeTo, targetGroups, goals, partners, evaluationPlan, knowledgeSharing, coordinator, localAreas,
                organisationalUnit, methods, budgetLines);
    }

    public long budgetTotal() {
        return budgetLines.stream().mapToLong(BudgetLine::expectedAmount).sum();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
