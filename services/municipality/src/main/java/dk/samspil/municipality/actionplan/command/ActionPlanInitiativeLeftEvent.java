package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.InitiativeStatus;
import org.axonframework.serialization.Revision;

/** {@code initiativeStatus} is what made the initiative leave: PAUSED, WITHDRAWN or COMPLETED. */
@Revision("1")
public record ActionPlanInitiativeLeftEvent(String actionPlanId, String municipalityCode, String initiativeId,
                                            InitiativeStatus initiativeStatus) {
}
