package dk.samspil.nationalassociation.overview.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.kafka.RecordPosition;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The national overview, from the platform's activity read model (one document per municipality, 98 at most): the
 * overview reads them all with one query and adds them up per district and for the country.
 */
@Component
public class NationalOverviewProjection {

    private final ActivityReadModel activity;

    public NationalOverviewProjection(MongoDatabase readModelDatabase, Clock clock) {
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

    public NationalOverview handle(FetchNationalOverviewQuery query) {
        return NationalOverview.of(activity.districts());
    }
}
