package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.platform.testing.TestSealer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Applications for the initiative's tests: a complete one meeting every funding criterion, and variations of it. */
final class Applications {

    static final String ID = "i-1";
    static final String STEVNS = "0336";
    static final LocalDate START = LocalDate.parse("2026-03-01");
    /** Seals as the vault does, but the same value the same way, so the expected events can be written down. */
    static final TestSealer SEALER = new TestSealer();

    private Applications() {
    }

    /** City-wide, two SSP parties, two local areas, a method; 30,000 kr. settled in 2026. */
    static InitiativeApplication complete() {
        return new InitiativeApplication("Trygt natteliv", PreventionLevel.PREVENTIVE, InitiativeScope.CITY_WIDE,
                START, START.plusMonths(18), List.of("natteliv"), 14, 18,
                List.of(TargetGroup.CHILDREN_AND_YOUNG_PEOPLE), List.of("Færre unge i nattelivet med rusmidler"),
                List.of(Partner.SCHOOL, Partner.POLICE), "Før- og eftermåling", "Drejebogen deles",
                new Coordinator("Mette Jensen", "mette.jensen@stevns.dk", "56570000", "Skolechefen"),
                List.of("Store Heddinge", "Hårlev"), "Ungdomsskolen", List.of(KnowledgeBasedMethod.SOCIAL_NORMS),
                List.of(new BudgetLine("Forplejning", 12_000, YearMonth.of(2026, 10), null),
                        new BudgetLine("Oplægsholder", 18_000, YearMonth.of(2026, 11), null)));
    }

    static InitiativeApplication withoutCoordinator() {
        return complete().withCoordinator(null);
    }

    static InitiativeApplication draftOnly() {
        return new InitiativeApplication("Natteravne", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, START,
                START.plusMonths(12), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static InitiativeApplication acute() {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), InitiativeScope.ACUTE,
                LocalDate.parse("2026-12-01"), LocalDate.parse("2027-02-28"), complete.themes(), complete.targetAgeFrom(),
                complete.targetAgeTo(), complete.targetGroups(), complete.goals(), complete.partners(),
                complete.evaluationPlan(), complete.knowledgeSharing(), complete.coordinator(), complete.localAreas(),
                complete.organisationalUnit(), complete.methods(), complete.budgetLines());
    }

    static InitiativeApplication withPartners(List<Partner> partners, List<KnowledgeBasedMethod> methods) {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), complete.scope(),
                complete.startDate(), complete.endDate(), complete.themes(), complete.targetAgeFrom(),
                complete.targetAgeTo(), complete.targetGroups(), complete.goals(), partners, complete.evaluationPlan(),
                complete.knowledgeSharing(), complete.coordinator(), List.of("Store Heddinge"),
                complete.organisationalUnit(), methods, complete.budgetLines());
    }

    static InitiativeApplication withoutGoals() {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), complete.scope(),
                complete.startDate(), complete.endDate(), complete.themes(), complete.targetAgeFrom(),
                complete.targetAgeTo(), complete.targetGroups(), List.of(), complete.partners(),
                complete.evaluationPlan(), complete.knowledgeSharing(), complete.coordinator(), complete.localAreas(),
                complete.organisationalUnit(), complete.methods(), complete.budgetLines());
    }

    static InitiativeApplication withAges(Integer from, Integer to) {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), complete.scope(),
                complete.startDate(), complete.endDate(), complete.themes(), from, to, complete.targetGroups(),
                complete.goals(), complete.partners(), complete.evaluationPlan(), complete.knowledgeSharing(),
                complete.coordinator(), complete.localAreas(), complete.organisationalUnit(), complete.methods(),
                complete.budgetLines());
    }

    static InitiativeApplication withBudget(List<BudgetLine> budgetLines) {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), complete.scope(),
                complete.startDate(), complete.endDate(), complete.themes(), complete.targetAgeFrom(),
                complete.targetAgeTo(), complete.targetGroups(), complete.goals(), complete.partners(),
                complete.evaluationPlan(), complete.knowledgeSharing(), complete.coordinator(), complete.localAreas(),
                complete.organisationalUnit(), complete.methods(), budgetLines);
    }

    static InitiativeApplication withPeriod(LocalDate start, LocalDate end) {
        InitiativeApplication complete = complete();
        return new InitiativeApplication(complete.name(), complete.preventionLevel(), complete.scope(), start, end,
                complete.themes(), complete.targetAgeFrom(), complete.targetAgeTo(), complete.targetGroups(),
                complete.goals(), complete.partners(), complete.evaluationPlan(), complete.knowledgeSharing(),
                complete.coordinator(), complete.localAreas(), complete.organisationalUnit(), complete.methods(),
                complete.budgetLines());
    }

    /** The application as events carry it: its coordinator sealed. */
    static InitiativeApplication sealed(InitiativeApplication application) {
        return application.withCoordinator(application.coordinator().sealedFor(STEVNS, SEALER));
    }

    /** The event a registration of this application records, its coordinator sealed. */
    static InitiativeRegisteredEvent registered(InitiativeApplication application, InitiativeStatus status) {
        Coordinator coordinator = application.coordinator().sealedFor(STEVNS, SEALER);
        return new InitiativeRegisteredEvent(ID, STEVNS, application.name(), application.preventionLevel(),
                application.scope(), application.startDate(), application.endDate(), application.themes(), status,
                application.targetAgeFrom(), application.targetAgeTo(), application.targetGroups(), application.goals(),
                application.partners(), application.evaluationPlan(), application.knowledgeSharing(), coordinator.name(),
                coordinator.email(), coordinator.phone(), coordinator.leaderGroupContact(), application.localAreas(),
                application.organisationalUnit(), application.methods(), application.budgetLines());
    }
}
