package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.platform.kafka.ReadModel;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national projects municipalities take part in as pilot municipalities, from the published project events. The
 * Kafka key is the project id, so one consumer thread applies a project's events, in order.
 *
 * <p>Two collections. {@value #PROJECTS} holds one document per project ({@code _id} = project id): name, period,
 * derived status, the pilot municipalities, and the sequence of the last event applied, which makes redelivery and
 * replay change nothing. {@value #MUNICIPALITIES} holds one document per pilot municipality ({@code _id} =
 * kommunekode) with an entry per project it was ever invited to ({@code projects.<project id>}), which is what its
 * list shows. So the list is one read by {@code _id}, not a scan of every project (on the Mongo-wire server any other
 * filter scans the collection); the price is that a step of a project, its start say, rewrites the entry of each of
 * its pilot municipalities, a handful per project.
 *
 * <p>The entries are written before the project document: a failure in between leaves the project's old sequence,
 * and the redelivered event writes the same entries again. An entry is written only by its project's thread, as a
 * {@code $set} of its own field, so two projects updating one municipality's document never overwrite each other
 * (MongoDB itself retries an upsert by {@code _id} that loses a race to insert; on the Mongo-wire server the
 * listener's error handler does).
 */
@Component
public class PilotProjects implements ReadModel {

    static final String PROJECTS = "pilot_projects";
    static final String MUNICIPALITIES = "pilot_municipality_projects";

    private static final Comparator<MunicipalityProject> BY_PERIOD_START_AND_NAME = Comparator
            .comparing(MunicipalityProject::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(MunicipalityProject::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(MunicipalityProject::projectId);

    private final ReferenceData referenceData = ReferenceData.instance();
    private final MongoCollection<Document> projects;
    private final MongoCollection<Document> municipalities;

    public PilotProjects(MongoDatabase readModelDatabase) {
        this.projects = readModelDatabase.getCollection(PROJECTS);
        this.municipalities = readModelDatabase.getCollection(MUNICIPALITIES);
    }

    /**
     * Applies one event of the projects topic.
     *
     * @return false when it changed nothing: not a project event, already applied, or a step no municipality is
     * shown (a milestone, a grant awarded or declined)
     * @throws MalformedEventException when the event lacks its project id, or a pilot event names no known
     *                                 municipality by its 4-digit kommunekode or lacks the role
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof ProjectEvent event)) {
            return false;
        }
        requireComplete(envelope, event);
        Document current = projects.find(Filters.eq("_id", event.projectId())).first();
        if (current != null && current.getLong("sequence") >= envelope.aggregateSequence()) {
            return false;
        }
        PilotProject project = current == null ? PilotProject.unseen(event.projectId()) : project(current);
        Optional<PilotProject> changed = project.after(event);
        if (changed.isEmpty()) {
            return false;
        }
        PilotProject next = changed.get();
        next.pilots().forEach((municipalityCode, pilot) -> municipalities.updateOne(Filters.eq("_id", municipalityCode),
                Updates.set("projects." + next.projectId(), entry(next, pilot)), new UpdateOptions().upsert(true)));
        projects.replaceOne(Filters.eq("_id", next.projectId()), document(next, envelope.aggregateSequence()),
                new ReplaceOptions().upsert(true));
        return true;
    }

    @QueryHandler
    public List<MunicipalityProject> handle(FetchMunicipalityProjectsQuery query) {
        Document municipality = municipalities.find(Filters.eq("_id", query.municipalityCode())).first();
        if (municipality == null) {
            return List.of();
        }
        return municipality.get("projects", Document.class).entrySet().stream()
                .map(entry -> item(entry.getKey(), (Document) entry.getValue()))
                .sorted(BY_PERIOD_START_AND_NAME)
                .toList();
    }

    /** Whether nothing was ever applied: then the topic is read from the start. */
    @Override
    public boolean isEmpty() {
        return projects.find().limit(1).first() == null;
    }

    @Override
    public void drop() {
        projects.drop();
        municipalities.drop();
    }

    private void requireComplete(EventEnvelope<?> envelope, ProjectEvent event) {
        String projectId = event.projectId();
        if (projectId == null || projectId.isEmpty() || projectId.contains(".") || projectId.startsWith("$")) {
            throw new MalformedEventException("Event " + envelope.id() + " has no usable project id: " + projectId);
        }
        ProjectPilotMunicipalityEvent.of(event).ifPresent(change -> {
            if (change.role() == null) {
                throw new MalformedEventException("Event " + envelope.id() + " names no pilot role");
            }
            requireKommunekode(envelope, change.municipalityCode());
        });
    }

    private void requireKommunekode(EventEnvelope<?> envelope, String municipalityCode) {
        try {
            if (!referenceData.municipality(municipalityCode).code().equals(municipalityCode)) {
                throw new MalformedEventException("Event " + envelope.id() + " names municipality " + municipalityCode
                        + " without its 4-digit kommunekode");
            }
        } catch (UnknownMunicipalityException e) {
            throw new MalformedEventException("Event " + envelope.id() + ": " + e.getMessage(), e);
        }
    }

    private static Document entry(PilotProject project, PilotProject.Pilot pilot) {
        return new Document("name", project.name())
                .append("periodStart", isoDate(project.periodStart()))
                .append("periodEnd", isoDate(project.periodEnd()))
                .append("status", project.status().name())
                .append("role", pilot.role().name())
                .append("pilotStatus", pilot.status().name());
    }

    private static MunicipalityProject item(String projectId, Document entry) {
        return MunicipalityProject.of(projectId, entry.getString("name"), date(entry.getString("periodStart")),
                date(entry.getString("periodEnd")), ProjectStatus.valueOf(entry.getString("status")),
                PilotMunicipalityRole.valueOf(entry.getString("role")),
                PilotStatus.valueOf(entry.getString("pilotStatus")));
    }

    private static Document document(PilotProject project, long sequence) {
        return new Document("_id", project.projectId())
                .append("name", project.name())
                .append("periodStart", isoDate(project.periodStart()))
                .append("periodEnd", isoDate(project.periodEnd()))
                .append("status", project.status().name())
                .append("pilots", project.pilots().entrySet().stream()
                        .map(pilot -> new Document("municipalityCode", pilot.getKey())
                                .append("role", pilot.getValue().role().name())
                                .append("status", pilot.getValue().status().name()))
                        .toList())
                .append("sequence", sequence);
    }

    private static PilotProject project(Document document) {
        Map<String, PilotProject.Pilot> pilots = new LinkedHashMap<>();
        document.getList("pilots", Document.class).forEach(pilot -> pilots.put(pilot.getString("municipalityCode"),
                new PilotProject.Pilot(PilotMunicipalityRole.valueOf(pilot.getString("role")),
                        PilotStatus.valueOf(pilot.getString("status")))));
        return new PilotProject(document.getString("_id"), document.getString("name"),
                date(document.getString("periodStart")), date(document.getString("periodEnd")),
                ProjectStatus.valueOf(document.getString("status")), pilots);
    }

    private static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
