package dk.samspil.contracts.events;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An integration event with its CloudEvents attributes.
 *
 * @param id                the Axon event identifier, unique per event
 * @param source            the producing organisation, e.g. {@code /municipalities/0101}
 * @param subject           the aggregate id; also the Kafka key
 * @param aggregateSequence the aggregate's sequence number, for idempotent consumers
 * @param provenance        who made the change, and the request it belongs to
 */
public record EventEnvelope<T>(String id, EventType<T> eventType, URI source, String subject, OffsetDateTime time,
                               long aggregateSequence, T payload, Provenance provenance) {

    public EventEnvelope {
        provenance = provenance == null ? Provenance.UNKNOWN : provenance;
    }

    /** An envelope whose provenance is not known. */
    public EventEnvelope(String id, EventType<T> eventType, URI source, String subject, OffsetDateTime time,
                         long aggregateSequence, T payload) {
        this(id, eventType, source, subject, time, aggregateSequence, payload, Provenance.UNKNOWN);
    }

    public String type() {
        return eventType.type();
    }
}
