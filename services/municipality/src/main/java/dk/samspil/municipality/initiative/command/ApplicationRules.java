package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;

import java.util.Collection;

/** What a draft application needs, and what the leader group needs before it receives one. */
final class ApplicationRules {

    static final int YOUNGEST = 6;
    static final int OLDEST = 25;
    static final long MAXIMUM_AMOUNT = 100_000_000;

    private ApplicationRules() {
    }

    static void requireValidDraft(InitiativeApplication application) {
        requireText(application.name(), "name", "En indsats skal have et navn");
        require(application.preventionLevel() != null, "preventionLevel", "Forebyggelsesniveau skal udfyldes");
        require(application.scope() != null, "scope", "Rækkevidde skal udfyldes");
        require(application.startDate() != null, "startDate", "En indsats skal have en startdato");
        require(application.endDate() != null, "endDate", "En indsats skal have en slutdato");
        require(!application.endDate().isBefore(application.startDate()), "endDate", "Slutdatoen ligger før startdatoen");
        requireAge(application.targetAgeFrom(), "targetAgeFrom");
        requireAge(application.targetAgeTo(), "targetAgeTo");
        require(application.targetAgeFrom() == null || application.targetAgeTo() == null
                        || application.targetAgeFrom() <= application.targetAgeTo(),
                "targetAgeTo", "Målgruppens alder 'til' ligger under alderen 'fra'");
        for (BudgetLine line : application.budgetLines()) {
            requireText(line.heading(), "budgetLines", "En budgetlinje skal have en udgiftspost");
            require(line.expectedAmount() >= 0 && line.expectedAmount() <= MAXIMUM_AMOUNT, "budgetLines",
                    "Budgetlinjens beløb skal være mellem 0 og " + MAXIMUM_AMOUNT + " kr.");
            require(line.settlementMonth() != null, "budgetLines", "En budgetlinje skal have en afregningsmåned");
        }
        require(application.budgetLines().stream().map(BudgetLine::heading).distinct().count()
                == application.budgetLines().size(), "budgetLines", "To budgetlinjer har samme udgiftspost");
    }

    /** Copenhagen's eight points must all be there before the leader group receives the application. */
    static void requireComplete(InitiativeApplication application) {
        requireAny(application.goals(), "goals", "Ansøgningen skal have mindst ét mål");
        require(application.targetAgeFrom() != null, "targetAgeFrom", "Målgruppens alder 'fra' skal udfyldes");
        require(application.targetAgeTo() != null, "targetAgeTo", "Målgruppens alder 'til' skal udfyldes");
        requireAny(application.targetGroups(), "targetGroups", "Ansøgningen skal have mindst én målgruppe");
        requireAny(application.partners(), "partners", "Ansøgningen skal have mindst én samarbejdspartner");
        requireText(application.evaluationPlan(), "evaluationPlan", "Ansøgningen skal beskrive evalueringen");
        requireText(application.knowledgeSharing(), "knowledgeSharing", "Ansøgningen skal beskrive videndelingen");
        requireText(application.coordinator().name(), "coordinator.name", "Tovholderens navn skal udfyldes");
        requireText(application.coordinator().email(), "coordinator.email", "Tovholderens e-mail skal udfyldes");
        requireText(application.coordinator().phone(), "coordinator.phone", "Tovholderens telefon skal udfyldes");
        requireAny(application.localAreas(), "localAreas", "Ansøgningen skal nævne mindst ét lokalområde");
        requireText(application.organisationalUnit(), "organisationalUnit", "Den organisatoriske forankring skal udfyldes");
        requireAny(application.budgetLines(), "budgetLines", "Ansøgningen skal have mindst én budgetlinje");
    }

    static void requireText(String text, String field, String message) {
        require(text != null && !text.isBlank(), field, message);
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InitiativeRuleViolation(field, message);
        }
    }

    private static void requireAny(Collection<?> items, String field, String message) {
        require(!items.isEmpty(), field, message);
    }

    private static void requireAge(Integer age, String field) {
        require(age == null || (age >= YOUNGEST && age <= OLDEST), field,
                "Målgruppens alder skal ligge mellem " + YOUNGEST + " og " + OLDEST + " år");
    }
}
