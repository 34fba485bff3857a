package dk.samspil.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.platform.kafka.RecordPosition;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Counters kept in one document per tally id (a district, say), fed by events of many aggregates, that stay right
 * when Kafka redelivers a record or a producer publishes an event twice.
 *
 * <p>Each aggregate's contribution is remembered by {@code _id} = aggregate id: its attributes (status, level, …),
 * the counter paths they add one to, and the last aggregate sequence applied. An event not newer than that changes
 * nothing. A newer one moves the aggregate's counts from its old paths to its new ones with one atomic {@code $inc}
 * that also records the Kafka offset it came from, per partition, in the tally document: if the process dies between
 * the two writes, the redelivered record finds its offset already applied and only the contribution is written.
 * Every lookup is by {@code _id}, the one index the Mongo-wire server uses; one consumer thread owns each aggregate
 * because the Kafka key is the aggregate id.
 */
public final class IdempotentTally {

    private static final String SEQUENCE = "sequence";
    private static final String TALLY_ID = "tallyId";
    private static final String ATTRIBUTES = "attributes";
    private static final String COUNTERS = "counters";
    private static final String APPLIED_OFFSETS = "appliedOffsets";
    public static final String LAST_EVENT_AT = "lastEventAt";

    private final MongoCollection<Document> tallies;
    private final MongoCollection<Document> contributions;
    private final Function<Map<String, String>, String> tallyIdOf;
    private final Function<Map<String, String>, Set<String>> countersOf;

    /**
     * @param name       the collection of tally documents; contributions live in {@code <name>_contributions}
     * @param tallyIdOf  which tally document an aggregate with these attributes counts in
     * @param countersOf the counter paths (dotted, e.g. {@code municipalities.0101.byStatus.APPROVED}) it adds one to
     */
    public IdempotentTally(MongoDatabase database, String name, Function<Map<String, String>, String> tallyIdOf,
                           Function<Map<String, String>, Set<String>> countersOf) {
        this.tallies = database.getCollection(name);
        this.contributions = database.getCollection(name + "_contributions");
        this.tallyIdOf = tallyIdOf;
        this.countersOf = countersOf;
    }

    /**
     * Applies one event of an aggregate.
     *
     * @param evolve the aggregate's attributes after the event, given those before it (empty for a new aggregate)
     * @return false when the event was not newer than what was applied, and so changed nothing
     */
    public boolean apply(String aggregateId, long aggregateSequence, Instant eventTime, RecordPosition position,
                         UnaryOperator<Map<String, String>> evolve) {
        Document previous = contributions.find(Filters.eq("_id", aggregateId)).first();
        if (previous != null && previous.getLong(SEQUENCE) >= aggregateSequence) {
            return false;
        }
        Map<String, String> before = previous == null ? Map.of() : attributes(previous);
        Set<String> countersBefore = previous == null ? Set.of() : new HashSet<>(previous.getList(COUNTERS, String.class));
        Map<String, String> after = Map.copyOf(evolve.apply(before));
        Set<String> countersAfter = countersOf.apply(after);
        String tallyId = tallyIdOf.apply(after);
        if (previous != null && !tallyId.equals(previous.getString(TALLY_ID))) {
            throw new IllegalStateException("Aggregate " + aggregateId + " cannot move from tally "
                    + previous.getString(TALLY_ID) + " to " + tallyId);
        }

        incrementOnce(tallyId, position, eventTime, countersBefore, countersAfter);
        contributions.replaceOne(Filters.eq("_id", aggregateId), new Document("_id", aggregateId)
                        .append(TALLY_ID, tallyId)
                        .append(SEQUENCE, aggregateSequence)
                        .append(ATTRIBUTES, new Document(after))
                        .append(COUNTERS, List.copyOf(countersAfter)),
                new ReplaceOptions().upsert(true));
        return true;
    }

    public Optional<Document> find(String tallyId) {
        return Optional.ofNullable(tallies.find(Filters.eq("_id", tallyId)).first());
    }

    public List<Document> findAll() {
        return tallies.find().into(new ArrayList<>());
    }

    /** Removes every tally and contribution, for a rebuild from the start of the topics. */
    public void clear() {
        tallies.deleteMany(new Document());
        contributions.deleteMany(new Document());
    }

    private void incrementOnce(String tallyId, RecordPosition position, Instant eventTime,
                               Set<String> countersBefore, Set<String> countersAfter) {
        List<Bson> updates = new ArrayList<>();
        countersBefore.stream().filter(counter -> !countersAfter.contains(counter))
                .forEach(counter -> updates.add(Updates.inc(counter, -1)));
        countersAfter.stream().filter(counter -> !countersBefore.contains(counter))
                .forEach(counter -> updates.add(Updates.inc(counter, 1)));
        String appliedOffset = APPLIED_OFFSETS + "." + position.partitionKey();
        updates.add(Updates.set(appliedOffset, position.offset()));
        updates.add(Updates.max(LAST_EVENT_AT, Date.from(eventTime)));
        Bson notYetApplied = Filters.and(Filters.eq("_id", tallyId), Filters.not(Filters.gte(appliedOffset, position.offset())));
        try {
            tallies.updateOne(notYetApplied, Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert found no document to match because this offset was applied already: nothing to do.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Map<String, String> attributes(Document contribution) {
        Document attributes = contribution.get(ATTRIBUTES, Document.class);
        Map<String, String> result = new HashMap<>();
        attributes.forEach((key, value) -> result.put(key, (String) value));
        return result;
    }
}
