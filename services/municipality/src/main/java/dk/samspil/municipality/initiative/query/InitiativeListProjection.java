package dk.samspil.municipality.initiative.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.initiative.command.InitiativeActivatedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApplication;
import dk.samspil.municipality.initiative.command.InitiativeApplicationRevisedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedWithoutFundingEvent;
import dk.samspil.municipality.initiative.command.InitiativeBudgetApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeCompletedEvent;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeRejectedEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeStatusReportedEvent;
import dk.samspil.municipality.initiative.command.InitiativeSubmittedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import dk.samspil.platform.personaldata.Sealer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dk.samspil.municipality.initiative.query.ReadModelJson.bson;

/**
 * The municipality's initiatives, one document per initiative ({@code _id} = initiative id) with its application,
 * status, funding, status-report deadline and history. An event is applied only if its aggregate sequence is newer
 * than the document's, so replays and retries change nothing. The coordinator is stored sealed, as the events carry
 * it, and opened when read, so an erased coordinator reads "[slettet]" without touching the documents.
 */
@Component
@ProcessingGroup(InitiativeListProjection.PROCESSING_GROUP)
public class InitiativeListProjection {

    static final String PROCESSING_GROUP = "initiative-list";
    static final String COLLECTION = "initiatives";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    /** Always nine fraction digits: ISO_INSTANT's variable width ("…:00Z" after "…:00.5Z") would misorder the list. */
    private static final DateTimeFormatter SORTABLE_INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private final MongoCollection<Document> initiatives;
    private final Clock clock;
    private final Sealer sealer;

    public InitiativeListProjection(MongoDatabase readModelDatabase, Clock clock, Sealer sealer) {
        this.initiatives = readModelDatabase.getCollection(COLLECTION);
        this.clock = clock;
        this.sealer = sealer;
    }

    @EventHandler
    void on(InitiativeRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isApplied(event.initiativeId(), sequence)) {
            return;
        }
        Document initiative = new Document("_id", event.initiativeId())
                .append("municipalityCode", event.municipalityCode())
                .append("sequence", sequence)
                .append("status", event.status().name())
                .append("registeredAt", SORTABLE_INSTANT.format(at))
                .append("application", bson(InitiativeApplication.of(event)))
                .append("history", bson(List.of(new HistoryStep("registered", event.status() == InitiativeStatus.DRAFT ? "oprettet som kladde" : "registreret og indsendt", dayOf(at), null))));
        initiatives.replaceOne(Filters.eq("_id", event.initiativeId()), initiative, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(InitiativeApplicationRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.DRAFT,
                new HistoryStep("application-revised", "ansøgning ændret", dayOf(at), null),
                Updates.set("application", bson(event.application())));
    }

    @EventHandler
    void on(InitiativeSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.SUBMITTED, new HistoryStep("submitted", "indsendt til SSP-ledergruppen", dayOf(at), null));
    }

    @EventHandler
    void on(InitiativeApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.APPROVED,
                new HistoryStep("approved", "godkendt af SSP-ledergruppen", dayOf(at), event.leaderGroupArea()),
                Updates.set("leaderGroupArea", event.leaderGroupArea()));
    }

    @EventHandler
    void on(InitiativeRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.REJECTED,
                new HistoryStep("rejected", "afvist", dayOf(at), event.reason()));
    }

    @EventHandler
    void on(InitiativeBudgetApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.BUDGET_APPROVED,
                new HistoryStep("budget-approved", "budget godkendt af SSP-sekretariatet", dayOf(at), event.overrideReason()),
                Updates.set("fundingPoolId", event.fundingPoolId()),
                Updates.set("accountingYear", event.accountingYear()),
                Updates.set("unmetCriteria", bson(event.unmetCriteria())),
                Updates.set("overrideReason", event.overrideReason()));
    }

    @EventHandler
    void on(InitiativeApprovedWithoutFundingEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.APPROVED_WITHOUT_FUNDING,
                new HistoryStep("approved-without-funding", "godkendt uden midler", dayOf(at), event.reason()));
    }

    @EventHandler
    void on(InitiativeActivatedEvent event, @SequenceNumber long sequence) {
        update(event.initiativeId(), sequence, InitiativeStatus.ACTIVE,
                new HistoryStep("activated", "sat i gang", event.activatedOn(), null),
                Updates.set("activatedOn", bson(event.activatedOn())),
                Updates.set("statusReportDue", bson(event.statusReportDue())));
    }

    @EventHandler
    void on(InitiativeStatusReportedEvent event, @SequenceNumber long sequence) {
        update(event.initiativeId(), sequence, InitiativeStatus.ACTIVE,
                new HistoryStep("status-reported", "status afgivet", event.reportedOn(), event.summary()),
                Updates.set("statusReportDue", bson(event.nextStatusReportDue())));
    }

    /** While paused, no status report falls due. */
    @EventHandler
    void on(InitiativePausedEvent event, @SequenceNumber long sequence) {
        update(event.initiativeId(), sequence, InitiativeStatus.PAUSED,
                new HistoryStep("paused", "sat på pause", event.pausedOn(), event.reason()),
                Updates.unset("statusReportDue"));
    }

    @EventHandler
    void on(InitiativeResumedEvent event, @SequenceNumber long sequence) {
        update(event.initiativeId(), sequence, InitiativeStatus.ACTIVE,
                new HistoryStep("resumed", "genoptaget", event.resumedOn(), null),
                Updates.set("statusReportDue", bson(event.statusReportDue())));
    }

    @EventHandler
    void on(InitiativeWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.initiativeId(), sequence, InitiativeStatus.WITHDRAWN,
                new HistoryStep("withdrawn", "trukket tilbage", dayOf(at), event.reason()),
                Updates.unset("statusReportDue"));
    }

    @EventHandler
    void on(InitiativeCompletedEvent event, @SequenceNumber long sequence) {
        update(event.initiativeId(), sequence, InitiativeStatus.COMPLETED,
                new HistoryStep("completed", "afsluttet med evaluering og regnskab", event.completedOn(), null),
                Updates.unset("statusReportDue"),
                Updates.set("application.budgetLines", bson(event.budgetLines())),
                Updates.set("completedOn", bson(event.completedOn())),
                Updates.set("finalEvaluation", event.finalEvaluation()),
                Updates.set("actualTotal", event.actualTotal()));
    }

    @QueryHandler
    public List<InitiativeView> handle(FetchMunicipalityInitiativesQuery query) {
        LocalDate today = LocalDate.now(clock);
        return initiatives.find(Filters.eq("municipalityCode", query.municipalityCode()))
                .sort(Sorts.orderBy(Sorts.descending("registeredAt"), Sorts.ascending("_id")))
                .map(document -> InitiativeView.of(ReadModelJson.read(document, StoredInitiative.class).opened(sealer), today))
                .into(new ArrayList<>());
    }

    @QueryHandler
    public Optional<InitiativeView> handle(FetchInitiativeQuery query) {
        return Optional.ofNullable(initiatives.find(Filters.eq("_id", query.initiativeId())).first())
                .map(document -> ReadModelJson.read(document, StoredInitiative.class))
                .filter(initiative -> initiative.municipalityCode().equals(query.municipalityCode()))
                .map(initiative -> InitiativeView.of(initiative.opened(sealer), LocalDate.now(clock)));
    }

    @ResetHandler
    void reset() {
        initiatives.deleteMany(new Document());
    }

    private void update(String initiativeId, long sequence, InitiativeStatus status, HistoryStep step, Bson... changes) {
        if (isApplied(initiativeId, sequence)) {
            return;
        }
        List<Bson> updates = new ArrayList<>(List.of(changes));
        updates.add(Updates.set("status", status.name()));
        updates.add(Updates.set("sequence", sequence));
        updates.add(Updates.push("history", bson(step)));
        initiatives.updateOne(Filters.eq("_id", initiativeId), Updates.combine(updates));
    }

    private boolean isApplied(String initiativeId, long sequence) {
        Document current = initiatives.find(Filters.eq("_id", initiativeId)).projection(new Document("sequence", 1)).first();
        return current != null && current.get("sequence", Number.class).longValue() >= sequence;
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, DENMARK);
    }
}
