package dk.samspil.municipality.actionplan.command;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.initiative.command.InitiativeCompletedEvent;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the plans showing what really happens: an initiative that is paused, withdrawn or completed leaves every plan
 * it is in, and a resumed one returns to the plans it left because of the pause. Remembers, per initiative
 * ({@code _id} = initiative id), its municipality, its membership status and the plans it was linked to.
 * <p>
 * The commands join this processor's unit of work, so their events commit together with its token: a retried batch
 * resends only what was rolled back, and the plan ignores a leave or return that changes nothing. A replay only
 * rebuilds the collection; the plans already hold the outcome of the commands sent the first time.
 */
@Component
@ProcessingGroup("action-plan-membership")
public class ActionPlanMembership {

    private final MongoCollection<Document> initiatives;
    private final CommandGateway commandGateway;

    public ActionPlanMembership(MongoDatabase readModelDatabase, CommandGateway commandGateway) {
        this.initiatives = readModelDatabase.getCollection("action-plan-memberships");
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(InitiativeRegisteredEvent event) {
        InitiativeStatus status = event.status() == null ? InitiativeStatus.SUBMITTED : event.status();
        initiatives.updateOne(Filters.eq("_id", event.initiativeId()), Updates.combine(
                Updates.set("municipalityCode", event.municipalityCode()),
                Updates.set("status", status.name()),
                Updates.setOnInsert("actionPlanIds", List.of())), new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(InitiativePausedEvent event, ReplayStatus replay) {
        leaveEveryPlan(event.initiativeId(), InitiativeStatus.PAUSED, replay);
    }

    @EventHandler
    void on(InitiativeWithdrawnEvent event, ReplayStatus replay) {
        leaveEveryPlan(event.initiativeId(), InitiativeStatus.WITHDRAWN, replay);
    }

    @EventHandler
    void on(InitiativeCompletedEvent event, ReplayStatus replay) {
        leaveEveryPlan(event.initiativeId(), InitiativeStatus.COMPLETED, replay);
    }

    @EventHandler
    void on(InitiativeResumedEvent event, ReplayStatus replay) {
        Optional<InitiativeForPlan> initiative = changeStatus(event.initiativeId(), InitiativeStatus.ACTIVE);
        if (!replay.isReplay()) {
            initiative.ifPresent(resumed -> resumed.actionPlanIds().forEach(actionPlanId ->
                    commandGateway.sendAndWait(new ReturnToActionPlanCommand(actionPlanId, resumed.initiativeId()))));
        }
    }

    @EventHandler
    void on(ActionPlanProposedEvent event, ReplayStatus replay) {
        event.initiativeIds().forEach(initiativeId -> linked(event.actionPlanId(), initiativeId, replay));
    }

    @EventHandler
    void on(ActionPlanInitiativeLinkedEvent event, ReplayStatus replay) {
        linked(event.actionPlanId(), event.initiativeId(), replay);
    }

    @QueryHandler
    public Optional<InitiativeForPlan> handle(FetchInitiativeForPlanQuery query) {
        return Optional.ofNullable(initiatives.find(Filters.eq("_id", query.initiativeId())).first())
                .map(ActionPlanMembership::initiative);
    }

    @ResetHandler
    void reset() {
        initiatives.deleteMany(new Document());
    }

    private void leaveEveryPlan(String initiativeId, InitiativeStatus status, ReplayStatus replay) {
        Optional<InitiativeForPlan> initiative = changeStatus(initiativeId, status);
        if (!replay.isReplay()) {
            initiative.ifPresent(away -> away.actionPlanIds().forEach(actionPlanId -> leave(actionPlanId, away)));
        }
    }

    /** Linked while already paused, withdrawn or completed (the web's check raced with it): it leaves at once. */
    private void linked(String actionPlanId, String initiativeId, ReplayStatus replay) {
        Document document = initiatives.findOneAndUpdate(Filters.eq("_id", initiativeId),
                Updates.addToSet("actionPlanIds", actionPlanId),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (document != null && !replay.isReplay()) {
            InitiativeForPlan initiative = initiative(document);
            if (initiative.isAway()) {
                leave(actionPlanId, initiative);
            }
        }
    }

    private void leave(String actionPlanId, InitiativeForPlan initiative) {
        commandGateway.sendAndWait(new LeaveActionPlanCommand(actionPlanId, initiative.initiativeId(), initiative.status()));
    }

    private Optional<InitiativeForPlan> changeStatus(String initiativeId, InitiativeStatus status) {
        return Optional.ofNullable(initiatives.findOneAndUpdate(Filters.eq("_id", initiativeId),
                        Updates.set("status", status.name()),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(ActionPlanMembership::initiative);
    }

    private static InitiativeForPlan initiative(Document document) {
        return new InitiativeForPlan(document.getString("_id"), document.getString("municipalityCode"),
                InitiativeStatus.valueOf(document.getString("status")),
                document.getList("actionPlanIds", String.class));
    }
}
