package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.Sources;

import java.time.Instant;
import java.time.ZoneOffset;

/** Envelopes as a municipality publishes them; the event id follows from aggregate and sequence. */
final class ContractEnvelopes {

    private ContractEnvelopes() {
    }

    static <T> EventEnvelope<T> envelope(EventType<T> type, String aggregateId, String kommunekode, long sequence,
                                         Instant time, T payload) {
        return new EventEnvelope<>(aggregateId + "#" + sequence, type, Sources.municipality(kommunekode), aggregateId,
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
