package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.initiatives.InitiativeTally;
import dk.samspil.platform.initiatives.InitiativeTallyDocument;
import dk.samspil.platform.kafka.RecordPosition;
import org.springframework.stereotype.Component;

/**
 * The district dashboards: one document per police district ({@code _id} = politikredskode) in
 * {@code district_dashboards}, counting each municipality's initiatives under {@code municipalities.<kommunekode>}.
 */
@Component
public class DistrictDashboardProjection {

    static final String COLLECTION = "district_dashboards";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final InitiativeTally dashboards;

    public DistrictDashboardProjection(MongoDatabase readModelDatabase) {
        this.dashboards = new InitiativeTally(readModelDatabase, COLLECTION, Municipality::districtCode,
                DistrictDashboardProjection::countsPath);
    }

    /** @return false when the event changed nothing (already applied, or older than what was) */
    public boolean on(EventEnvelope<?> event, RecordPosition position) {
        return dashboards.apply(event, position);
    }

    public DistrictDashboard handle(FetchDistrictDashboardQuery query) {
        PoliceDistrict district = referenceData.district(query.districtCode());
        InitiativeTallyDocument dashboard = dashboards.find(district.code());
        return new DistrictDashboard(district.code(), district.name(), dashboard.lastEventAt().orElse(null),
                district.municipalities().stream()
                        .map(municipality -> new MunicipalityInitiatives(municipality.code(), municipality.name(),
                                dashboard.countsAt(countsPath(municipality))))
                        .toList());
    }

    private static String countsPath(Municipality municipality) {
        return "municipalities." + municipality.code();
    }
}
