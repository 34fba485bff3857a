package dk.samspil.platform.initiatives;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.mongo.IdempotentTally;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts initiatives from the contract's initiative events, idempotently (an {@link IdempotentTally}): each initiative
 * counts once, in the tally document and under the path its municipality maps to, under its current status and its
 * prevention level. {@code InitiativeRegistered} sets municipality, level and status; later events change the status.
 *
 * <p>An event whose initiative was never seen registered (its registration was dead-lettered, say) still counts, in
 * the total and under its status, but under no prevention level until one is known.
 */
public final class InitiativeTally {

    private static final String MUNICIPALITY = "municipality";
    private static final String STATUS = "status";
    private static final String PREVENTION_LEVEL = "preventionLevel";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final IdempotentTally tally;

    /**
     * @param collection   the collection of tally documents
     * @param tallyIdOf    the document a municipality's initiatives count in
     * @param countsPathOf where in that document they count, dotted; "" for the document root
     */
    public InitiativeTally(MongoDatabase database, String collection, Function<Municipality, String> tallyIdOf,
                           Function<Municipality, String> countsPathOf) {
        this.tally = new IdempotentTally(database, collection,
                attributes -> tallyIdOf.apply(municipalityOf(attributes)),
                attributes -> InitiativeCounts.counterPaths(countsPathOf.apply(municipalityOf(attributes)),
                        InitiativeStatus.valueOf(attributes.get(STATUS)), preventionLevelOf(attributes)));
    }

    /**
     * Applies one event of the initiatives topic; events that are not about initiatives change nothing.
     *
     * @return false when the event changed nothing, e.g. because it was not newer than what was applied
     * @throws MalformedEventException when the event names no municipality of the reference data, or another one
     *                                 than its initiative was registered in, or a registration lacks its level
     */
    public boolean apply(EventEnvelope<?> envelope, RecordPosition position) {
        if (!(envelope.payload() instanceof InitiativeEvent event)) {
            return false;
        }
        Municipality municipality = municipalityNamedBy(envelope, event);
        if (event instanceof InitiativeRegistered registered && registered.preventionLevel() == null) {
            throw new MalformedEventException("Event " + envelope.id() + " registers an initiative without a prevention level");
        }
        return tally.apply(envelope.subject(), envelope.aggregateSequence(), envelope.time().toInstant(), position,
                before -> evolve(before, envelope, event, municipality));
    }

    /** The document with this id; empty (all zeros) when nothing was counted in it yet. */
    public InitiativeTallyDocument find(String tallyId) {
        return tally.find(tallyId).map(InitiativeTallyDocument::of).orElseGet(InitiativeTallyDocument::empty);
    }

    private static Map<String, String> evolve(Map<String, String> before, EventEnvelope<?> envelope,
                                              InitiativeEvent event, Municipality municipality) {
        String registeredIn = before.get(MUNICIPALITY);
        if (registeredIn != null && !registeredIn.equals(municipality.code())) {
            throw new MalformedEventException("Event " + envelope.id() + " places initiative " + envelope.subject()
                    + " in kommune " + municipality.code() + "; it was registered in " + registeredIn);
        }
        Map<String, String> after = new HashMap<>(before);
        after.put(MUNICIPALITY, municipality.code());
        after.put(STATUS, event.resultingStatus().name());
        if (event instanceof InitiativeRegistered registered) {
            after.put(PREVENTION_LEVEL, registered.preventionLevel().name());
        }
        return after;
    }

    private Municipality municipalityNamedBy(EventEnvelope<?> envelope, InitiativeEvent event) {
        try {
            return referenceData.municipality(event.municipalityCode());
        } catch (UnknownMunicipalityException e) {
            throw new MalformedEventException("Event " + envelope.id() + " names no municipality: " + e.getMessage(), e);
        }
    }

    private Municipality municipalityOf(Map<String, String> attributes) {
        return referenceData.municipality(attributes.get(MUNICIPALITY));
    }

    private static PreventionLevel preventionLevelOf(Map<String, String> attributes) {
        String level = attributes.get(PREVENTION_LEVEL);
        return level == null ? null : PreventionLevel.valueOf(level);
    }
}
