package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.districtcouncil.AgendaItemKind;

/** One item of a meeting's agenda; {@code reference} is the action plan, concern or local report it is about, if any. */
public record MeetingAgendaItem(AgendaItemKind kind, String reference, String title) {
}
