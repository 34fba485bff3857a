package dk.samspil.contracts.events;

/**
 * One versioned integration event type: its CloudEvents {@code type}, the payload record and the topic it travels on.
 * Only fields may be added to a published version; anything else is a new version with a new type.
 */
public record EventType<T>(String type, Class<T> payloadType, String topic) {
}
