package dk.samspil.districtcouncil.council.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.districtcouncil.council.command.CooperationPlanDraftedEvent;
import dk.samspil.districtcouncil.council.command.CooperationPlanPublishedEvent;
import dk.samspil.districtcouncil.council.command.CooperationPlanStatus;
import dk.samspil.districtcouncil.council.command.DecisionAssignedEvent;
import dk.samspil.districtcouncil.council.command.DecisionMadeEvent;
import dk.samspil.districtcouncil.council.command.DistrictPrioritiesSetEvent;
import dk.samspil.districtcouncil.council.command.MeetingScheduledEvent;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The district councils: one document per council ({@code _id} = politikredskode) with its priorities and plan, one
 * per meeting and one per decision. Each document keeps the council's sequence of the last event applied to it; an
 * event not newer than that changes nothing, so replays and retries are harmless.
 */
@Component
@ProcessingGroup("district-councils")
public class DistrictCouncilProjection {

    private final MongoCollection<Document> councils;
    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> decisions;
    private final LocalCouncils localCouncils;
    private final ReferenceData referenceData = ReferenceData.instance();

    public DistrictCouncilProjection(MongoDatabase readModelDatabase, LocalCouncils localCouncils) {
        this.councils = readModelDatabase.getCollection("district-councils");
        this.meetings = readModelDatabase.getCollection("district-council-meetings");
        this.decisions = readModelDatabase.getCollection("district-council-decisions");
        this.localCouncils = localCouncils;
    }

    @EventHandler
    void on(DistrictPrioritiesSetEvent event, @SequenceNumber long sequence) {
        applyIfNewer(councils, event.districtCode(), sequence, Updates.set("priorities",
                new Document("periodStart", event.periodStart().toString())
                        .append("periodEnd", event.periodEnd().toString())
                        .append("items", event.priorities().stream()
                                .map(priority -> new Document("theme", priority.theme().name())
                                        .append("goal", priority.goal()))
                                .toList())));
    }

    @EventHandler
    void on(CooperationPlanDraftedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(councils, event.districtCode(), sequence, Updates.set("latestDraft",
                plan(event.version(), event.title(), event.periodStart(), event.periodEnd(), event.text())));
    }

    @EventHandler
    void on(CooperationPlanPublishedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(councils, event.districtCode(), sequence, Updates.set("published",
                plan(event.version(), event.title(), event.periodStart(), event.periodEnd(), event.text())
                        .append("publishedOn", event.publishedOn().toString())));
    }

    @EventHandler
    void on(MeetingScheduledEvent event, @SequenceNumber long sequence) {
        applyIfNewer(meetings, event.meetingId(), sequence, Updates.combine(
                Updates.set("districtCode", event.districtCode()),
                Updates.set("date", event.date().toString()),
                Updates.set("agenda", event.agenda().stream()
                        .map(item -> new Document("kind", item.kind().name())
                                .append("reference", item.reference())
                                .append("title", item.title()))
                        .toList())));
    }

    @EventHandler
    void on(DecisionMadeEvent event, @SequenceNumber long sequence) {
        applyIfNewer(decisions, event.decisionId(), sequence, Updates.combine(
                Updates.set("districtCode", event.districtCode()),
                Updates.set("meetingId", event.meetingId()),
                Updates.set("title", event.title()),
                Updates.set("description", event.description()),
                Updates.set("themes", event.themes().stream().map(Theme::name).toList()),
                Updates.set("localCouncilIds", event.localCouncilIds()),
                Updates.set("dueDate", event.dueDate().toString())));
    }

    @EventHandler
    void on(DecisionAssignedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(decisions, event.decisionId(), sequence,
                Updates.set("localCouncilIds", event.assignedLocalCouncilIds()));
    }

    @QueryHandler
    public DistrictCouncilView handle(FetchDistrictCouncilQuery query) {
        String districtCode = query.districtCode();
        Document council = Optional.ofNullable(councils.find(Filters.eq("_id", districtCode)).first())
                .orElseGet(Document::new);
        Map<String, List<DistrictCouncilView.Decision>> decisionsByMeeting = decisions
                .find(Filters.eq("districtCode", districtCode))
                .sort(Sorts.ascending("dueDate", "_id"))
                .into(new ArrayList<>()).stream()
                .collect(Collectors.groupingBy(decision -> decision.getString("meetingId"),
                        Collectors.mapping(this::decision, Collectors.toList())));
        List<DistrictCouncilView.Meeting> meetingViews = meetings.find(Filters.eq("districtCode", districtCode))
                .sort(Sorts.ascending("date", "_id"))
                .map(meeting -> meeting(meeting, decisionsByMeeting.getOrDefault(meeting.getString("_id"), List.of())))
                .into(new ArrayList<>());
        return new DistrictCouncilView(districtCode, districtName(districtCode),
                priorities(council.get("priorities", Document.class)), planState(council), meetingViews);
    }

    @QueryHandler
    public Optional<CooperationPlanView> handle(FetchPublishedCooperationPlanQuery query) {
        return planOf(query.districtCode(), "published");
    }

    @QueryHandler
    public Optional<CooperationPlanView> handle(FetchCooperationPlanDraftQuery query) {
        return planOf(query.districtCode(), "latestDraft");
    }

    @ResetHandler
    void reset() {
        councils.deleteMany(new Document());
        meetings.deleteMany(new Document());
        decisions.deleteMany(new Document());
    }

    private static void applyIfNewer(MongoCollection<Document> collection, String id, long sequence, Bson change) {
        Document current = collection.find(Filters.eq("_id", id)).projection(new Document("sequence", 1)).first();
        if (current != null && current.getLong("sequence") >= sequence) {
            return;
        }
        collection.updateOne(Filters.eq("_id", id), Updates.combine(change, Updates.set("sequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private static Document plan(int version, String title, LocalDate periodStart, LocalDate periodEnd, String text) {
        return new Document("version", version)
                .append("title", title)
                .append("periodStart", periodStart.toString())
                .append("periodEnd", periodEnd.toString())
                .append("text", text);
    }

    private Optional<CooperationPlanView> planOf(String districtCode, String field) {
        Document council = councils.find(Filters.eq("_id", districtCode)).first();
        if (council == null || council.get(field) == null) {
            return Optional.empty();
        }
        Document plan = council.get(field, Document.class);
        int version = plan.getInteger("version");
        return Optional.of(new CooperationPlanView(districtCode, districtName(districtCode), version,
                plan.getString("title"), date(plan, "periodStart"), date(plan, "periodEnd"), plan.getString("text"),
                publishedOn(council, version)));
    }

    /** The day the version was published, if it is the published one. */
    private static LocalDate publishedOn(Document council, int version) {
        Document published = council.get("published", Document.class);
        return published != null && published.getInteger("version") == version ? date(published, "publishedOn") : null;
    }

    private static DistrictCouncilView.CooperationPlan planState(Document council) {
        Document draft = council.get("latestDraft", Document.class);
        Document published = council.get("published", Document.class);
        Integer draftVersion = draft == null ? null : draft.getInteger("version");
        Integer publishedVersion = published == null ? null : published.getInteger("version");
        CooperationPlanStatus status = draftVersion == null ? CooperationPlanStatus.NONE
                : draftVersion.equals(publishedVersion) ? CooperationPlanStatus.PUBLISHED : CooperationPlanStatus.DRAFTED;
        return new DistrictCouncilView.CooperationPlan(status, status.label(), draftVersion, publishedVersion,
                published == null ? null : date(published, "publishedOn"));
    }

    private static DistrictCouncilView.Priorities priorities(Document priorities) {
        if (priorities == null) {
            return null;
        }
        return new DistrictCouncilView.Priorities(date(priorities, "periodStart"), date(priorities, "periodEnd"),
                priorities.getList("items", Document.class).stream()
                        .map(item -> {
                            Theme theme = Theme.valueOf(item.getString("theme"));
                            return new DistrictCouncilView.Priority(theme.name(), theme.label(), item.getString("goal"));
                        })
                        .toList());
    }

    private static DistrictCouncilView.Meeting meeting(Document meeting, List<DistrictCouncilView.Decision> decisions) {
        return new DistrictCouncilView.Meeting(meeting.getString("_id"), date(meeting, "date"),
                meeting.getList("agenda", Document.class).stream()
                        .map(item -> {
                            AgendaItemKind kind = AgendaItemKind.valueOf(item.getString("kind"));
                            return new DistrictCouncilView.AgendaItem(kind.name(), kind.label(),
                                    item.getString("reference"), item.getString("title"));
                        })
                        .toList(),
                decisions);
    }

    private DistrictCouncilView.Decision decision(Document decision) {
        List<Theme> themes = decision.getList("themes", String.class).stream().map(Theme::valueOf).toList();
        return new DistrictCouncilView.Decision(decision.getString("_id"), decision.getString("title"),
                decision.getString("description"), themes.stream().map(Theme::name).toList(),
                themes.stream().map(Theme::label).toList(),
                decision.getList("localCouncilIds", String.class).stream()
                        .map(id -> new DistrictCouncilView.AssignedLocalCouncil(id,
                                localCouncils.find(id).map(LocalCouncil::name).orElse(id)))
                        .toList(),
                date(decision, "dueDate"));
    }

    private String districtName(String districtCode) {
        return referenceData.district(districtCode).name();
    }

    private static LocalDate date(Document document, String field) {
        return LocalDate.parse(document.getString(field));
    }
}
