package dk.samspil.contracts.events;

/**
 * Who made the change an event records, and the request it belongs to: the CloudEvents extensions {@code actorid},
 * {@code actororganisation} and {@code correlationid}. Each is null where unknown (events published before it).
 *
 * @param actorOrganisation the actor's organisation as {@code <type>:<code>}, e.g. {@code MUNICIPALITY:0336}
 */
public record Provenance(String actorId, String actorOrganisation, String correlationId) {

    public static final Provenance UNKNOWN = new Provenance(null, null, null);
}
