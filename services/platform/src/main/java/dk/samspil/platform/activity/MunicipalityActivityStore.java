package dk.samspil.platform.activity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.events.EventEnvelope;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;

/**
 * The municipalities' activity documents. Each event costs one read and one conditional write of its municipality's
 * document, so a crash between two writes cannot count anything twice. Different aggregates of one municipality may
 * be consumed by different threads: a write that finds another version than it read starts over.
 */
final class MunicipalityActivityStore {

    private static final int ATTEMPTS = 50;

    private final MongoCollection<Document> documents;

    MunicipalityActivityStore(MongoDatabase database, String collection) {
        this.documents = database.getCollection(collection);
    }

    /**
     * @param municipalityCode the event's municipality, four digits
     * @return false when the event changed nothing
     */
    boolean apply(String municipalityCode, EventEnvelope<?> envelope) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MunicipalityActivity before = find(municipalityCode).orElseGet(() -> MunicipalityActivity.none(municipalityCode));
            Optional<MunicipalityActivity> after = before.after(envelope);
            if (after.isEmpty()) {
                return false;
            }
            if (replace(before, after.get())) {
                return true;
            }
        }
        // Not malformed: the consumer's error handler tries the record again after a pause.
        throw new ConcurrentModificationException("Kommune " + municipalityCode + " changed under event " + envelope.id()
                + " " + ATTEMPTS + " times in a row");
    }

    Optional<MunicipalityActivity> find(String municipalityCode) {
        return Optional.ofNullable(documents.find(Filters.eq(ActivityDocuments.ID, municipalityCode)).first())
                .map(ActivityDocuments::read);
    }

    List<MunicipalityActivity> find(Collection<String> municipalityCodes) {
        return documents.find(Filters.in(ActivityDocuments.ID, municipalityCodes)).map(ActivityDocuments::read)
                .into(new ArrayList<>());
    }

    boolean isEmpty() {
        return documents.find().limit(1).first() == null;
    }

    List<MunicipalityActivity> findAll() {
        return documents.find().map(ActivityDocuments::read).into(new ArrayList<>());
    }

    /** False when another writer got there first. */
    private boolean replace(MunicipalityActivity before, MunicipalityActivity after) {
        Document document = ActivityDocuments.write(after);
        if (before.version() == 0) {
            try {
                documents.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return documents.replaceOne(Filters.and(Filters.eq(ActivityDocuments.ID, before.municipalityCode()),
                Filters.eq(ActivityDocuments.VERSION, before.version())), document).getMatchedCount() == 1;
    }
}
