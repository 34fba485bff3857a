package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeStatus;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads the walking skeleton's {@link InitiativeRegisteredEvent} (revision 1: no application beyond name, level,
 * scope, period and themes) as revision 2. The skeleton registered straight for the leader group, so the status is
 * {@link InitiativeStatus#SUBMITTED}; the application's new lists are empty, its other new fields absent.
 */
@Component
public class InitiativeRegisteredEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(InitiativeRegisteredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(InitiativeRegisteredEvent.class.getName(), "2");
    private static final List<String> NEW_LISTS =
            List.of("targetGroups", "goals", "partners", "localAreas", "methods", "budgetLines");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).put("status", InitiativeStatus.SUBMITTED.name());
            NEW_LISTS.forEach(event::putArray);
            return event;
        });
    }
}
