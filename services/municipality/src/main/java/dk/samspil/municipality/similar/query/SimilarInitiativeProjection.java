package dk.samspil.municipality.similar.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeApplicationRevised;
import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.platform.kafka.ReadModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The read model of the similar-initiative search, built from the initiative events of every municipality. Two
 * collections, both read only by {@code _id} (the Mongo-wire server has no {@code $text} and uses no other index):
 * {@value #INITIATIVES}, one document per initiative ({@code _id} = initiative id) with what a hit shows, its status,
 * the ids of the terms it is listed under and the aggregate sequence of the last event applied; and {@value #TERMS},
 * the inverted index, one document per {@link Term} ({@code _id} = term id) listing the initiatives that have it.
 *
 * <p>Only initiatives a search can show are listed in the index: a draft, a rejected or a withdrawn initiative keeps
 * its terms in its own document and is listed when (again) searchable. Drafts are most of the churn, and a term
 * document that many initiatives share is rewritten whole on every change by the Mongo-wire server.
 *
 * <p>An event is applied only if its aggregate sequence is newer than the document's, so redeliveries change nothing.
 * The index is written before the initiative's document: a failure in between leaves the old sequence, and the
 * redelivered event writes the same changes again ({@code $addToSet} and {@code $pull} are idempotent). A status
 * change of an initiative never seen registered (its registration went to the dead-letter topic) records the status
 * only: without an application the initiative is listed under no term and found by no query.
 */
@Component
public class SimilarInitiativeProjection implements ReadModel {

    static final String INITIATIVES = "similar_initiatives";
    static final String TERMS = "similar_initiative_terms";
    static final String INITIATIVE_IDS = "initiatives";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final MongoCollection<Document> initiatives;
    private final MongoCollection<Document> terms;

    public SimilarInitiativeProjection(MongoDatabase readModelDatabase) {
        this.initiatives = readModelDatabase.getCollection(INITIATIVES);
        this.terms = readModelDatabase.getCollection(TERMS);
    }

    @Override
    public boolean isEmpty() {
        return initiatives.find().projection(Projections.include("_id")).first() == null;
    }

    @Override
    public void drop() {
        initiatives.drop();
        terms.drop();
    }

    /**
     * Applies one event of the initiatives topic; events that are not about initiatives change nothing.
     *
     * @return false when the event changed nothing (not an initiative event, or not newer than what was applied)
     * @throws MalformedEventException when the event names no municipality of the reference data
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof InitiativeEvent event)) {
            return false;
        }
        String municipalityCode = municipalityCodeOf(envelope, event);
        Document current = initiatives.find(Filters.eq("_id", event.initiativeId())).first();
        long sequence = envelope.aggregateSequence();
        if (current != null && current.getLong("sequence") >= sequence) {
            return false;
        }
        SearchableApplication application = applicationIn(event);
        InitiativeStatus status = event.resultingStatus();
        Set<String> termIds = application == null ? termIdsOf(current) : application.termIds();
        reindex(event.initiativeId(), listedTermIdsOf(current), isSearchable(status) ? termIds : Set.of());
        Document state = new Document("municipalityCode", municipalityCode)
                .append("status", status.name())
                .append("sequence", sequence);
        if (application == null) {
            initiatives.updateOne(Filters.eq("_id", event.initiativeId()), new Document("$set", state),
                    new UpdateOptions().upsert(true));
        } else {
            Document document = new Document("_id", event.initiativeId()).append("terms", List.copyOf(termIds));
            document.putAll(application.toDocument());
            document.putAll(state);
            initiatives.replaceOne(Filters.eq("_id", event.initiativeId()), document,
                    new ReplaceOptions().upsert(true));
        }
        return true;
    }

    /** The application an event states in full, or null for an event that only changes the status. */
    private static SearchableApplication applicationIn(InitiativeEvent event) {
        if (event instanceof InitiativeRegistered registered) {
            return SearchableApplication.of(registered);
        }
        if (event instanceof InitiativeApplicationRevised revised) {
            return SearchableApplication.of(revised);
        }
        return null;
    }

    private static Set<String> termIdsOf(Document initiative) {
        return initiative == null ? Set.of() : Set.copyOf(initiative.getList("terms", String.class, List.of()));
    }

    /** The terms the index lists the initiative under: its own while it is searchable, none otherwise. */
    private static Set<String> listedTermIdsOf(Document initiative) {
        return initiative != null && initiative.getString("status") != null
                && isSearchable(InitiativeStatus.valueOf(initiative.getString("status"))) ? termIdsOf(initiative) : Set.of();
    }

    private static boolean isSearchable(InitiativeStatus status) {
        return !SimilarInitiativeSearch.EXCLUDED.contains(status);
    }

    private void reindex(String initiativeId, Set<String> before, Set<String> after) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        removed.forEach(term -> writes.add(new UpdateOneModel<>(Filters.eq("_id", term),
                Updates.pull(INITIATIVE_IDS, initiativeId))));
        after.stream().filter(term -> !before.contains(term)).forEach(term -> writes.add(new UpdateOneModel<>(
                Filters.eq("_id", term), Updates.addToSet(INITIATIVE_IDS, initiativeId),
                new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            terms.bulkWrite(writes);
        }
    }

    private String municipalityCodeOf(EventEnvelope<?> envelope, InitiativeEvent event) {
        try {
            return referenceData.municipality(event.municipalityCode()).code();
        } catch (UnknownMunicipalityException e) {
            throw new MalformedEventException("Event " + envelope.id() + " names no municipality: " + e.getMessage(),
                    e);
        }
    }
}
