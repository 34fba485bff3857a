package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

/** A draft's application as it now reads, in full, its coordinator sealed ({@link Coordinator#sealedFor}). */
@Revision("1")
public record InitiativeApplicationRevisedEvent(String initiativeId, String municipalityCode, InitiativeApplication application) {
}
