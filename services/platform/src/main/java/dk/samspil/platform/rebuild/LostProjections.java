package dk.samspil.platform.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.time.Clock;
import java.util.Date;

/**
 * Axon projections keep their tokens in PostgreSQL and their read models in MongoDB. A read model whose storage was lost
 * (a new database, dropped collections, an embedded store that could not be kept) would never be rebuilt, since the
 * token says every event was applied. So each projection leaves a mark in the read-model database, collection
 * {@value #COLLECTION}, and one that finds no mark when the service is ready is rebuilt: its {@code @ResetHandler}
 * drops what is left and it replays the event store. The mark is lost with the data it stands for. A service starting
 * for the first time with this class rebuilds each projection once.
 */
public final class LostProjections implements ApplicationListener<ApplicationReadyEvent> {

    static final String COLLECTION = "read_model_marks";

    private static final Logger log = LoggerFactory.getLogger(LostProjections.class);

    private final AxonProjections projections;
    private final MongoCollection<Document> marks;
    private final Clock clock;

    public LostProjections(AxonProjections projections, MongoDatabase readModelDatabase, Clock clock) {
        this.projections = projections;
        this.marks = readModelDatabase.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        projections.all().forEach(this::rebuildIfLost);
    }

    void rebuildIfLost(AxonProjection projection) {
        if (marks.find(Filters.eq("_id", projection.name())).first() != null) {
            return;
        }
        log.warn("Læsemodellen {} har intet mærke i MongoDB (ny eller tabt) og genopbygges fra event store", projection.name());
        projection.rebuild();
        marks.replaceOne(Filters.eq("_id", projection.name()), new Document("since", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }
}
