package dk.samspil.contracts.events;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every published integration event type. */
public final class EventTypes {

    public static final EventType<InitiativeRegistered> INITIATIVE_REGISTERED = new EventType<>(
            "dk.samspil.municipality.initiative-registered.v1", InitiativeRegistered.class, Topics.MUNICIPALITY_INITIATIVES);
    public static final EventType<InitiativeApproved> INITIATIVE_APPROVED = new EventType<>(
            "dk.samspil.municipality.initiative-approved.v1", InitiativeApproved.class, Topics.MUNICIPALITY_INITIATIVES);

    public static final List<EventType<?>> ALL = List.of(INITIATIVE_REGISTERED, INITIATIVE_APPROVED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
