package dk.samspil.local.chaos;

/**
 * One event of an initiative or a concern in the municipality's event store.
 *
 * @param payloadType  the simple class name of the event, e.g. {@code InitiativeSubmittedEvent}
 * @param municipality the municipality in the event, four digits
 */
record StoredEvent(String aggregateId, long sequence, String aggregateType, String payloadType, String eventId,
                   String municipality) {

    static final String INITIATIVE = "Initiative";
    static final String CONCERN = "Concern";
}
