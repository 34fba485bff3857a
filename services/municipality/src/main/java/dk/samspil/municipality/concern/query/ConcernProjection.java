package dk.samspil.municipality.concern.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concern.command.ConcernConfirmedEvent;
import dk.samspil.municipality.concern.command.ConcernEscalatedEvent;
import dk.samspil.municipality.concern.command.ConcernRaisedEvent;
import dk.samspil.municipality.concern.command.ConcernResolvedEvent;
import dk.samspil.municipality.concern.command.ConcernUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The concerns, one document per concern ({@code _id} = concern id) with its notes, confirmations and escalations.
 * Times are BSON dates so they sort. An event is applied only if its aggregate sequence is newer than the document's,
 * so replays and retries change nothing.
 */
@Component
@ProcessingGroup("concerns")
public class ConcernProjection {

    private static final List<String> OPEN = List.of(ConcernStatus.RAISED.name(), ConcernStatus.ESCALATED.name());

    private final MongoCollection<Document> concerns;

    public ConcernProjection(MongoDatabase readModelDatabase) {
        this.concerns = readModelDatabase.getCollection("concerns");
    }

    @EventHandler
    void on(ConcernRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isApplied(event.concernId(), sequence)) {
            return;
        }
        Document concern = new Document("_id", event.concernId())
                .append("municipalityCode", event.municipalityCode())
                .append("title", event.title())
                .append("description", event.description())
                .append("themes", event.themes().stream().map(Theme::name).toList())
                .append("severity", event.severity().name())
                .append("status", ConcernStatus.RAISED.name())
                .append("municipalityCodes", event.municipalityCodes())
                .append("districtCodes", event.districtCodes())
                .append("escalatedDistrictCodes", List.of())
                .append("observedOn", event.observedOn().toString())
                .append("raisedAt", Date.from(at))
                .append("notes", List.of())
                .append("confirmations", List.of())
                .append("escalations", List.of())
                .append("sequence", sequence);
        concerns.replaceOne(Filters.eq("_id", event.concernId()), concern, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ConcernUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.concernId(), sequence, Updates.combine(
                Updates.set("severity", event.severity().name()),
                Updates.push("notes", new Document("municipalityCode", event.updatedBy())
                        .append("at", Date.from(at))
                        .append("text", event.note())
                        .append("severity", event.severity().name()))));
    }

    @EventHandler
    void on(ConcernConfirmedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.concernId(), sequence, Updates.combine(
                Updates.set("municipalityCodes", event.municipalityCodes()),
                Updates.set("districtCodes", event.districtCodes()),
                Updates.push("confirmations", new Document("municipalityCode", event.confirmedBy())
                        .append("at", Date.from(at))
                        .append("note", event.note()))));
    }

    @EventHandler
    void on(ConcernEscalatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.concernId(), sequence, Updates.combine(
                Updates.set("status", ConcernStatus.ESCALATED.name()),
                Updates.set("escalatedDistrictCodes", event.escalatedDistrictCodes()),
                Updates.push("escalations", new Document("districtCodes", event.districtCodes())
                        .append("reason", event.reason())
                        .append("at", Date.from(at)))));
    }

    @EventHandler
    void on(ConcernResolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.concernId(), sequence, Updates.combine(
                Updates.set("status", ConcernStatus.RESOLVED.name()),
                Updates.set("resolution", event.resolution()),
                Updates.set("resolvedAt", Date.from(at))));
    }

    @QueryHandler
    public Optional<ConcernView> handle(FetchConcernQuery query) {
        return Optional.ofNullable(concerns.find(Filters.eq("_id", query.concernId())).first())
                .map(ConcernProjection::view);
    }

    @QueryHandler
    public List<ConcernView> handle(FetchMunicipalityConcernsQuery query) {
        Bson touching = Filters.or(Filters.eq("municipalityCode", query.municipalityCode()),
                Filters.eq("municipalityCodes", query.municipalityCode()),
                Filters.eq("districtCodes", query.districtCode()));
        Bson filter = switch (query.selection()) {
            case OPEN -> Filters.and(touching, Filters.in("status", OPEN));
            case RESOLVED -> Filters.and(touching, Filters.eq("status", ConcernStatus.RESOLVED.name()));
            case ALL -> touching;
        };
        return concerns.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("raisedAt"), Sorts.ascending("_id")))
                .map(ConcernProjection::view)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        concerns.deleteMany(new Document());
    }

    private void update(String concernId, long sequence, Bson change) {
        if (isApplied(concernId, sequence)) {
            return;
        }
        concerns.updateOne(Filters.eq("_id", concernId), Updates.combine(change, Updates.set("sequence", sequence)));
    }

    private boolean isApplied(String concernId, long sequence) {
        Document current = concerns.find(Filters.eq("_id", concernId)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    private static ConcernView view(Document concern) {
        return new ConcernView(concern.getString("_id"), concern.getString("municipalityCode"),
                concern.getString("title"), concern.getString("description"),
                concern.getList("themes", String.class).stream().map(Theme::valueOf).toList(),
                ConcernSeverity.valueOf(concern.getString("severity")),
                ConcernStatus.valueOf(concern.getString("status")),
                concern.getList("municipalityCodes", String.class), concern.getList("districtCodes", String.class),
                concern.getList("escalatedDistrictCodes", String.class),
                LocalDate.parse(concern.getString("observedOn")), instant(concern.getDate("raisedAt")),
                concern.getList("notes", Document.class).stream()
                        .map(note -> new ConcernView.Note(note.getString("municipalityCode"),
                                instant(note.getDate("at")), note.getString("text"),
                                ConcernSeverity.valueOf(note.getString("severity"))))
                        .toList(),
                concern.getList("confirmations", Document.class).stream()
                        .map(confirmation -> new ConcernView.Confirmation(confirmation.getString("municipalityCode"),
                                instant(confirmation.getDate("at")), confirmation.getString("note")))
                        .toList(),
                concern.getList("escalations", Document.class).stream()
                        .map(escalation -> new ConcernView.Escalation(escalation.getList("districtCodes", String.class),
                                escalation.getString("reason"), instant(escalation.getDate("at"))))
                        .toList(),
                concern.getString("resolution"), instant(concern.getDate("resolvedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
