package dk.samspil.nationalassociation.project.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.project.command.GrantAcceptedEvent;
import dk.samspil.nationalassociation.project.command.GrantAppliedEvent;
import dk.samspil.nationalassociation.project.command.GrantAwardedEvent;
import dk.samspil.nationalassociation.project.command.GrantDeclinedEvent;
import dk.samspil.nationalassociation.project.command.GrantStatus;
import dk.samspil.nationalassociation.project.command.MilestoneReachedEvent;
import dk.samspil.nationalassociation.project.command.MilestoneSetEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityInvitedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityJoinedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityLeftEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityStatus;
import dk.samspil.nationalassociation.project.command.ProjectCompletedEvent;
import dk.samspil.nationalassociation.project.command.ProjectProposedEvent;
import dk.samspil.nationalassociation.project.command.ProjectStartedEvent;
import dk.samspil.nationalassociation.project.command.ProjectStatus;
import dk.samspil.nationalassociation.project.command.ProjectStoppedEvent;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The projects: one document per project ({@code _id} = projectId) with its grants, pilot municipalities and milestones
 * as sub-documents keyed by their ids. The document keeps the sequence of the last event applied; an event not newer
 * than that changes nothing, so replays and redeliveries are harmless. Overdue milestones are judged on reading.
 */
@Component
@ProcessingGroup("projects")
public class ProjectProjection {

    private final MongoCollection<Document> projects;
    private final Clock clock;
    private final ReferenceData referenceData = ReferenceData.instance();

    public ProjectProjection(MongoDatabase readModelDatabase, Clock clock) {
        this.projects = readModelDatabase.getCollection("national-projects");
        this.clock = clock;
    }

    @EventHandler
    void on(ProjectProposedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("purpose", event.purpose()),
                Updates.set("owner", event.owner()),
                Updates.set("coOwners", event.coOwners()),
                Updates.set("periodStart", event.periodStart().toString()),
                Updates.set("periodEnd", event.periodEnd().toString()),
                Updates.set("strategicLeadRole", event.strategicLeadRole()),
                Updates.set("staffLeadRole", event.staffLeadRole()),
                Updates.set("professionalForums", event.professionalForums()),
                Updates.set("partners", event.partners()),
                Updates.set("status", ProjectStatus.PROPOSED.name())));
    }

    @EventHandler
    void on(GrantAppliedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                Updates.set("grants." + event.grantId(), new Document("grantor", event.grantor())
                        .append("amount", event.amount())
                        .append("status", GrantStatus.APPLIED.name())),
                statusFrom(project, ProjectStatus.PROPOSED, ProjectStatus.FUNDING_APPLIED)));
    }

    @EventHandler
    void on(GrantAwardedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> grantStatus(event.grantId(), GrantStatus.AWARDED));
    }

    @EventHandler
    void on(GrantAcceptedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                grantStatus(event.grantId(), GrantStatus.ACCEPTED),
                Updates.set("grants." + event.grantId() + ".boardMandateDecidedOn",
                        event.boardMandateDecidedOn().toString()),
                Updates.set("grants." + event.grantId() + ".boardMandateReference", event.boardMandateReference()),
                statusFrom(project, ProjectStatus.FUNDING_APPLIED, ProjectStatus.FUNDED)));
    }

    @EventHandler
    void on(GrantDeclinedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> grantStatus(event.grantId(), GrantStatus.DECLINED));
    }

    @EventHandler
    void on(ProjectStartedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                Updates.set("status", ProjectStatus.RUNNING.name()),
                Updates.set("startedOn", event.startedOn().toString())));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                Updates.set("status", ProjectStatus.COMPLETED.name()),
                Updates.set("completedOn", event.completedOn().toString())));
    }

    @EventHandler
    void on(ProjectStoppedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.combine(
                Updates.set("status", ProjectStatus.STOPPED.name()),
                Updates.set("stopReason", event.reason())));
    }

    @EventHandler
    void on(PilotMunicipalityInvitedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.set("pilots." + event.municipalityCode(),
                new Document("districtCode", event.districtCode())
                        .append("role", event.role().name())
                        .append("status", PilotMunicipalityStatus.INVITED.name())));
    }

    @EventHandler
    void on(PilotMunicipalityJoinedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project ->
                Updates.set("pilots." + event.municipalityCode() + ".status", PilotMunicipalityStatus.JOINED.name()));
    }

    @EventHandler
    void on(PilotMunicipalityLeftEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project ->
                Updates.set("pilots." + event.municipalityCode() + ".status", PilotMunicipalityStatus.LEFT.name()));
    }

    @EventHandler
    void on(MilestoneSetEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project -> Updates.set("milestones." + event.milestoneId(),
                new Document("title", event.title()).append("dueDate", event.dueDate().toString())));
    }

    @EventHandler
    void on(MilestoneReachedEvent event, @SequenceNumber long sequence) {
        applyIfNewer(event.projectId(), sequence, project ->
                Updates.set("milestones." + event.milestoneId() + ".reachedOn", event.reachedOn().toString()));
    }

    @QueryHandler
    public Optional<ProjectView> handle(FetchProjectQuery query) {
        return Optional.ofNullable(projects.find(Filters.eq("_id", query.projectId())).first()).map(this::view);
    }

    @QueryHandler
    public List<ProjectView> handle(FetchProjectsQuery query) {
        return projects.find().sort(Sorts.ascending("name", "_id")).map(this::view).into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        projects.deleteMany(new Document());
    }

    private void applyIfNewer(String projectId, long sequence, Function<Document, Bson> change) {
        Document current = Optional.ofNullable(projects.find(Filters.eq("_id", projectId)).first())
                .orElseGet(Document::new);
        Long applied = current.getLong("sequence");
        if (applied != null && applied >= sequence) {
            return;
        }
        projects.updateOne(Filters.eq("_id", projectId),
                Updates.combine(change.apply(current), Updates.set("sequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private static Bson grantStatus(String grantId, GrantStatus status) {
        return Updates.set("grants." + grantId + ".status", status.name());
    }

    /** Moves the project to {@code to} only when it stands at {@code from}. */
    private static Bson statusFrom(Document project, ProjectStatus from, ProjectStatus to) {
        String status = from.name().equals(project.getString("status")) ? to.name() : project.getString("status");
        return Updates.set("status", status);
    }

    private ProjectView view(Document project) {
        ProjectStatus status = ProjectStatus.valueOf(project.getString("status"));
        return new ProjectView(project.getString("_id"), project.getString("name"), project.getString("purpose"),
                project.getString("owner"), project.getList("coOwners", String.class),
                date(project, "periodStart"), date(project, "periodEnd"), project.getString("strategicLeadRole"),
                project.getString("staffLeadRole"), project.getList("professionalForums", String.class),
                project.getList("partners", String.class), status, status.label(), project.getString("stopReason"),
                grants(project), pilots(project), milestones(project));
    }

    private static List<ProjectView.Grant> grants(Document project) {
        Document grants = project.get("grants", new Document());
        return grants.keySet().stream().sorted().map(id -> {
            Document grant = grants.get(id, Document.class);
            GrantStatus status = GrantStatus.valueOf(grant.getString("status"));
            return new ProjectView.Grant(id, grant.getString("grantor"), grant.getLong("amount"), status,
                    status.label(), date(grant, "boardMandateDecidedOn"), grant.getString("boardMandateReference"));
        }).toList();
    }

    private List<ProjectView.PilotMunicipality> pilots(Document project) {
        Document pilots = project.get("pilots", new Document());
        return pilots.keySet().stream().sorted().map(code -> {
            Document pilot = pilots.get(code, Document.class);
            PilotMunicipalityRole role = PilotMunicipalityRole.valueOf(pilot.getString("role"));
            PilotMunicipalityStatus status = PilotMunicipalityStatus.valueOf(pilot.getString("status"));
            return new ProjectView.PilotMunicipality(code, referenceData.municipality(code).name(),
                    pilot.getString("districtCode"), role, role.label(), status, status.label());
        }).toList();
    }

    private List<ProjectView.Milestone> milestones(Document project) {
        LocalDate today = LocalDate.now(clock);
        Document milestones = project.get("milestones", new Document());
        return milestones.keySet().stream().map(id -> {
            Document milestone = milestones.get(id, Document.class);
            LocalDate due = date(milestone, "dueDate");
            LocalDate reached = date(milestone, "reachedOn");
            return new ProjectView.Milestone(id, milestone.getString("title"), due, reached,
                    reached == null && due.isBefore(today));
        }).sorted(Comparator.comparing(ProjectView.Milestone::dueDate).thenComparing(ProjectView.Milestone::milestoneId))
                .toList();
    }

    private static LocalDate date(Document document, String field) {
        String value = document.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
