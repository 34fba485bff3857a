package dk.samspil.municipality.initiative.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The municipality's list of its initiatives, one document per initiative ({@code _id} = initiative id). An event
 * is applied only if its aggregate sequence is newer than the document's, so replays and retries change nothing.
 */
@Component
@ProcessingGroup("initiative-list")
public class InitiativeListProjection {

    private final MongoCollection<Document> initiatives;

    public InitiativeListProjection(MongoDatabase readModelDatabase) {
        this.initiatives = readModelDatabase.getCollection("initiatives");
        initiatives.createIndex(Indexes.ascending("municipalityCode"));
    }

    @EventHandler
    void on(InitiativeRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isApplied(event.initiativeId(), sequence)) {
            return;
        }
        Document initiative = new Document("_id", event.initiativeId())
                .append("municipalityCode", event.municipalityCode())
                .append("name", event.name())
                .append("status", InitiativeStatus.SUBMITTED.name())
                .append("preventionLevel", event.preventionLevel().name())
                .append("scope", event.scope().name())
                .append("startDate", event.startDate().toString())
                .append("endDate", event.endDate().toString())
                .append("themes", event.themes())
                .append("registeredAt", Date.from(at))
                .append("sequence", sequence);
        initiatives.replaceOne(Filters.eq("_id", event.initiativeId()), initiative, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(InitiativeApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isApplied(event.initiativeId(), sequence)) {
            return;
        }
        initiatives.updateOne(Filters.eq("_id", event.initiativeId()), Updates.combine(
                Updates.set("status", InitiativeStatus.APPROVED.name()),
                Updates.set("approvedAt", Date.from(at)),
                Updates.set("sequence", sequence)));
    }

    @QueryHandler
    public List<InitiativeSummary> handle(FetchMunicipalityInitiativesQuery query) {
        return initiatives.find(Filters.eq("municipalityCode", query.municipalityCode()))
                .sort(Sorts.orderBy(Sorts.descending("registeredAt"), Sorts.ascending("_id")))
                .map(InitiativeListProjection::summary)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        initiatives.deleteMany(new Document());
    }

    private boolean isApplied(String initiativeId, long sequence) {
        Document current = initiatives.find(Filters.eq("_id", initiativeId)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    private static InitiativeSummary summary(Document document) {
        Date approvedAt = document.getDate("approvedAt");
        return new InitiativeSummary(document.getString("_id"), document.getString("municipalityCode"),
                document.getString("name"), InitiativeStatus.valueOf(document.getString("status")),
                PreventionLevel.valueOf(document.getString("preventionLevel")),
                InitiativeScope.valueOf(document.getString("scope")),
                LocalDate.parse(document.getString("startDate")), LocalDate.parse(document.getString("endDate")),
                document.getList("themes", String.class), document.getDate("registeredAt").toInstant(),
                approvedAt == null ? null : approvedAt.toInstant());
    }
}
