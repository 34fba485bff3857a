package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeActivated;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeApprovedWithoutFunding;
import dk.samspil.contracts.municipality.InitiativeBudgetApproved;
import dk.samspil.contracts.municipality.InitiativeCompleted;
import dk.samspil.contracts.municipality.InitiativePaused;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeStatusReported;
import dk.samspil.contracts.municipality.InitiativeWithdrawn;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static dk.samspil.platform.testing.ContractEnvelopes.envelope;

/** Initiative events as a municipality publishes them; the event id follows from initiative and sequence. */
public final class InitiativeEvents {

    private InitiativeEvents() {
    }

    /** A city-wide initiative about "natteliv" without budget lines, submitted at once as the skeleton did. */
    public static EventEnvelope<InitiativeRegistered> registered(String initiativeId, String kommunekode,
                                                                 PreventionLevel level, Instant time) {
        return registered(initiativeId, kommunekode, level, InitiativeScope.CITY_WIDE, List.of("natteliv"), 0, time);
    }

    /** @param budget the expected amount of its one budget line; 0 for none */
    public static EventEnvelope<InitiativeRegistered> registered(String initiativeId, String kommunekode,
                                                                 PreventionLevel level, InitiativeScope scope,
                                                                 List<String> themes, long budget, Instant time) {
        List<BudgetLine> budgetLines = budget == 0 ? null
                : List.of(new BudgetLine("Nattevandring, forplejning", budget, YearMonth.of(2026, 10), null));
        InitiativeRegistered payload = new InitiativeRegistered(initiativeId, kommunekode, "Tryg i nattelivet", level,
                scope, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), themes, InitiativeStatus.SUBMITTED,
                null, null, null, null, null, null, null, null, null, null, budgetLines);
        return envelope(EventTypes.INITIATIVE_REGISTERED, initiativeId, kommunekode, 0, time, payload);
    }

    public static EventEnvelope<InitiativeApproved> approved(String initiativeId, String kommunekode, long sequence,
                                                             Instant time) {
        return envelope(EventTypes.INITIATIVE_APPROVED, initiativeId, kommunekode, sequence, time,
                new InitiativeApproved(initiativeId, kommunekode, null));
    }

    /** Reserved in the pool {@code <kommunekode>-<year>}. */
    public static EventEnvelope<InitiativeBudgetApproved> budgetApproved(String initiativeId, String kommunekode,
                                                                         long sequence, int year, long budgetTotal,
                                                                         Instant time) {
        return envelope(EventTypes.INITIATIVE_BUDGET_APPROVED, initiativeId, kommunekode, sequence, time,
                new InitiativeBudgetApproved(initiativeId, kommunekode, kommunekode + "-" + year, year, budgetTotal,
                        List.of(), null));
    }

    public static EventEnvelope<InitiativeApprovedWithoutFunding> approvedWithoutFunding(String initiativeId,
                                                                                         String kommunekode,
                                                                                         long sequence, Instant time) {
        return envelope(EventTypes.INITIATIVE_APPROVED_WITHOUT_FUNDING, initiativeId, kommunekode, sequence, time,
                new InitiativeApprovedWithoutFunding(initiativeId, kommunekode, "Skolernes egne midler"));
    }

    /** The first status report falls due six months after activation. */
    public static EventEnvelope<InitiativeActivated> activated(String initiativeId, String kommunekode, long sequence,
                                                               LocalDate activatedOn, Instant time) {
        return envelope(EventTypes.INITIATIVE_ACTIVATED, initiativeId, kommunekode, sequence, time,
                new InitiativeActivated(initiativeId, kommunekode, activatedOn, activatedOn.plusMonths(6)));
    }

    public static EventEnvelope<InitiativeStatusReported> statusReported(String initiativeId, String kommunekode,
                                                                         long sequence, LocalDate reportedOn,
                                                                         Instant time) {
        return envelope(EventTypes.INITIATIVE_STATUS_REPORTED, initiativeId, kommunekode, sequence, time,
                new InitiativeStatusReported(initiativeId, kommunekode, reportedOn, "Status: det går godt",
                        reportedOn.plusMonths(6)));
    }

    public static EventEnvelope<InitiativePaused> paused(String initiativeId, String kommunekode, long sequence,
                                                         LocalDate pausedOn, Instant time) {
        return envelope(EventTypes.INITIATIVE_PAUSED, initiativeId, kommunekode, sequence, time,
                new InitiativePaused(initiativeId, kommunekode, pausedOn, "Koordinator på orlov"));
    }

    public static EventEnvelope<InitiativeWithdrawn> withdrawn(String initiativeId, String kommunekode, long sequence,
                                                               Instant time) {
        return envelope(EventTypes.INITIATIVE_WITHDRAWN, initiativeId, kommunekode, sequence, time,
                new InitiativeWithdrawn(initiativeId, kommunekode, "Ingen deltagere"));
    }

    public static EventEnvelope<InitiativeCompleted> completed(String initiativeId, String kommunekode, long sequence,
                                                               long budgetTotal, long actualTotal, Instant time) {
        List<BudgetLine> lines = List.of(new BudgetLine("Nattevandring, forplejning", budgetTotal,
                YearMonth.of(2026, 10), actualTotal));
        return envelope(EventTypes.INITIATIVE_COMPLETED, initiativeId, kommunekode, sequence, time,
                new InitiativeCompleted(initiativeId, kommunekode, LocalDate.ofInstant(time, ZoneOffset.UTC),
                        "Målene er nået", lines, budgetTotal, actualTotal));
    }
}
