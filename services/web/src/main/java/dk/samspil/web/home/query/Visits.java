package dk.samspil.web.home.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * When each user last opened their overview, so that it can show what changed since. The only thing the web service
 * stores; losing it costs a user one "since your last visit".
 */
@Component
public class Visits {

    private final MongoCollection<Document> visits;
    private final Clock clock;

    Visits(MongoDatabase database, Clock clock) {
        this.visits = database.getCollection("visits");
        this.clock = clock;
    }

    /** Records a visit now and returns the one before, if there was one. */
    public Optional<Instant> visitNow(String subject) {
        Document before = visits.findOneAndUpdate(Filters.eq("_id", subject),
                Updates.set("lastVisit", Date.from(clock.instant())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(before).map(document -> document.getDate("lastVisit")).map(Date::toInstant);
    }
}
