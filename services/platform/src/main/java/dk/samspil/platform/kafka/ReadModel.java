package dk.samspil.platform.kafka;

import dk.samspil.contracts.events.EventEnvelope;

/**
 * A read model fed from contract events on Kafka. Applying must be idempotent by what the event says (its aggregate's
 * sequence or its id), never by where it sat on a topic: a read model is read again from any position, and from the
 * start when it is rebuilt.
 */
public interface ReadModel {

    /**
     * @return false when the event changed nothing
     * @throws dk.samspil.contracts.events.MalformedEventException when the event can never be applied
     */
    boolean apply(EventEnvelope<?> envelope);

    /** Nothing applied yet: new, dropped to be rebuilt, or its storage lost. */
    boolean isEmpty();

    /** Removes everything applied, to be rebuilt from the start of the topics. */
    void drop();
}
