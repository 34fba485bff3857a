package dk.samspil.platform.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Date;

/**
 * Axon projections keep their tokens in PostgreSQL and their read models in MongoDB. A read model whose storage was lost
 * (a new database, dropped collections, an embedded store that could not be kept) would never be rebuilt, since the
 * token says every event was applied. So each projection leaves a mark in the read-model database, collection
 * {@value #COLLECTION}, and one that finds no mark as the service starts is reset before its processor starts: its
 * {@code @ResetHandler} drops what is left and it replays the event store. The mark is lost with the data it stands
 * for. A service starting for the first time with this class replays each projection once.
 */
public final class LostProjections implements ConfigurerModule {

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

    /** Just before Axon starts the event processors, so that a lost projection does not first go on from its token. */
    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, this::rebuildLost);
    }

    void rebuildLost() {
        projections.all().forEach(this::rebuildIfLost);
    }

    private void rebuildIfLost(AxonProjection projection) {
        if (marks.find(Filters.eq("_id", projection.name())).first() != null) {
            return;
        }
        log.warn("Læsemodellen {} har intet mærke i MongoDB (ny eller tabt) og genopbygges fra event store", projection.name());
        projection.resetBeforeStart();
        marks.replaceOne(Filters.eq("_id", projection.name()), new Document("since", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }
}
