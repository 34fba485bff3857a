package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes fields of a read-model document only if the event is newer than the one last applied through the same
 * sequence field: one atomic conditional upsert, so redelivered and older events change nothing, and two consumer
 * threads writing different parts of one document (a decision made by the district council, reported on by a local
 * council) never overwrite each other. On the Mongo-wire server a filter beyond {@code _id} scans the collection;
 * these collections hold concerns, decisions and councils (hundreds of documents), not initiatives.
 */
final class SequenceGuard {

    private static final String ID = "_id";

    private SequenceGuard() {
    }

    /**
     * @param sequenceField where the aggregate sequence of the last event applied is kept (a path such as
     *                      {@code assignments.LR-0336.sequence} for one aggregate's part of the document)
     * @param fields        the {@code $set} of the event, without the sequence
     * @return false when the document has seen this sequence or a newer one
     */
    static boolean setIfNewer(MongoCollection<Document> collection, String id, String sequenceField, long sequence,
                              Document fields) {
        Bson notYetApplied = Filters.and(Filters.eq(ID, id), Filters.not(Filters.gte(sequenceField, sequence)));
        Document update = new Document("$set", new Document(fields).append(sequenceField, sequence));
        try {
            return changed(collection.updateOne(notYetApplied, update, new UpdateOptions().upsert(true)));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The document exists: either it has seen this sequence, or another thread inserted it meanwhile.
            return changed(collection.updateOne(notYetApplied, update));
        }
    }

    private static boolean changed(UpdateResult result) {
        return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
    }
}
