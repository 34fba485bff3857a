package dk.samspil.nationalassociation.forum.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.nationalassociation.forum.command.CoordinatorAppointedEvent;
import dk.samspil.nationalassociation.forum.command.ForumClosedEvent;
import dk.samspil.nationalassociation.forum.command.ForumEstablishedEvent;
import dk.samspil.nationalassociation.forum.command.ForumStatus;
import dk.samspil.nationalassociation.forum.command.MeetingHeldEvent;
import dk.samspil.nationalassociation.forum.command.MemberJoinedEvent;
import dk.samspil.nationalassociation.forum.command.MemberLeftEvent;
import dk.samspil.nationalassociation.forum.command.ProductPublishedEvent;
import dk.samspil.nationalassociation.forum.command.YearlyStatusReportedEvent;
import dk.samspil.platform.personaldata.Sealer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forums: one document per forum ({@code _id} = forum id) holding its members (by member id), coordinators,
 * meetings, statuses and products. The document keeps the forum's sequence of the last event applied; an event not
 * newer than that changes nothing, so replays and retries are harmless. Whether the yearly status is overdue and
 * which membership year it is are worked out when asked, with the clock. A coordinator's contact name is stored sealed
 * and opened when asked: "[slettet]" once the person is erased.
 */
@Component
@ProcessingGroup("forums")
public class ForumProjection {

    private final MongoCollection<Document> forums;
    private final ForumDocuments documents;

    public ForumProjection(MongoDatabase readModelDatabase, Clock clock, Sealer sealer) {
        this.forums = readModelDatabase.getCollection("forums");
        this.documents = new ForumDocuments(clock, sealer);
    }

    @EventHandler
    void on(ForumEstablishedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.combine(
                Updates.set("kind", event.kind().name()),
                Updates.set("name", event.name()),
                Updates.set("mandate", event.mandate()),
                Updates.set("establishedOn", event.establishedOn().toString()),
                Updates.set("status", ForumStatus.ACTIVE.name()),
                Updates.set("yearlyStatusDueOn", event.establishedOn().plusMonths(12).toString())));
    }

    @EventHandler
    void on(CoordinatorAppointedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.push("coordinators", new Document()
                .append("coordinatorId", event.coordinatorId())
                .append("role", event.role())
                .append("municipalityCode", event.municipalityCode())
                .append("honorarium", event.honorarium())
                .append("contactName", event.contactName())
                .append("appointedOn", event.appointedOn().toString())));
    }

    @EventHandler
    void on(MemberJoinedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.set("members." + event.memberId(), new Document()
                .append("municipalityCode", event.municipalityCode())
                .append("role", event.role())
                .append("committedFrom", event.committedFrom().toString())
                .append("committedUntil", text(event.committedUntil()))));
    }

    @EventHandler
    void on(MemberLeftEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence,
                Updates.set("members." + event.memberId() + ".leftOn", event.leftOn().toString()));
    }

    @EventHandler
    void on(MeetingHeldEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.push("meetings", new Document()
                .append("meetingId", event.meetingId())
                .append("heldOn", event.heldOn().toString())
                .append("subject", event.subject())
                .append("attendingMunicipalityCodes", event.attendingMunicipalityCodes())));
    }

    @EventHandler
    void on(YearlyStatusReportedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.combine(
                Updates.push("yearlyStatuses", new Document()
                        .append("year", event.year())
                        .append("text", event.text())
                        .append("reportedOn", event.reportedOn().toString())),
                Updates.set("yearlyStatusDueOn", event.nextDueOn().toString())));
    }

    @EventHandler
    void on(ProductPublishedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.push("products", new Document()
                .append("productId", event.productId())
                .append("title", event.title())
                .append("description", event.description())
                .append("publishedOn", event.publishedOn().toString())));
    }

    @EventHandler
    void on(ForumClosedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.forumId(), sequence, Updates.combine(
                Updates.set("status", ForumStatus.CLOSED.name()),
                Updates.set("closedOn", event.closedOn().toString())));
    }

    @QueryHandler
    public Optional<ForumView> handle(FetchForumQuery query) {
        return Optional.ofNullable(forums.find(Filters.eq("_id", query.forumId())).first()).map(documents::view);
    }

    @QueryHandler
    public List<ForumSummary> handle(FetchForumsQuery query) {
        return forums.find().sort(Sorts.ascending("name", "_id"))
                .map(forum -> ForumSummary.of(documents.view(forum)))
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        forums.deleteMany(new Document());
    }

    private void applyIfNewer(String id, long sequence, Bson change) {
        Document current = forums.find(Filters.eq("_id", id)).projection(new Document("sequence", 1)).first();
        if (current != null && current.getLong("sequence") >= sequence) {
            return;
        }
        forums.updateOne(Filters.eq("_id", id), Updates.combine(change, Updates.set("sequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
