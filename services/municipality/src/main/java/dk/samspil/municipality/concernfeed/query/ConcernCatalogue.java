package dk.samspil.municipality.concernfeed.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Every concern the feed has heard of, in its current state ({@code _id} = concern id), so that a later step or a new
 * subscription can re-evaluate it. {@code fannedOut} is the sequence whose feed entries were all written: a
 * redelivered event whose fan-out was cut short writes the missing entries.
 */
@Component
class ConcernCatalogue {

    private final MongoCollection<Document> concerns;

    ConcernCatalogue(MongoDatabase readModelDatabase) {
        this.concerns = readModelDatabase.getCollection("concern_catalogue");
    }

    Optional<Document> document(String concernId) {
        return Optional.ofNullable(concerns.find(Filters.eq("_id", concernId)).first());
    }

    Optional<CatalogueConcern> find(String concernId) {
        return document(concernId).map(ConcernCatalogue::concern);
    }

    List<CatalogueConcern> all() {
        return concerns.find().map(ConcernCatalogue::concern).into(new ArrayList<>());
    }

    boolean isEmpty() {
        return concerns.find().limit(1).first() == null;
    }

    void drop() {
        concerns.drop();
    }

    void save(CatalogueConcern concern, long fannedOut) {
        Document document = new Document("_id", concern.concernId())
                .append("raisedBy", concern.raisedBy())
                .append("title", concern.title())
                .append("themes", concern.themes().stream().map(Theme::name).toList())
                .append("severity", concern.severity().name())
                .append("status", concern.status().name())
                .append("municipalityCodes", concern.municipalityCodes())
                .append("districtCodes", concern.districtCodes())
                .append("lastStep", concern.lastStep().name())
                .append("eventType", concern.eventType())
                .append("lastActivityAt", Date.from(concern.lastActivityAt()))
                .append("sequence", concern.sequence())
                .append("fannedOut", fannedOut)
                .append("listedIn", List.copyOf(concern.listedIn()));
        concerns.replaceOne(Filters.eq("_id", concern.concernId()), document, new ReplaceOptions().upsert(true));
    }

    void listedIn(String concernId, String municipalityCode) {
        concerns.updateOne(Filters.eq("_id", concernId), Updates.addToSet("listedIn", municipalityCode));
    }

    void fannedOut(String concernId, long sequence) {
        concerns.updateOne(Filters.eq("_id", concernId), Updates.max("fannedOut", sequence));
    }

    void clear() {
        concerns.deleteMany(new Document());
    }

    static CatalogueConcern concern(Document document) {
        return new CatalogueConcern(document.getString("_id"), document.getString("raisedBy"),
                document.getString("title"),
                document.getList("themes", String.class).stream().map(Theme::valueOf).toList(),
                ConcernSeverity.valueOf(document.getString("severity")),
                ConcernStatus.valueOf(document.getString("status")),
                document.getList("municipalityCodes", String.class), document.getList("districtCodes", String.class),
                ConcernStep.valueOf(document.getString("lastStep")), document.getString("eventType"),
                document.getDate("lastActivityAt").toInstant(), document.getLong("sequence"),
                new LinkedHashSet<>(document.getList("listedIn", String.class)));
    }
}
