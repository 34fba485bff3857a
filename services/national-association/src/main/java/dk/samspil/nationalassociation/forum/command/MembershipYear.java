package dk.samspil.nationalassociation.forum.command;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A forum's membership years run from the day it was established: the first year from that day, the next a year
 * later, and so on. {@code end} is the last day of the year.
 */
public record MembershipYear(LocalDate start, LocalDate end) {

    /** The membership year {@code day} lies in; {@code day} must not be before {@code establishedOn}. */
    public static MembershipYear of(LocalDate establishedOn, LocalDate day) {
        LocalDate start = establishedOn.plusYears(ChronoUnit.YEARS.between(establishedOn, day));
        return new MembershipYear(start, start.plusYears(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
