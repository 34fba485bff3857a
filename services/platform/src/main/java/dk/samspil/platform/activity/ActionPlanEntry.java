package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.ActionPlanAdopted;
import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.ActionPlanFollowedUp;
import dk.samspil.contracts.municipality.ActionPlanPresented;
import dk.samspil.contracts.municipality.ActionPlanProposed;
import dk.samspil.contracts.municipality.ActionPlanStatus;

import java.time.LocalDate;

/**
 * One two-year action plan (handleplan) of a municipality.
 *
 * @param status    null while only events after the proposal were seen (the proposal was dead-lettered, say)
 * @param firstYear null until the proposal is seen, like {@code lastYear}
 */
public record ActionPlanEntry(long sequence, ActionPlanStatus status, Integer firstYear, Integer lastYear,
                       LocalDate followUpDue, boolean presented) implements ActivityEntry {

    /** The entry after the event; {@code before} is null for a plan not seen yet. Initiative links change nothing. */
    public static ActionPlanEntry after(ActionPlanEntry before, ActionPlanEvent event, long sequence) {
        ActionPlanEntry entry = before != null ? before : new ActionPlanEntry(sequence, null, null, null, null, false);
        if (event instanceof ActionPlanProposed proposed) {
            return new ActionPlanEntry(sequence, ActionPlanStatus.PROPOSED, proposed.firstYear(), proposed.lastYear(),
                    entry.followUpDue, entry.presented);
        }
        if (event instanceof ActionPlanAdopted adopted) {
            return new ActionPlanEntry(sequence, ActionPlanStatus.ADOPTED, entry.firstYear, entry.lastYear,
                    adopted.followUpDue(), entry.presented);
        }
        if (event instanceof ActionPlanFollowedUp followedUp) {
            return new ActionPlanEntry(sequence, entry.status, entry.firstYear, entry.lastYear,
                    followedUp.nextFollowUpDue(), entry.presented);
        }
        boolean presented = entry.presented || event instanceof ActionPlanPresented;
        return new ActionPlanEntry(sequence, entry.status, entry.firstYear, entry.lastYear, entry.followUpDue, presented);
    }

    /** Adopted, and its two-year period covers {@code year}. */
    boolean adoptedFor(int year) {
        return status == ActionPlanStatus.ADOPTED && firstYear != null && lastYear != null
                && firstYear <= year && year <= lastYear;
    }
}
