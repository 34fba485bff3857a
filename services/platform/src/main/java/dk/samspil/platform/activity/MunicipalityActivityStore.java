package dk.samspil.platform.activity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dk.samspil.platform.activity.ActivityDocuments.ACTION_PLANS;
import static dk.samspil.platform.activity.ActivityDocuments.FUNDING_POOLS;
import static dk.samspil.platform.activity.ActivityDocuments.ID;
import static dk.samspil.platform.activity.ActivityDocuments.INITIATIVES;
import static dk.samspil.platform.activity.ActivityDocuments.LAST_EVENT_AT;
import static dk.samspil.platform.activity.ActivityDocuments.SEQUENCE;

/**
 * The municipalities' activity documents. An event costs a read of its aggregate's entry alone and one atomic update
 * of the municipality's document: the entry is replaced only if it still has the sequence that was read, and the
 * initiative figures move with {@code $inc} in the same update. So a redelivered event changes nothing, a crash cannot
 * count twice, events of other aggregates of the same municipality (other consumer threads) never conflict, and
 * neither writing nor reading the dashboards moves the hundreds of initiative entries over the wire.
 */
final class MunicipalityActivityStore {

    private static final int ATTEMPTS = 20;

    private final MongoCollection<Document> documents;

    MunicipalityActivityStore(MongoDatabase database, String collection) {
        this.documents = database.getCollection(collection);
    }

    /**
     * @param municipalityCode the event's municipality, four digits
     * @return false when the event changed nothing
     */
    boolean apply(String municipalityCode, EventEnvelope<?> envelope) {
        Object payload = envelope.payload();
        long sequence = envelope.aggregateSequence();
        if (payload instanceof InitiativeEvent event) {
            return apply(municipalityCode, envelope, INITIATIVES, ActivityDocuments::readInitiative,
                    before -> InitiativeEntry.after(before, event, sequence), ActivityDocuments::write,
                    InitiativeFigures::change);
        }
        if (payload instanceof FundingPoolEvent event) {
            return apply(municipalityCode, envelope, FUNDING_POOLS, ActivityDocuments::readFundingPool,
                    before -> FundingPoolEntry.after(event, sequence), ActivityDocuments::write, (before, after) -> Map.of());
        }
        if (payload instanceof ActionPlanEvent event) {
            return apply(municipalityCode, envelope, ACTION_PLANS, ActivityDocuments::readActionPlan,
                    before -> ActionPlanEntry.after(before, event, sequence), ActivityDocuments::write,
                    (before, after) -> Map.of());
        }
        return false;
    }

    private <E extends ActivityEntry> boolean apply(String municipalityCode, EventEnvelope<?> envelope, String field,
                                                    Function<Document, E> read, UnaryOperator<E> evolve,
                                                    Function<E, Document> write,
                                                    BiFunction<E, E, Map<String, Long>> figures) {
        String path = field + "." + entryKey(envelope);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            E before = entry(municipalityCode, field, envelope.subject()).map(read).orElse(null);
            if (before != null && before.sequence() >= envelope.aggregateSequence()) {
                return false;
            }
            E after = evolve.apply(before);
            List<Bson> updates = new ArrayList<>();
            updates.add(Updates.set(path, write.apply(after)));
            updates.add(Updates.max(LAST_EVENT_AT, Date.from(envelope.time().toInstant())));
            figures.apply(before, after).forEach((counter, amount) -> updates.add(Updates.inc(counter, amount)));
            Bson unchanged = before == null ? Filters.exists(path, false) : Filters.eq(path + "." + SEQUENCE, before.sequence());
            if (update(Filters.and(Filters.eq(ID, municipalityCode), unchanged), Updates.combine(updates), before == null)) {
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
        return Optional.ofNullable(documents.find(Filters.eq(ID, municipalityCode))
                .projection(ActivityDocuments.forDashboards()).first()).map(ActivityDocuments::read);
    }

    List<MunicipalityActivity> find(Collection<String> municipalityCodes) {
        return documents.find(Filters.in(ID, municipalityCodes)).projection(ActivityDocuments.forDashboards())
                .map(ActivityDocuments::read).into(new ArrayList<>());
    }

    boolean isEmpty() {
        return documents.find().projection(Projections.include(ID)).limit(1).first() == null;
    }

    List<MunicipalityActivity> findAll() {
        return documents.find().projection(ActivityDocuments.forDashboards()).map(ActivityDocuments::read)
                .into(new ArrayList<>());
    }
}
