package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

/** {@code fundingPoolId} names the pool whose reservation went back, null when there was none. */
@Revision("1")
public record InitiativeWithdrawnEvent(String initiativeId, String municipalityCode, String reason, String fundingPoolId) {
}
