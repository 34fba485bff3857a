package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Initiative events as a municipality publishes them; the event id follows from initiative and sequence. */
public final class InitiativeEvents {

    private InitiativeEvents() {
    }

    public static EventEnvelope<InitiativeRegistered> registered(String initiativeId, String kommunekode,
                                                                 PreventionLevel level, Instant time) {
        InitiativeRegistered payload = new InitiativeRegistered(initiativeId, kommunekode, "Tryg i nattelivet", level,
                InitiativeScope.CITY_WIDE, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), List.of("natteliv"),
                InitiativeStatus.SUBMITTED, null, null, null, null, null, null, null, null, null, null, null);
        return envelope(EventTypes.INITIATIVE_REGISTERED, initiativeId, kommunekode, 0, time, payload);
    }

    public static EventEnvelope<InitiativeApproved> approved(String initiativeId, String kommunekode, long sequence,
                                                             Instant time) {
        return envelope(EventTypes.INITIATIVE_APPROVED, initiativeId, kommunekode, sequence, time,
                new InitiativeApproved(initiativeId, kommunekode, null));
    }

    private static <T> EventEnvelope<T> envelope(dk.samspil.contracts.events.EventType<T> type, String initiativeId,
                                                 String kommunekode, long sequence, Instant time, T payload) {
        return new EventEnvelope<>(initiativeId + "#" + sequence, type, Sources.municipality(kommunekode), initiativeId,
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
