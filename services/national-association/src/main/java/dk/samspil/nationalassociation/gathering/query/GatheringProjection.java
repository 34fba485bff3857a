package dk.samspil.nationalassociation.gathering.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.gathering.command.GatheringCancelledEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringHeldEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringPlannedEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gatherings: one document per gathering ({@code _id} = gatheringId). {@code takesPlaceOn} is the planned date
 * until the gathering is held, then the day it was held: the list is sorted and filtered by year on it, so a course
 * moved into January counts in the year it took place. The document keeps the sequence of the last event applied; an
 * event not newer than that changes nothing, so replays and redeliveries are harmless.
 */
@Component
@ProcessingGroup("gatherings")
public class GatheringProjection {

    static final String NATIONWIDE = "Hele landet";

    private final MongoCollection<Document> gatherings;
    private final ReferenceData referenceData = ReferenceData.instance();

    public GatheringProjection(MongoDatabase readModelDatabase) {
        this.gatherings = readModelDatabase.getCollection("national-gatherings");
    }

    @EventHandler
    void on(GatheringPlannedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.gatheringId(), sequence, Updates.combine(
                Updates.set("kind", event.kind().name()),
                Updates.set("districtCode", event.districtCode()),
                Updates.set("subject", event.subject()),
                Updates.set("date", event.date().toString()),
                Updates.set("organiser", event.organiser()),
                Updates.set("status", GatheringStatus.PLANNED.name()),
                takesPlaceOn(event.date())));
    }

    @EventHandler
    void on(GatheringHeldEvent event, @SequenceNumber long sequence) {
        List<Document> participants = event.participants().stream()
                .map(entry -> new Document("municipalityCode", entry.municipalityCode())
                        .append("districtCode", entry.districtCode())
                        .append("participants", entry.participants()))
                .toList();
        applyIfNewer(event.gatheringId(), sequence, Updates.combine(
                Updates.set("status", GatheringStatus.HELD.name()),
                Updates.set("heldOn", event.heldOn().toString()),
                Updates.set("participants", participants),
                Updates.set("totalParticipants", event.totalParticipants()),
                takesPlaceOn(event.heldOn())));
    }

    @EventHandler
    void on(GatheringCancelledEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.gatheringId(), sequence, Updates.combine(
                Updates.set("status", GatheringStatus.CANCELLED.name()),
                Updates.set("cancellationReason", event.reason())));
    }

    @QueryHandler
    public Optional<GatheringView> handle(FetchGatheringQuery query) {
        return Optional.ofNullable(gatherings.find(Filters.eq("_id", query.gatheringId())).first()).map(this::view);
    }

    @QueryHandler
    public List<GatheringView> handle(FetchGatheringsQuery query) {
        return gatherings.find(filter(query)).sort(Sorts.ascending("takesPlaceOn", "_id")).map(this::view)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        gatherings.deleteMany(new Document());
    }

    private void applyIfNewer(String gatheringId, long sequence, Bson change) {
        Document current = gatherings.find(Filters.eq("_id", gatheringId)).projection(new Document("sequence", 1))
                .first();
        if (current != null && current.getLong("sequence") >= sequence) {
            return;
        }
        gatherings.updateOne(Filters.eq("_id", gatheringId), Updates.combine(change, Updates.set("sequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private static Bson takesPlaceOn(LocalDate day) {
        return Updates.combine(Updates.set("takesPlaceOn", day.toString()), Updates.set("year", day.getYear()));
    }

    private static Bson filter(FetchGatheringsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.district() != null) {
            String districtCode = FetchGatheringsQuery.NATIONAL.equals(query.district()) ? null : query.district();
            filters.add(Filters.eq("districtCode", districtCode));
        }
        if (query.year() != null) {
            filters.add(Filters.eq("year", query.year()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private GatheringView view(Document gathering) {
        GatheringKind kind = GatheringKind.valueOf(gathering.getString("kind"));
        GatheringStatus status = GatheringStatus.valueOf(gathering.getString("status"));
        String districtCode = gathering.getString("districtCode");
        return new GatheringView(gathering.getString("_id"), kind, kind.label(), districtCode,
                districtName(districtCode), gathering.getString("subject"), date(gathering, "date"),
                gathering.getString("organiser"), status, status.label(), date(gathering, "heldOn"),
                participants(gathering), gathering.get("totalParticipants", 0),
                gathering.getString("cancellationReason"));
    }

    private String districtName(String districtCode) {
        return districtCode == null ? NATIONWIDE : referenceData.district(districtCode).name();
    }

    private List<GatheringView.Participants> participants(Document gathering) {
        return gathering.getList("participants", Document.class, List.of()).stream()
                .map(entry -> {
                    String code = entry.getString("municipalityCode");
                    return new GatheringView.Participants(code, referenceData.municipality(code).name(),
                            entry.getString("districtCode"), entry.getInteger("participants"));
                })
                .toList();
    }

    private static LocalDate date(Document document, String field) {
        String value = document.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
