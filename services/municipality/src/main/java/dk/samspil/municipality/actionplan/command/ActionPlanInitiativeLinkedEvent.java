package dk.samspil.municipality.actionplan.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActionPlanInitiativeLinkedEvent(String actionPlanId, String municipalityCode, String initiativeId) {
}
