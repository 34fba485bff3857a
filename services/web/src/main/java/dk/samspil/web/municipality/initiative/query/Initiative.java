package dk.samspil.web.municipality.initiative.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An initiative as the municipality's service answers it ({@code GET /api/municipalities/{kommunekode}/initiatives}
 * and {@code …/{id}}): the application, where it stands, the recorded funding criteria, the final accounts and the
 * history. Codes (status, level, scope, partners, …) are kept as the service sends them; {@link InitiativeLabels}
 * names them in Danish, so a code the web does not know yet is shown as it is rather than refused.
 */
public record Initiative(String id, String municipalityCode, String status, String statusLabel, Instant registeredAt,
                         Application application, String leaderGroupArea, String fundingPoolId,
                         Integer accountingYear, List<String> unmetCriteria, String overrideReason,
                         LocalDate activatedOn, LocalDate statusReportDue, LocalDate completedOn,
                         String finalEvaluation, Long actualTotal, Long budgetTotal, Boolean statusReportOverdue,
                         List<HistoryStep> history) {

    public Initiative {
        application = application == null ? Application.EMPTY : application;
        unmetCriteria = unmetCriteria == null ? List.of() : List.copyOf(unmetCriteria);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public String name() {
        return application.name() == null || application.name().isBlank() ? "(uden navn)" : application.name();
    }

    public boolean overdue() {
        return Boolean.TRUE.equals(statusReportOverdue);
    }

    public long budget() {
        return budgetTotal != null ? budgetTotal
                : application.budgetLines().stream().mapToLong(BudgetLine::expected).sum();
    }

    /** The funding criteria were checked and recorded when the budget was approved. */
    public boolean criteriaRecorded() {
        return accountingYear != null;
    }

    public boolean hasStatus(String code) {
        return code.equals(status);
    }

    /** The latest step of its history, or null for an initiative without one. */
    public HistoryStep lastStep() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** Copenhagen's eight points, plus level, scope, themes, areas and methods; a draft may leave much of it empty. */
    public record Application(String name, String preventionLevel, String scope, LocalDate startDate,
                              LocalDate endDate, List<String> themes, Integer targetAgeFrom, Integer targetAgeTo,
                              List<String> targetGroups, List<String> goals, List<String> partners,
                              String evaluationPlan, String knowledgeSharing, Coordinator coordinator,
                              List<String> localAreas, String organisationalUnit, List<String> methods,
                              List<BudgetLine> budgetLines) {

        static final Application EMPTY = new Application(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);

        public Application {
            themes = copy(themes);
            targetGroups = copy(targetGroups);
            goals = copy(goals);
            partners = copy(partners);
            coordinator = coordinator == null ? Coordinator.NONE : coordinator;
            localAreas = copy(localAreas);
            methods = copy(methods);
            budgetLines = copy(budgetLines);
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? List.of() : List.copyOf(list.stream().filter(java.util.Objects::nonNull).toList());
        }
    }

    /** The staff member who runs the initiative (tovholder); "[slettet]" once the person is erased. */
    public record Coordinator(String name, String email, String phone, String leaderGroupContact) {

        static final Coordinator NONE = new Coordinator(null, null, null, null);
    }

    /** One line of the budget: expected amount, the month it is settled in, and the actual amount once accounted. */
    public record BudgetLine(String heading, Long expectedAmount, YearMonth settlementMonth, Long actualAmount) {

        public long expected() {
            return expectedAmount == null ? 0 : expectedAmount;
        }
    }

    /** One step of the initiative's life: what happened ({@code step} in English, {@code label} in Danish), when, and why. */
    public record HistoryStep(String step, String label, LocalDate date, String note) {
    }
}
