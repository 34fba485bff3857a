package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectProposed;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document per national project ({@code _id} = project id) with what the dashboards show: name, period, the
 * status its steps have taken it to, its pilot municipalities with role and status, and {@code activeDistricts}, the
 * police districts of those invited or taking part, by which a dashboard finds its projects. Status and pilots follow
 * from the state before the event, so an event is read, applied and written back under the project's sequence; the
 * Kafka key is the project id, so one consumer thread applies a project's events, in order.
 */
final class PilotProjectStore {

    static final String COLLECTION = "dashboard_pilot_projects";

    private static final String SEQUENCE = "sequence";
    private static final String NAME = "name";
    private static final String PERIOD_START = "periodStart";
    private static final String PERIOD_END = "periodEnd";
    private static final String STATUS = "status";
    private static final String PILOTS = "pilots";
    private static final String MUNICIPALITY_CODE = "municipalityCode";
    private static final String ROLE = "role";
    private static final String ACTIVE_DISTRICTS = "activeDistricts";

    private static final Comparator<PilotProjectItem> BY_PERIOD_START_AND_NAME = Comparator
            .comparing(PilotProjectItem::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(PilotProjectItem::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(PilotProjectItem::projectId);

    private final ReferenceData referenceData = ReferenceData.instance();
    private final MongoCollection<Document> projects;

    PilotProjectStore(MongoDatabase database) {
        this.projects = database.getCollection(COLLECTION);
    }

    /**
     * @param event the envelope's payload; a pilot event names a municipality of the reference data
     * @return false when already applied, or when the event changes nothing the dashboards show (a milestone, a
     * grant awarded or declined)
     */
    boolean apply(EventEnvelope<?> envelope, ProjectEvent event) {
        Document current = projects.find(Filters.eq("_id", event.projectId())).first();
        long sequence = envelope.aggregateSequence();
        if (current != null && current.getLong(SEQUENCE) >= sequence) {
            return false;
        }
        Optional<Document> fields = changedFields(current == null ? new Document() : current, event);
        return fields.isPresent()
                && SequenceGuard.setIfNewer(projects, event.projectId(), SEQUENCE, sequence, fields.get());
    }

    /** The projects with a municipality of the district invited or taking part, by period start and name. */
    List<PilotProjectItem> inDistrict(String districtCode) {
        return projects.find(Filters.eq(ACTIVE_DISTRICTS, districtCode))
                .map(document -> item(document, districtCode))
                .into(new ArrayList<>()).stream()
                .sorted(BY_PERIOD_START_AND_NAME)
                .toList();
    }

    void drop() {
        projects.drop();
    }

    boolean isEmpty() {
        return projects.find().limit(1).first() == null;
    }

    private Optional<Document> changedFields(Document current, ProjectEvent event) {
        if (event instanceof ProjectProposed proposed) {
            return Optional.of(new Document(NAME, proposed.name())
                    .append(PERIOD_START, proposed.periodStart().toString())
                    .append(PERIOD_END, proposed.periodEnd().toString()));
        }
        Optional<ProjectPilotMunicipalityEvent> pilotChange = ProjectPilotMunicipalityEvent.of(event);
        if (pilotChange.isPresent()) {
            ProjectPilotMunicipalityEvent change = pilotChange.get();
            Map<String, Document> pilots = pilots(current);
            pilots.put(change.municipalityCode(), new Document(MUNICIPALITY_CODE, change.municipalityCode())
                    .append(ROLE, change.role().name())
                    .append(STATUS, change.pilotStatus().name()));
            Document fields = new Document(PILOTS, List.copyOf(pilots.values()))
                    .append(ACTIVE_DISTRICTS, pilots.values().stream().filter(PilotProjectStore::takesPart)
                            .map(pilot -> referenceData.districtOf(pilot.getString(MUNICIPALITY_CODE)).code())
                            .distinct().toList());
            return Optional.of(change.projectName() == null ? fields : fields.append(NAME, change.projectName()));
        }
        return ProjectStatus.reachedBy(event)
                .map(reached -> new Document(STATUS, status(current).advancedTo(reached).name()));
    }

    private PilotProjectItem item(Document document, String districtCode) {
        return PilotProjectItem.of(document.getString("_id"), document.getString(NAME), status(document),
                date(document.getString(PERIOD_START)), date(document.getString(PERIOD_END)),
                pilotsIn(document, districtCode));
    }

    private List<PilotMunicipalityItem> pilotsIn(Document project, String districtCode) {
        List<PilotMunicipalityItem> items = new ArrayList<>();
        for (Document pilot : pilots(project).values()) {
            Municipality municipality = referenceData.municipality(pilot.getString(MUNICIPALITY_CODE));
            if (takesPart(pilot) && municipality.districtCode().equals(districtCode)) {
                items.add(PilotMunicipalityItem.of(municipality.code(), municipality.name(),
                        PilotMunicipalityRole.valueOf(pilot.getString(ROLE)),
                        PilotStatus.valueOf(pilot.getString(STATUS))));
            }
        }
        return items;
    }

    private static Map<String, Document> pilots(Document project) {
        Map<String, Document> pilots = new LinkedHashMap<>();
        List<Document> stored = project.getList(PILOTS, Document.class);
        if (stored != null) {
            stored.forEach(pilot -> pilots.put(pilot.getString(MUNICIPALITY_CODE), pilot));
        }
        return pilots;
    }

    private static boolean takesPart(Document pilot) {
        return PilotStatus.valueOf(pilot.getString(STATUS)).takesPart();
    }

    /** A project whose first step was not seen counts as proposed. */
    private static ProjectStatus status(Document project) {
        String status = project.getString(STATUS);
        return status == null ? ProjectStatus.PROPOSED : ProjectStatus.valueOf(status);
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
