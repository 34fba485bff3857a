package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeActivated;
import dk.samspil.contracts.municipality.InitiativeApplicationRevised;
import dk.samspil.contracts.municipality.InitiativeBudgetApproved;
import dk.samspil.contracts.municipality.InitiativeCompleted;
import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeResumed;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeStatusReported;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * One initiative of a municipality, as the dashboards need it.
 *
 * @param preventionLevel null until the application is seen (its registration was dead-lettered, say)
 * @param funded          the secretariat approved its budget and reserved it in a funding pool
 * @param budgetTotal     the application's budget; fixed when the budget is approved; null without budget lines
 * @param actualTotal     the final accounts' total; null until completed
 * @param statusReportDue when the next status report is due; null before activation
 */
public record InitiativeEntry(long sequence, InitiativeStatus status, PreventionLevel preventionLevel, InitiativeScope scope,
                       List<String> themes, boolean funded, Long budgetTotal, Long actualTotal,
                       LocalDate statusReportDue) implements ActivityEntry {

    public InitiativeEntry {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The entry after the event; {@code before} is null for an initiative not seen yet. */
    public static InitiativeEntry after(InitiativeEntry before, InitiativeEvent event, long sequence) {
        InitiativeEntry entry = before != null ? before
                : new InitiativeEntry(sequence, event.resultingStatus(), null, null, List.of(), false, null, null, null);
        if (event instanceof InitiativeRegistered registered) {
            entry = entry.withApplication(registered.preventionLevel(), registered.scope(), registered.themes(),
                    registered.budgetLines());
        } else if (event instanceof InitiativeApplicationRevised revised) {
            entry = entry.withApplication(revised.preventionLevel(), revised.scope(), revised.themes(),
                    revised.budgetLines());
        } else if (event instanceof InitiativeBudgetApproved approved) {
            entry = new InitiativeEntry(sequence, entry.status, entry.preventionLevel, entry.scope, entry.themes, true,
                    approved.budgetTotal(), entry.actualTotal, entry.statusReportDue);
        } else if (event instanceof InitiativeActivated activated) {
            entry = entry.withStatusReportDue(activated.statusReportDue());
        } else if (event instanceof InitiativeStatusReported reported) {
            entry = entry.withStatusReportDue(reported.nextStatusReportDue());
        } else if (event instanceof InitiativeResumed resumed) {
            entry = entry.withStatusReportDue(resumed.statusReportDue());
        } else if (event instanceof InitiativeCompleted completed) {
            entry = new InitiativeEntry(sequence, entry.status, entry.preventionLevel, entry.scope, entry.themes,
                    entry.funded, entry.funded ? entry.budgetTotal : Long.valueOf(completed.budgetTotal()),
                    completed.actualTotal(), entry.statusReportDue);
        }
        return new InitiativeEntry(sequence, event.resultingStatus(), entry.preventionLevel, entry.scope, entry.themes,
                entry.funded, entry.budgetTotal, entry.actualTotal, entry.statusReportDue);
    }

    private InitiativeEntry withApplication(PreventionLevel preventionLevel, InitiativeScope scope, List<String> themes,
                                            List<BudgetLine> budgetLines) {
        Long budget = budgetLines == null || budgetLines.isEmpty() ? null
                : budgetLines.stream().mapToLong(BudgetLine::expectedAmount).sum();
        return new InitiativeEntry(sequence, status, preventionLevel, scope, themes, funded,
                funded ? budgetTotal : budget, actualTotal, statusReportDue);
    }

    private InitiativeEntry withStatusReportDue(LocalDate due) {
        return new InitiativeEntry(sequence, status, preventionLevel, scope, themes, funded, budgetTotal, actualTotal, due);
    }
}
