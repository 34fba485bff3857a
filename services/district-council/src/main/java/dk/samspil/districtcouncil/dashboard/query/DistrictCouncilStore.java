package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.reference.Theme;
import org.bson.Document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One document per district council ({@code _id} = politikredskode) with its priorities and its published cooperation
 * plan, each guarded by a sequence of its own so that an older event of one part never hides a newer one of the other.
 */
final class DistrictCouncilStore {

    static final String COLLECTION = "dashboard_district_councils";

    private static final String PRIORITIES = "priorities";
    private static final String PLAN = "cooperationPlan";

    private final MongoCollection<Document> councils;

    DistrictCouncilStore(MongoDatabase database) {
        this.councils = database.getCollection(COLLECTION);
    }

    boolean apply(EventEnvelope<?> envelope, DistrictPrioritiesSet set) {
        Document priorities = new Document("periodStart", set.periodStart().toString())
                .append("periodEnd", set.periodEnd().toString())
                .append("items", set.priorities().stream()
                        .map(priority -> new Document("theme", priority.theme().name()).append("goal", priority.goal()))
                        .toList());
        return SequenceGuard.setIfNewer(councils, set.districtCode(), PRIORITIES + "Sequence",
                envelope.aggregateSequence(), new Document(PRIORITIES, priorities));
    }

    boolean apply(EventEnvelope<?> envelope, CooperationPlanPublished published) {
        Document plan = new Document("publishedVersion", published.version())
                .append("publishedOn", published.publishedOn().toString())
                .append("title", published.title());
        return SequenceGuard.setIfNewer(councils, published.districtCode(), PLAN + "Sequence",
                envelope.aggregateSequence(), new Document(PLAN, plan));
    }

    Optional<SetPriorities> priorities(String districtCode) {
        return part(districtCode, PRIORITIES).map(priorities -> new SetPriorities(
                LocalDate.parse(priorities.getString("periodStart")), LocalDate.parse(priorities.getString("periodEnd")),
                priorities.getList("items", Document.class).stream()
                        .map(item -> new Priority(Theme.valueOf(item.getString("theme")), item.getString("goal")))
                        .toList()));
    }

    Optional<CooperationPlanState> cooperationPlan(String districtCode) {
        return part(districtCode, PLAN).map(plan -> new CooperationPlanState(plan.getInteger("publishedVersion"),
                LocalDate.parse(plan.getString("publishedOn")), plan.getString("title")));
    }

    void drop() {
        councils.drop();
    }

    boolean isEmpty() {
        return councils.find().limit(1).first() == null;
    }

    private Optional<Document> part(String districtCode, String field) {
        return Optional.ofNullable(councils.find(Filters.eq("_id", districtCode)).first())
                .map(document -> document.get(field, Document.class));
    }
}
