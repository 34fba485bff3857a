package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.localcouncil.council.command.DecisionImplementationReportedEvent;
import dk.samspil.localcouncil.council.command.DecisionReceivedEvent;
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
 * The decisions assigned to each local council, one document per council and decision ({@code _id} =
 * {@code LR-0336/decision id}: one decision may go to several councils). An event is applied only if its aggregate
 * sequence is newer than the document's, so replays and retries change nothing.
 */
@Component
@ProcessingGroup("assigned-decisions")
public class AssignedDecisionProjection {

    private final MongoCollection<Document> decisions;

    public AssignedDecisionProjection(MongoDatabase readModelDatabase) {
        this.decisions = readModelDatabase.getCollection("assigned-decisions");
    }

    @EventHandler
    void on(DecisionReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant receivedAt) {
        String id = idOf(event.localCouncilId(), event.decisionId());
        if (isApplied(id, sequence)) {
            return;
        }
        Document decision = new Document("_id", id)
                .append("localCouncilId", event.localCouncilId())
                .append("districtCode", event.districtCode())
                .append("decisionId", event.decisionId())
                .append("title", event.title())
                .append("description", event.description())
                .append("themes", Labelled.names(event.themes()))
                .append("dueDate", event.dueDate() == null ? null : event.dueDate().toString())
                .append("status", DecisionImplementationStatus.PLANNED.name())
                .append("notes", List.of())
                .append("receivedAt", Date.from(receivedAt))
                .append("sequence", sequence);
        decisions.replaceOne(Filters.eq("_id", id), decision, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(DecisionImplementationReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant reportedAt) {
        String id = idOf(event.localCouncilId(), event.decisionId());
        if (isApplied(id, sequence)) {
            return;
        }
        decisions.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", event.status().name()),
                Updates.push("notes", new Document("status", event.status().name())
                        .append("note", event.note())
                        .append("reportedOn", event.reportedOn().toString())
                        .append("reportedAt", Date.from(reportedAt))),
                Updates.set("sequence", sequence)));
    }

    /** Soonest due first. */
    @QueryHandler
    public List<AssignedDecisionView> handle(FetchAssignedDecisionsQuery query) {
        return decisions.find(Filters.eq("localCouncilId", query.localCouncilId()))
                .sort(Sorts.ascending("dueDate", "receivedAt"))
                .map(AssignedDecisionProjection::view)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        decisions.deleteMany(new Document());
    }

    private static String idOf(String localCouncilId, String decisionId) {
        return localCouncilId + "/" + decisionId;
    }

    private boolean isApplied(String id, long sequence) {
        Document current = decisions.find(Filters.eq("_id", id)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    private static AssignedDecisionView view(Document decision) {
        DecisionImplementationStatus status = DecisionImplementationStatus.valueOf(decision.getString("status"));
        var themes = Labelled.themes(decision.getList("themes", String.class));
        String dueDate = decision.getString("dueDate");
        return new AssignedDecisionView(decision.getString("decisionId"), decision.getString("localCouncilId"),
                decision.getString("districtCode"), decision.getString("title"), decision.getString("description"),
                themes, Labelled.labels(themes), dueDate == null ? null : LocalDate.parse(dueDate), status,
                status.label(), decision.getList("notes", Document.class).stream().map(AssignedDecisionProjection::note).toList(),
                decision.getDate("receivedAt").toInstant());
    }

    private static AssignedDecisionView.Note note(Document stored) {
        DecisionImplementationStatus status = DecisionImplementationStatus.valueOf(stored.getString("status"));
        return new AssignedDecisionView.Note(status, status.label(), stored.getString("note"),
                LocalDate.parse(stored.getString("reportedOn")), stored.getDate("reportedAt").toInstant());
    }
}
