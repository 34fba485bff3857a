package dk.samspil.municipality.concernfeed.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.kafka.ReadModel;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-municipality concern feed, built from the published concern events. Each event first updates the concern's
 * {@link ConcernCatalogue catalogue} entry (sequence-guarded), then fans out: the municipalities whose feed lists the
 * concern get their entry updated, moved to the top and marked unread; the municipalities with a subscription that now
 * matches an open concern get a new entry. Feed entries live in {@value #ENTRIES}, {@code _id} =
 * {@code kommunekode/concernId}. Every entry written is told to the {@link FeedEntryListener}s.
 */
@Component
public class ConcernFeed implements ReadModel {

    static final String ENTRIES = "concern_feed";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final MongoCollection<Document> entries;
    private final ConcernCatalogue catalogue;
    private final SubscriptionStore subscriptions;
    private final List<FeedEntryListener> listeners;

    public ConcernFeed(MongoDatabase readModelDatabase, ConcernCatalogue catalogue, SubscriptionStore subscriptions,
                       List<FeedEntryListener> listeners) {
        this.entries = readModelDatabase.getCollection(ENTRIES);
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.listeners = listeners;
    }

    /**
     * Applies one event of the concerns topic.
     *
     * @return false when it changed nothing: not a concern event, already applied, or a later step of a concern whose
     * raising the feed never saw (it went to the dead-letter topic)
     * @throws MalformedEventException when the event names a municipality or district the reference data does not know
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        if (!(envelope.payload() instanceof ConcernEvent event)) {
            return false;
        }
        requireKnownCodes(envelope, event);
        long sequence = envelope.aggregateSequence();
        Optional<Document> current = catalogue.document(event.concernId());
        long fannedOut = current.map(document -> document.getLong("fannedOut")).orElse(-1L);
        if (fannedOut >= sequence) {
            return false;
        }
        CatalogueConcern concern;
        boolean resuming = current.isPresent() && current.get().getLong("sequence") >= sequence;
        if (resuming) {
            concern = ConcernCatalogue.concern(current.get());
            if (concern.sequence() != sequence) {
                return false;
            }
        } else {
            Instant at = envelope.time().toInstant();
            if (current.isEmpty()) {
                if (!(event instanceof ConcernRaised raised)) {
                    return false;
                }
                concern = CatalogueConcern.raised(raised, envelope.type(), at, sequence);
            } else {
                concern = ConcernCatalogue.concern(current.get()).after(event, envelope.type(), at, sequence);
            }
            catalogue.save(concern, fannedOut);
        }
        fanOut(concern, resuming);
        catalogue.fannedOut(concern.concernId(), sequence);
        return true;
    }

    /** Lists, in the municipality's feed, the open concerns its active subscriptions now match and it did not list. */
    public void reevaluate(String municipalityCode) {
        List<FeedSubscription> active = subscriptions.activeOf(municipalityCode);
        if (active.isEmpty()) {
            return;
        }
        for (CatalogueConcern concern : catalogue.all()) {
            if (concern.listedIn().contains(municipalityCode) || !concern.status().isOpen()) {
                continue;
            }
            List<FeedSubscription> matched = active.stream().filter(subscription -> subscription.matches(concern)).toList();
            if (!matched.isEmpty()) {
                list(municipalityCode, concern, matched, false);
            }
        }
    }

    @QueryHandler
    public FeedPage handle(FetchConcernFeedQuery query) {
        Bson filter = query.unread() == null ? ofMunicipality(query.municipalityCode())
                : Filters.and(ofMunicipality(query.municipalityCode()), Filters.eq("read", !query.unread()));
        List<FeedItem> items = entries.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("lastActivityAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size())
                .limit(query.size())
                .map(this::item)
                .into(new ArrayList<>());
        long unread = entries.countDocuments(Filters.and(ofMunicipality(query.municipalityCode()),
                Filters.eq("read", false)));
        return new FeedPage(items, query.page(), query.size(), entries.countDocuments(filter), unread);
    }

    /** @return false when the concern is not in the municipality's feed */
    public boolean markRead(String municipalityCode, String concernId) {
        return entries.updateOne(Filters.eq("_id", entryId(municipalityCode, concernId)), Updates.set("read", true))
                .getMatchedCount() > 0;
    }

    public long markAllRead(String municipalityCode) {
        return entries.updateMany(Filters.and(ofMunicipality(municipalityCode), Filters.eq("read", false)),
                Updates.set("read", true)).getModifiedCount();
    }

    /** Whether nothing was ever applied: then the topic is read from the start. */
    @Override
    public boolean isEmpty() {
        return catalogue.isEmpty();
    }

    /** The feed's entries go too, with what was marked read: the events do not say what a person has read. */
    @Override
    public void drop() {
        catalogue.drop();
        entries.drop();
    }

    private void fanOut(CatalogueConcern concern, boolean resuming) {
        Map<String, List<FeedSubscription>> byMunicipality = subscriptions.active().stream()
                .collect(Collectors.groupingBy(FeedSubscription::municipalityCode, LinkedHashMap::new, Collectors.toList()));
        Set<String> candidates = new LinkedHashSet<>(concern.listedIn());
        candidates.addAll(byMunicipality.keySet());
        candidates.remove(concern.raisedBy());
        for (String municipalityCode : candidates) {
            List<FeedSubscription> matched = byMunicipality.getOrDefault(municipalityCode, List.of()).stream()
                    .filter(subscription -> subscription.matches(concern)).toList();
            boolean listed = concern.listedIn().contains(municipalityCode);
            if (listed || (!matched.isEmpty() && concern.status().isOpen())) {
                list(municipalityCode, concern, matched, resuming);
            }
        }
    }

    /**
     * Writes the entry unless it already shows this step (or a later one); when resuming a cut-short fan-out, an entry
     * of this very step is written and told again, since its listeners may not have heard of it.
     */
    private void list(String municipalityCode, CatalogueConcern concern, List<FeedSubscription> matched,
                      boolean resuming) {
        String id = entryId(municipalityCode, concern.concernId());
        Document existing = entries.find(Filters.eq("_id", id)).projection(new Document("sequence", 1)).first();
        if (existing != null && (existing.getLong("sequence") > concern.sequence()
                || existing.getLong("sequence") == concern.sequence() && !resuming)) {
            return;
        }
        Document entry = new Document("_id", id)
                .append("municipalityCode", municipalityCode)
                .append("concernId", concern.concernId())
                .append("title", concern.title())
                .append("themes", concern.themes().stream().map(Theme::name).toList())
                .append("severity", concern.severity().name())
                .append("status", concern.status().name())
                .append("raisedBy", concern.raisedBy())
                .append("lastStep", concern.lastStep().name())
                .append("lastActivityAt", Date.from(concern.lastActivityAt()))
                .append("read", false)
                .append("sequence", concern.sequence());
        entries.replaceOne(Filters.eq("_id", id), entry, new ReplaceOptions().upsert(true));
        if (!concern.listedIn().contains(municipalityCode)) {
            catalogue.listedIn(concern.concernId(), municipalityCode);
        }
        FeedEntryChange change = new FeedEntryChange(municipalityCode, item(entry), concern.sequence(),
                concern.eventType(), matched);
        listeners.forEach(listener -> listener.entryChanged(change));
    }

    private FeedItem item(Document entry) {
        List<Theme> themes = entry.getList("themes", String.class).stream().map(Theme::valueOf).toList();
        ConcernSeverity severity = ConcernSeverity.valueOf(entry.getString("severity"));
        ConcernStatus status = ConcernStatus.valueOf(entry.getString("status"));
        ConcernStep step = ConcernStep.valueOf(entry.getString("lastStep"));
        String raisedBy = entry.getString("raisedBy");
        return new FeedItem(entry.getString("concernId"), entry.getString("title"), themes,
                themes.stream().map(Theme::label).toList(), severity, severity.label(), status, status.label(),
                raisedBy, referenceData.municipality(raisedBy).name(), step, step.label(),
                entry.getDate("lastActivityAt").toInstant(), entry.getBoolean("read"));
    }

    private void requireKnownCodes(EventEnvelope<?> envelope, ConcernEvent event) {
        try {
            referenceData.municipality(event.municipalityCode());
            if (event instanceof ConcernRaised raised) {
                requireKnownArea(raised.municipalityCodes(), raised.districtCodes());
            } else if (event instanceof ConcernConfirmed confirmed) {
                requireKnownArea(confirmed.municipalityCodes(), confirmed.districtCodes());
            }
        } catch (RuntimeException e) {
            throw new MalformedEventException("Event " + envelope.id() + " names an unknown place: " + e.getMessage(), e);
        }
    }

    private void requireKnownArea(List<String> municipalityCodes, List<String> districtCodes) {
        municipalityCodes.forEach(referenceData::municipality);
        districtCodes.forEach(referenceData::district);
    }

    private static Bson ofMunicipality(String municipalityCode) {
        return Filters.eq("municipalityCode", municipalityCode);
    }

    private static String entryId(String municipalityCode, String concernId) {
        return municipalityCode + "/" + concernId;
    }
}
