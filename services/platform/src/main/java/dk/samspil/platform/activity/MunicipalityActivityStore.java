package dk.samspil.platform.activity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.FundingPoolEvent;
import dk.samspil.contracts.municipality.InitiativeEvent;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dk.samspil.platform.activity.ActivityDocuments.ACTION_PLANS;
import static dk.samspil.platform.activity.ActivityDocuments.FUNDING_POOLS;
import static dk.samspil.platform.activity.ActivityDocuments.ID;
import static dk.samspil.platform.activity.ActivityDocuments.LAST_EVENT_AT;
import static dk.samspil.platform.activity.ActivityDocuments.SEQUENCE;

/**
 * The municipalities' activity documents, and the initiatives' entries beside them.
 *
 * <p>Funding pools and action plans (a handful per municipality) are entries inside the municipality's document: an
 * event reads its entry alone and replaces it in one update that applies only if the entry still has the sequence
 * that was read. Initiatives (hundreds per municipality) each have a document of their own in {@code
 * <collection>_initiatives}, and the municipality's document keeps their figures as counters: an event moves the
 * counters with one {@code $inc} that also records, per initiative, the aggregate sequence it counted, and then
 * replaces the initiative's entry. If the process dies between the two writes, the redelivered event finds its
 * sequence counted and writes only the entry. Because the guard is the aggregate's own sequence, not where the event
 * sat on Kafka, it holds when a topic is recreated or moved to another cluster. Events of one initiative arrive in
 * order on one partition, and {@code $inc} commutes, so events of other aggregates of the same municipality never
 * conflict. The dashboards read the documents without the counted sequences, so neither writing nor reading them
 * moves the initiative entries of a whole municipality.
 */
final class MunicipalityActivityStore {

    private static final int ATTEMPTS = 20;
    private static final String MUNICIPALITY = "municipalityCode";
    private static final String COUNTED_SEQUENCES = "countedSequences";
    private static final Bson WITHOUT_COUNTED_SEQUENCES = Projections.exclude(COUNTED_SEQUENCES);

    private final MongoCollection<Document> documents;
    private final MongoCollection<Document> initiatives;

    MunicipalityActivityStore(MongoDatabase database, String collection) {
        this.documents = database.getCollection(collection);
        this.initiatives = database.getCollection(collection + "_initiatives");
    }

    /**
     * @param municipalityCode the event's municipality, four digits
     * @return false when the event changed nothing
     */
    boolean apply(String municipalityCode, EventEnvelope<?> envelope) {
        Object payload = envelope.payload();
        long sequence = envelope.aggregateSequence();
        if (payload instanceof InitiativeEvent event) {
            return applyToInitiative(municipalityCode, envelope,
                    before -> InitiativeEntry.after(before, event, sequence));
        }
        if (payload instanceof FundingPoolEvent event) {
            return applyToEntry(municipalityCode, envelope, FUNDING_POOLS, ActivityDocuments::readFundingPool,
                    before -> FundingPoolEntry.after(event, sequence), ActivityDocuments::write);
        }
        if (payload instanceof ActionPlanEvent event) {
            return applyToEntry(municipalityCode, envelope, ACTION_PLANS, ActivityDocuments::readActionPlan,
                    before -> ActionPlanEntry.after(before, event, sequence), ActivityDocuments::write);
        }
        return false;
    }

    private boolean applyToInitiative(String municipalityCode, EventEnvelope<?> envelope,
                                      UnaryOperator<InitiativeEntry> evolve) {
        String initiativeId = entryKey(envelope);
        Document stored = initiatives.find(Filters.eq(ID, initiativeId)).first();
        InitiativeEntry before = stored == null ? null : ActivityDocuments.readInitiative(stored);
        if (before != null && before.sequence() >= envelope.aggregateSequence()) {
            return false;
        }
        if (stored != null && !municipalityCode.equals(stored.getString(MUNICIPALITY))) {
            throw new MalformedEventException("Event " + envelope.id() + " places initiative " + initiativeId
                    + " in kommune " + municipalityCode + "; it is in " + stored.getString(MUNICIPALITY));
        }
        InitiativeEntry after = evolve.apply(before);
        countOnce(municipalityCode, initiativeId, envelope, InitiativeFigures.change(before, after));
        initiatives.replaceOne(Filters.eq(ID, initiativeId),
                ActivityDocuments.write(after).append(ID, initiativeId).append(MUNICIPALITY, municipalityCode),
                new ReplaceOptions().upsert(true));
        return true;
    }

    private void countOnce(String municipalityCode, String initiativeId, EventEnvelope<?> envelope,
                           Map<String, Long> change) {
        String countedSequence = COUNTED_SEQUENCES + "." + initiativeId;
        List<Bson> updates = new ArrayList<>();
        change.forEach((counter, amount) -> updates.add(Updates.inc(counter, amount)));
        updates.add(Updates.set(countedSequence, envelope.aggregateSequence()));
        updates.add(Updates.max(LAST_EVENT_AT, Date.from(envelope.time().toInstant())));
        Bson notYetCounted = Filters.and(Filters.eq(ID, municipalityCode),
                Filters.not(Filters.gte(countedSequence, envelope.aggregateSequence())));
        try {
            documents.updateOne(notYetCounted, Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert found no document to match because this sequence was counted already: nothing to do.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private <E extends ActivityEntry> boolean applyToEntry(String municipalityCode, EventEnvelope<?> envelope,
                                                           String field, Function<Document, E> read,
                                                           UnaryOperator<E> evolve, Function<E, Document> write) {
        String path = field + "." + entryKey(envelope);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            E before = entry(municipalityCode, field, envelope.subject()).map(read).orElse(null);
            if (before != null && before.sequence() >= envelope.aggregateSequence()) {
                return false;
            }
            Bson update = Updates.combine(Updates.set(path, write.apply(evolve.apply(before))),
                    Updates.max(LAST_EVENT_AT, Date.from(envelope.time().toInstant())));
            Bson unchanged = before == null ? Filters.exists(path, false) : Filters.eq(path + "." + SEQUENCE, before.sequence());
            if (update(Filters.and(Filters.eq(ID, municipalityCode), unchanged), update, before == null)) {
                return true;
            }
        }
        // Not malformed: the consumer's error handler tries the record again after a pause.
        throw new ConcurrentModificationException("Entry " + path + " of kommune " + municipalityCode
                + " changed under event " + envelope.id() + " " + ATTEMPTS + " times in a row");
    }

    /** False when the entry changed since it was read (or was created meanwhile): read again. */
    private boolean update(Bson filter, Bson update, boolean upsert) {
        try {
            UpdateResult result = documents.updateOne(filter, update, new UpdateOptions().upsert(upsert));
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private Optional<Document> entry(String municipalityCode, String field, String aggregateId) {
        Document found = documents.find(Filters.eq(ID, municipalityCode))
                .projection(Projections.include(field + "." + aggregateId)).first();
        return Optional.ofNullable(found).map(document -> document.get(field, Document.class))
                .map(entries -> entries.get(aggregateId, Document.class));
    }

    /** The aggregate id as a field name, which cannot hold a '.' or start with '$'. */
    private static String entryKey(EventEnvelope<?> envelope) {
        String aggregateId = envelope.subject();
        if (aggregateId == null || aggregateId.isEmpty() || aggregateId.contains(".") || aggregateId.startsWith("$")) {
            throw new MalformedEventException("Event " + envelope.id() + " has an unusable aggregate id: " + aggregateId);
        }
        return aggregateId;
    }

    Optional<MunicipalityActivity> find(String municipalityCode) {
        return Optional.ofNullable(documents.find(Filters.eq(ID, municipalityCode)).projection(WITHOUT_COUNTED_SEQUENCES).first())
                .map(ActivityDocuments::read);
    }

    List<MunicipalityActivity> find(Collection<String> municipalityCodes) {
        return documents.find(Filters.in(ID, municipalityCodes)).projection(WITHOUT_COUNTED_SEQUENCES)
                .map(ActivityDocuments::read).into(new ArrayList<>());
    }

    boolean isEmpty() {
        return documents.find().projection(Projections.include(ID)).limit(1).first() == null
                && initiatives.find().projection(Projections.include(ID)).limit(1).first() == null;
    }

    void drop() {
        documents.drop();
        initiatives.drop();
    }

    List<MunicipalityActivity> findAll() {
        return documents.find().projection(WITHOUT_COUNTED_SEQUENCES).map(ActivityDocuments::read).into(new ArrayList<>());
    }
}
