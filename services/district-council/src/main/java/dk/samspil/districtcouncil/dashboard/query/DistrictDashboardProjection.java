package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.activity.DistrictActivity;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The district dashboards, from the platform's activity read model (one document per municipality); a dashboard reads
 * the documents of its district's municipalities.
 */
@Component
public class DistrictDashboardProjection {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final ActivityReadModel activity;

    public DistrictDashboardProjection(MongoDatabase readModelDatabase, Clock clock) {
        this.activity = new ActivityReadModel(readModelDatabase, clock);
    }

    /** @return false when the event changed nothing (already applied, older than what was, or not about activity) */
    public boolean on(EventEnvelope<?> event, RecordPosition position) {
        return activity.apply(event, position);
    }

    /** Nothing applied yet: a new read model, or one dropped to be rebuilt from the topics. */
    public boolean isEmpty() {
        return activity.isEmpty();
    }

    public DistrictActivity handle(FetchDistrictDashboardQuery query) {
        return activity.district(referenceData.district(query.districtCode()));
    }
}
