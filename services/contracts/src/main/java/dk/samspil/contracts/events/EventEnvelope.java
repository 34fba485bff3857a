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
 */
public record EventEnvelope<T>(String id, EventType<T> eventType, URI source, String subject, OffsetDateTime time,
                               long aggregateSequence, T payload) {

    public String type() {
        return eventType.type();
    }
}
