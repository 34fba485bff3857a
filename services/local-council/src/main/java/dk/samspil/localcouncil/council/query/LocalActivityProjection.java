package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.localcouncil.council.command.LocalActivityRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The local councils' activities, one document per activity ({@code _id} = activity id). An activity is one event, so
 * writing its whole document again (a replay) changes nothing.
 */
@Component
@ProcessingGroup("local-activities")
public class LocalActivityProjection {

    private final MongoCollection<Document> activities;

    public LocalActivityProjection(MongoDatabase readModelDatabase) {
        this.activities = readModelDatabase.getCollection("local-activities");
    }

    @EventHandler
    void on(LocalActivityRecordedEvent event, @Timestamp Instant recordedAt) {
        Document activity = new Document("_id", event.activityId())
                .append("localCouncilId", event.localCouncilId())
                .append("districtCode", event.districtCode())
                .append("kind", event.kind().name())
                .append("title", event.title())
                .append("description", event.description())
                .append("themes", Labelled.names(event.themes()))
                .append("municipalityCodes", event.municipalityCodes())
                .append("heldOn", event.heldOn().toString())
                .append("participants", event.participants())
                .append("recordedAt", Date.from(recordedAt));
        activities.replaceOne(Filters.eq("_id", event.activityId()), activity, new ReplaceOptions().upsert(true));
    }

    /** Latest held first. */
    @QueryHandler
    public List<LocalActivityView> handle(FetchLocalActivitiesQuery query) {
        return activities.find(Filters.eq("localCouncilId", query.localCouncilId()))
                .sort(Sorts.descending("heldOn", "recordedAt"))
                .map(LocalActivityProjection::view)
                .into(new ArrayList<>());
    }

    @QueryHandler
    public Long handle(CountLocalActivitiesQuery query) {
        return activities.countDocuments(Filters.eq("localCouncilId", query.localCouncilId()));
    }

    @QueryHandler
    public Optional<LocalActivityView> handle(FetchLocalActivityQuery query) {
        return Optional.ofNullable(activities.find(Filters.eq("_id", query.activityId())).first())
                .filter(found -> found.getString("localCouncilId").equals(query.localCouncilId()))
                .map(LocalActivityProjection::view);
    }

    @ResetHandler
    void reset() {
        activities.deleteMany(new Document());
    }

    private static LocalActivityView view(Document activity) {
        LocalActivityKind kind = LocalActivityKind.valueOf(activity.getString("kind"));
        var themes = Labelled.themes(activity.getList("themes", String.class));
        return new LocalActivityView(activity.getString("_id"), activity.getString("localCouncilId"), kind, kind.label(),
                activity.getString("title"), activity.getString("description"), themes, Labelled.labels(themes),
                Labelled.municipalities(activity.getList("municipalityCodes", String.class)),
                LocalDate.parse(activity.getString("heldOn")), activity.getInteger("participants"),
                activity.getDate("recordedAt").toInstant());
    }
}
