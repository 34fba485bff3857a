package dk.samspil.contracts.districtcouncil;

/** One agenda item; {@code reference} is the id of the action plan, concern or local report it concerns, if any. */
public record AgendaItem(AgendaItemKind kind, String reference, String title) {
}
