package dk.samspil.nationalassociation.project.command;

import java.time.LocalDate;

/** The board's decision that allows accepting a grant: the day and a reference to the minutes. */
public record BoardMandate(LocalDate decidedOn, String reference) {
}
