package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One document per decision ({@code _id} = decision id), written by two kinds of aggregate: the district council
 * (making and assigning it, guarded by {@code districtSequence}) and each local council it is assigned to (reporting
 * on it, guarded by {@code assignments.<local council id>.sequence}). The two arrive on different topics in any
 * order: a report may create the document before the decision's making is seen.
 */
final class DecisionStore {

    static final String COLLECTION = "dashboard_decisions";

    private static final String DISTRICT_CODE = "districtCode";
    private static final String DISTRICT_SEQUENCE = "districtSequence";
    private static final String TITLE = "title";
    private static final String DUE_DATE = "dueDate";
    private static final String ASSIGNMENTS = "assignments";
    private static final String ASSIGNED = "assigned";
    private static final String STATUS = "status";
    private static final String NOTE = "lastNote";
    private static final String REPORTED_ON = "reportedOn";

    private final MongoCollection<Document> decisions;

    DecisionStore(MongoDatabase database) {
        this.decisions = database.getCollection(COLLECTION);
    }

    /** A decision made or assigned: {@code assignedLocalCouncilIds} are all the councils it is assigned to now. */
    boolean applyDecision(EventEnvelope<?> envelope, String districtCode, String decisionId, String title,
                          LocalDate dueDate, List<String> assignedLocalCouncilIds) {
        Document fields = new Document(DISTRICT_CODE, districtCode).append(TITLE, title)
                .append(DUE_DATE, dueDate.toString());
        assignedLocalCouncilIds.forEach(id -> fields.append(assignmentField(id, ASSIGNED), true));
        return SequenceGuard.setIfNewer(decisions, decisionId, DISTRICT_SEQUENCE, envelope.aggregateSequence(), fields);
    }

    boolean applyReport(EventEnvelope<?> envelope, DecisionImplementationReported reported) {
        String councilId = reported.localCouncilId();
        Document fields = new Document(assignmentField(councilId, STATUS), reported.status().name())
                .append(assignmentField(councilId, NOTE), reported.note())
                .append(assignmentField(councilId, REPORTED_ON), reported.reportedOn().toString());
        return SequenceGuard.setIfNewer(decisions, reported.decisionId(), assignmentField(councilId, "sequence"),
                envelope.aggregateSequence(), fields);
    }

    /**
     * The district's decisions whose making has been seen, by due date.
     *
     * @param nameOf the local council's name, by id
     */
    List<DecisionItem> ofDistrict(String districtCode, LocalDate today, UnaryOperator<String> nameOf) {
        return decisions.find(Filters.eq(DISTRICT_CODE, districtCode)).map(document -> read(document, today, nameOf))
                .into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(DecisionItem::dueDate).thenComparing(DecisionItem::decisionId))
                .toList();
    }

    void drop() {
        decisions.drop();
    }

    boolean isEmpty() {
        return decisions.find().limit(1).first() == null;
    }

    private static DecisionItem read(Document document, LocalDate today, UnaryOperator<String> nameOf) {
        List<DecisionAssignment> assignments = new ArrayList<>();
        Document stored = document.get(ASSIGNMENTS, Document.class);
        if (stored != null) {
            stored.forEach((councilId, value) -> {
                Document assignment = (Document) value;
                if (assignment.getBoolean(ASSIGNED, false)) {
                    String status = assignment.getString(STATUS);
                    String reportedOn = assignment.getString(REPORTED_ON);
                    assignments.add(DecisionAssignment.of(councilId, nameOf.apply(councilId),
                            status == null ? DecisionImplementationStatus.PLANNED : DecisionImplementationStatus.valueOf(status),
                            assignment.getString(NOTE), reportedOn == null ? null : LocalDate.parse(reportedOn)));
                }
            });
        }
        assignments.sort(Comparator.comparing(DecisionAssignment::localCouncilId));
        LocalDate dueDate = LocalDate.parse(document.getString(DUE_DATE));
        boolean done = !assignments.isEmpty()
                && assignments.stream().allMatch(assignment -> assignment.status() == DecisionImplementationStatus.DONE);
        return new DecisionItem(document.getString("_id"), document.getString(TITLE), dueDate,
                dueDate.isBefore(today) && !done, List.copyOf(assignments));
    }

    private static String assignmentField(String localCouncilId, String field) {
        return ASSIGNMENTS + "." + localCouncilId + "." + field;
    }
}
