package dk.samspil.municipality.actionplan.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.actionplan.command.ActionPlanAdoptedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanFollowedUpEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLeftEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLinkedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeReturnedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanPresentedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanProposedEvent;
import dk.samspil.municipality.actionplan.command.OrganisationLevel;
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
 * The municipality's action plans, one document per plan ({@code _id} = plan id). Initiatives that left are kept in a
 * sub-document keyed by initiative id. An event is applied only if its aggregate sequence is newer than the document's,
 * so replays and retries change nothing.
 */
@Component
@ProcessingGroup("action-plans")
public class ActionPlanProjection {

    private static final String LEFT = "leftInitiatives";

    private final MongoCollection<Document> plans;

    public ActionPlanProjection(MongoDatabase readModelDatabase) {
        this.plans = readModelDatabase.getCollection("action-plans");
    }

    @EventHandler
    void on(ActionPlanProposedEvent event, @SequenceNumber long sequence) {
        if (isApplied(event.actionPlanId(), sequence)) {
            return;
        }
        Document plan = new Document("_id", event.actionPlanId())
                .append("municipalityCode", event.municipalityCode())
                .append("firstYear", event.firstYear())
                .append("lastYear", event.lastYear())
                .append("status", ActionPlanStatus.PROPOSED.name())
                .append("analysis", event.analysis())
                .append("overallGoal", event.overallGoal())
                .append("subGoals", event.subGoals())
                .append("organisation", new Document("strategic", event.strategicRoles())
                        .append("coordinating", event.coordinatingRoles())
                        .append("executing", event.executingRoles()))
                .append("financing", event.financing())
                .append("documentation", event.documentation())
                .append("proposedBy", event.proposedBy().name())
                .append("followUps", List.of())
                .append("initiativeIds", event.initiativeIds())
                .append(LEFT, new Document())
                .append("sequence", sequence);
        plans.replaceOne(Filters.eq("_id", event.actionPlanId()), plan, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ActionPlanAdoptedEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.combine(
                Updates.set("status", ActionPlanStatus.ADOPTED.name()),
                Updates.set("adoptedOn", event.adoptedOn().toString()),
                Updates.set("followUpDue", event.followUpDue().toString())));
    }

    @EventHandler
    void on(ActionPlanPresentedEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.combine(
                Updates.set("presentedOn", event.presentedOn().toString()),
                Updates.set("districtCode", event.districtCode())));
    }

    @EventHandler
    void on(ActionPlanFollowedUpEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.combine(
                Updates.push("followUps", new Document("followedUpOn", event.followedUpOn().toString())
                        .append("summary", event.summary())),
                Updates.set("followUpDue", event.nextFollowUpDue().toString())));
    }

    @EventHandler
    void on(ActionPlanInitiativeLinkedEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.addToSet("initiativeIds", event.initiativeId()));
    }

    @EventHandler
    void on(ActionPlanInitiativeLeftEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.combine(
                Updates.pull("initiativeIds", event.initiativeId()),
                Updates.set(LEFT + "." + event.initiativeId(), event.initiativeStatus().name())));
    }

    @EventHandler
    void on(ActionPlanInitiativeReturnedEvent event, @SequenceNumber long sequence) {
        update(event.actionPlanId(), sequence, Updates.combine(
                Updates.addToSet("initiativeIds", event.initiativeId()),
                Updates.unset(LEFT + "." + event.initiativeId())));
    }

    @QueryHandler
    public Optional<ActionPlanView> handle(FetchActionPlanQuery query) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", query.actionPlanId())).first())
                .map(ActionPlanProjection::view);
    }

    @QueryHandler
    public List<ActionPlanView> handle(FetchMunicipalityActionPlansQuery query) {
        return plans.find(Filters.eq("municipalityCode", query.municipalityCode()))
                .sort(Sorts.orderBy(Sorts.descending("firstYear"), Sorts.ascending("_id")))
                .map(ActionPlanProjection::view)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        plans.deleteMany(new Document());
    }

    private void update(String actionPlanId, long sequence, Bson change) {
        if (isApplied(actionPlanId, sequence)) {
            return;
        }
        plans.updateOne(Filters.eq("_id", actionPlanId), Updates.combine(change, Updates.set("sequence", sequence)));
    }

    private boolean isApplied(String actionPlanId, long sequence) {
        Document current = plans.find(Filters.eq("_id", actionPlanId)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    private static ActionPlanView view(Document plan) {
        Document organisation = plan.get("organisation", Document.class);
        Document left = plan.get(LEFT, Document.class);
        return new ActionPlanView(plan.getString("_id"), plan.getString("municipalityCode"),
                plan.getInteger("firstYear"), plan.getInteger("lastYear"),
                ActionPlanStatus.valueOf(plan.getString("status")), plan.getString("analysis"),
                plan.getString("overallGoal"), plan.getList("subGoals", String.class),
                new ActionPlanView.Organisation(organisation.getList("strategic", String.class),
                        organisation.getList("coordinating", String.class),
                        organisation.getList("executing", String.class)),
                plan.getString("financing"), plan.getString("documentation"),
                OrganisationLevel.valueOf(plan.getString("proposedBy")), date(plan, "adoptedOn"),
                date(plan, "presentedOn"), plan.getString("districtCode"), date(plan, "followUpDue"),
                plan.getList("followUps", Document.class).stream()
                        .map(f -> new ActionPlanView.FollowUp(LocalDate.parse(f.getString("followedUpOn")),
                                f.getString("summary")))
                        .toList(),
                plan.getList("initiativeIds", String.class),
                left.entrySet().stream()
                        .map(entry -> new ActionPlanView.LeftInitiative(entry.getKey(),
                                InitiativeStatus.valueOf((String) entry.getValue())))
                        .toList());
    }

    private static LocalDate date(Document document, String field) {
        String value = document.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
