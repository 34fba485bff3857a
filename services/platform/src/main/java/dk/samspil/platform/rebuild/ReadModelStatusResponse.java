package dk.samspil.platform.rebuild;

/**
 * A read model and how far it has come: {@code position} of {@code target} events (Axon projections: global index in
 * the event store; Kafka read models: records of the group's partitions, summed).
 *
 * @param source     {@code event-store} or {@code kafka}
 * @param rebuilding true from a rebuild until it has caught up
 */
public record ReadModelStatusResponse(String name, String source, boolean rebuilding, long position, long target) {
}
