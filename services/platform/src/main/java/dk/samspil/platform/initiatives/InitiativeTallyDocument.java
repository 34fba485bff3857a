package dk.samspil.platform.initiatives;

import dk.samspil.platform.mongo.IdempotentTally;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** One document of an {@link InitiativeTally} as read; a document nothing was counted in yet reads as zeros. */
public final class InitiativeTallyDocument {

    private final Document document;

    private InitiativeTallyDocument(Document document) {
        this.document = document;
    }

    static InitiativeTallyDocument of(Document document) {
        return new InitiativeTallyDocument(document);
    }

    static InitiativeTallyDocument empty() {
        return new InitiativeTallyDocument(new Document());
    }

    /** The counts kept under {@code path}, as the tally's {@code countsPathOf} gave it ("" for the root). */
    public InitiativeCounts countsAt(String path) {
        return InitiativeCounts.read(document, path);
    }

    /** When the latest event counted here happened; empty while nothing is counted. */
    public Optional<Instant> lastEventAt() {
        return Optional.ofNullable(document.get(IdempotentTally.LAST_EVENT_AT, Date.class)).map(Date::toInstant);
    }
}
