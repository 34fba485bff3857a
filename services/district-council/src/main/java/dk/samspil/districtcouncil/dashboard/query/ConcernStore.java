package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.municipality.ConcernArea;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.reference.Theme;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One document per concern ({@code _id} = concern id) with what the dashboards show and the districts its area touches.
 * Every published concern event carries the state it changes (status, area, severity, escalations so far), so each
 * event is one guarded {@code $set} of those fields.
 */
final class ConcernStore {

    static final String COLLECTION = "dashboard_concerns";

    private static final String SEQUENCE = "sequence";
    private static final String RAISED_BY = "raisedBy";
    private static final String TITLE = "title";
    private static final String THEMES = "themes";
    private static final String SEVERITY = "severity";
    private static final String STATUS = "status";
    private static final String MUNICIPALITY_CODES = "municipalityCodes";
    private static final String DISTRICT_CODES = "districtCodes";
    private static final String TOUCHED_DISTRICTS = "touchedDistricts";
    private static final String ESCALATED_TO = "escalatedTo";
    private static final String LAST_ACTIVITY_AT = "lastActivityAt";

    private final MongoCollection<Document> concerns;

    ConcernStore(MongoDatabase database) {
        this.concerns = database.getCollection(COLLECTION);
    }

    /** @param event the envelope's payload, its municipalities known to the reference data */
    boolean apply(EventEnvelope<?> envelope, ConcernEvent event) {
        Document fields = new Document(RAISED_BY, event.municipalityCode())
                .append(STATUS, event.status().name())
                .append(LAST_ACTIVITY_AT, Date.from(envelope.time().toInstant()));
        if (event instanceof ConcernRaised raised) {
            fields.append(TITLE, raised.title())
                    .append(THEMES, raised.themes().stream().map(Theme::name).toList())
                    .append(SEVERITY, raised.severity().name());
            appendArea(fields, raised.municipalityCodes(), raised.districtCodes());
        } else if (event instanceof ConcernUpdated updated) {
            fields.append(SEVERITY, updated.severity().name());
        } else if (event instanceof ConcernConfirmed confirmed) {
            appendArea(fields, confirmed.municipalityCodes(), confirmed.districtCodes());
        } else if (event instanceof ConcernEscalated escalated) {
            fields.append(ESCALATED_TO, escalated.escalatedDistrictCodes());
        }
        return SequenceGuard.setIfNewer(concerns, event.concernId(), SEQUENCE, envelope.aggregateSequence(), fields);
    }

    /** Open concerns whose area touches the district (those raised in it or escalated to it always do). */
    List<Document> openTouching(String districtCode) {
        return concerns.find(Filters.and(Filters.eq(TOUCHED_DISTRICTS, districtCode),
                        Filters.ne(STATUS, ConcernStatus.RESOLVED.name())))
                .sort(Sorts.descending(LAST_ACTIVITY_AT))
                .into(new ArrayList<>());
    }

    void drop() {
        concerns.drop();
    }

    boolean isEmpty() {
        return concerns.find().limit(1).first() == null;
    }

    static ConcernItem read(Document document, String raisedByName) {
        String severity = document.getString(SEVERITY);
        return ConcernItem.of(document.getString("_id"), document.getString(TITLE),
                strings(document, THEMES).stream().map(Theme::valueOf).toList(),
                severity == null ? null : ConcernSeverity.valueOf(severity),
                ConcernStatus.valueOf(document.getString(STATUS)), document.getString(RAISED_BY), raisedByName,
                strings(document, MUNICIPALITY_CODES), strings(document, ESCALATED_TO));
    }

    private static void appendArea(Document fields, List<String> municipalityCodes, List<String> districtCodes) {
        fields.append(MUNICIPALITY_CODES, municipalityCodes)
                .append(DISTRICT_CODES, districtCodes)
                .append(TOUCHED_DISTRICTS, List.copyOf(ConcernArea.touchedDistricts(municipalityCodes, districtCodes)));
    }

    private static List<String> strings(Document document, String field) {
        List<String> values = document.getList(field, String.class);
        return values == null ? List.of() : values;
    }
}
