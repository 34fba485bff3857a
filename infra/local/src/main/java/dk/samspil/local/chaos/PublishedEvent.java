package dk.samspil.local.chaos;

/**
 * An event on an initiative or concern topic, by its CloudEvents attributes.
 *
 * @param id     the CloudEvents id: the event store's event identifier
 * @param type   the CloudEvents type, e.g. {@code dk.samspil.municipality.initiative-submitted.v1}
 * @param copies how many times it is on the topic (more than once after a publisher crashed between send and token)
 */
record PublishedEvent(String id, String type, String aggregateId, long sequence, int copies) {

    PublishedEvent again() {
        return new PublishedEvent(id, type, aggregateId, sequence, copies + 1);
    }
}
