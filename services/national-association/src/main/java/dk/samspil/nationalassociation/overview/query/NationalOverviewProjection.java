package dk.samspil.nationalassociation.overview.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.initiatives.InitiativeTally;
import dk.samspil.platform.initiatives.InitiativeTallyDocument;
import dk.samspil.platform.kafka.RecordPosition;
import org.springframework.stereotype.Component;

/**
 * The national overview: one document per police district ({@code _id} = politikredskode) in
 * {@code national_overview}, counting the district's initiatives at the document root.
 */
@Component
public class NationalOverviewProjection {

    static final String COLLECTION = "national_overview";
    private static final String DOCUMENT_ROOT = "";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final InitiativeTally overview;

    public NationalOverviewProjection(MongoDatabase readModelDatabase) {
        this.overview = new InitiativeTally(readModelDatabase, COLLECTION, Municipality::districtCode,
                municipality -> DOCUMENT_ROOT);
    }

    /** @return false when the event changed nothing (already applied, or older than what was) */
    public boolean on(EventEnvelope<?> event, RecordPosition position) {
        return overview.apply(event, position);
    }

    public NationalOverview handle(FetchNationalOverviewQuery query) {
        return new NationalOverview(referenceData.districts().stream()
                .map(district -> {
                    InitiativeTallyDocument document = overview.find(district.code());
                    return new DistrictInitiatives(district.code(), district.name(), document.countsAt(DOCUMENT_ROOT),
                            document.lastEventAt().orElse(null));
                })
                .toList());
    }
}
