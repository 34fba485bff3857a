package dk.samspil.municipality.concernfeed.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.ConcernSubscribedEvent;
import dk.samspil.municipality.concernfeed.command.ConcernSubscriptionCancelledEvent;
import dk.samspil.municipality.concernfeed.command.ConcernSubscriptionChangedEvent;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.INFO;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static dk.samspil.contracts.reference.Theme.CANNABIS;
import static dk.samspil.contracts.reference.Theme.YOUTH_GROUPS;
import static dk.samspil.municipality.concernfeed.ConcernEvents.START;
import static dk.samspil.municipality.concernfeed.ConcernEvents.confirmed;
import static dk.samspil.municipality.concernfeed.ConcernEvents.raised;
import static dk.samspil.municipality.concernfeed.ConcernEvents.resolved;
import static dk.samspil.municipality.concernfeed.ConcernEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feed and the subscriptions' read model on the Mongo-wire server. Stevns (0336) and Køge (0259) lie in district
 * 1467, København (0101) in 1470, Aarhus (0751) in 1461.
 */
class ConcernFeedTest {

    private MongoClient client;
    private ConcernFeed feed;
    private ConcernSubscriptionProjection subscriptions;
    private final List<FeedEntryChange> told = new ArrayList<>();

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        MongoDatabase database = client.getDatabase("concern-feed-" + UUID.randomUUID());
        SubscriptionStore store = new SubscriptionStore(database);
        feed = new ConcernFeed(database, new ConcernCatalogue(database), store, List.of(told::add));
        subscriptions = new ConcernSubscriptionProjection(store, feed);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_concern_raised_elsewhere_enters_the_feed_of_a_matching_subscriber_only() {
        subscribe("s-stevns", "0336", List.of(), WATCH, "https://hook");
        subscribe("s-aarhus", "0751", List.of(), WATCH, null);

        assertThat(feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()))).isTrue();

        FeedItem item = page("0336", null).items().get(0);
        assertThat(item).isEqualTo(new FeedItem("c-1", "Unge samles ved stationen om aftenen", List.of(CANNABIS),
                List.of(CANNABIS.label()), WATCH, WATCH.label(), ConcernStatus.RAISED, ConcernStatus.RAISED.label(),
                "0259", "Køge", ConcernStep.RAISED, ConcernStep.RAISED.label(), START, false));
        assertThat(page("0751", null).totalItems()).isZero();
        assertThat(page("0259", null).totalItems()).isZero();
        assertThat(told).singleElement().satisfies(change -> {
            assertThat(change.municipalityCode()).isEqualTo("0336");
            assertThat(change.eventType()).isEqualTo(EventTypes.CONCERN_RAISED.type());
            assertThat(change.matchedSubscriptions()).extracting(FeedSubscription::subscriptionId).containsExactly("s-stevns");
        });
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        subscribe("s-stevns", "0336", List.of(), INFO, null);
        feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        feed.apply(updated("c-1", "0259", 1, ALERT));
        feed.markRead("0336", "c-1");

        assertThat(feed.apply(updated("c-1", "0259", 1, ALERT))).isFalse();
        assertThat(feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()))).isFalse();

        FeedItem item = page("0336", null).items().get(0);
        assertThat(item.severity()).isEqualTo(ALERT);
        assertThat(item.read()).isTrue();
        assertThat(told).hasSize(2);
    }

    @Test
    void a_raised_severity_lets_a_concern_enter_a_feed_later() {
        subscribe("s-stevns", "0336", List.of(), ALERT, null);
        feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        assertThat(page("0336", null).totalItems()).isZero();

        feed.apply(updated("c-1", "0259", 1, ALERT));

        FeedItem item = page("0336", null).items().get(0);
        assertThat(item.severity()).isEqualTo(ALERT);
        assertThat(item.lastStep()).isEqualTo(ConcernStep.UPDATED);
        assertThat(told).extracting(FeedEntryChange::sequence).containsExactly(1L);
    }

    @Test
    void a_confirmation_that_widens_the_area_lets_a_concern_enter_a_feed_later() {
        subscribe("s-aarhus", "0751", List.of(), INFO, null);
        feed.apply(raised("c-1", "0101", List.of(CANNABIS), WATCH, List.of("0101"), List.of()));
        assertThat(page("0751", null).totalItems()).isZero();

        feed.apply(confirmed("c-1", "0101", 1, "0730", List.of("0101", "0730"), List.of()));

        assertThat(page("0751", null).items()).extracting(FeedItem::concernId).containsExactly("c-1");
    }

    @Test
    void a_later_step_moves_a_listed_concern_to_the_top_and_marks_it_unread_even_when_resolved() {
        subscribe("s-stevns", "0336", List.of(), INFO, null);
        feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        feed.apply(raised("c-2", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        feed.apply(updated("c-2", "0259", 1, WATCH));
        feed.markAllRead("0336");
        assertThat(page("0336", null).items()).extracting(FeedItem::concernId).containsExactly("c-2", "c-1");

        feed.apply(updated("c-1", "0259", 1, WATCH));
        feed.apply(resolved("c-1", "0259", 2));

        FeedPage page = page("0336", null);
        assertThat(page.items()).extracting(FeedItem::concernId).containsExactly("c-1", "c-2");
        assertThat(page.items().get(0).status()).isEqualTo(ConcernStatus.RESOLVED);
        assertThat(page.items().get(0).read()).isFalse();
        assertThat(page.unreadItems()).isEqualTo(1);
    }

    @Test
    void a_later_step_keeps_a_concern_listed_after_the_subscription_ended() {
        subscribe("s-stevns", "0336", List.of(), INFO, null);
        feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        subscriptions.on(new ConcernSubscriptionCancelledEvent("s-stevns", "0336"), 1);

        feed.apply(updated("c-1", "0259", 1, ALERT));
        feed.apply(raised("c-2", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));

        assertThat(page("0336", null).items()).extracting(FeedItem::concernId, FeedItem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", ALERT));
        assertThat(told.get(1).matchedSubscriptions()).as("no webhook of a cancelled subscription").isEmpty();
    }

    @Test
    void a_new_or_changed_subscription_lists_the_known_open_concerns_it_matches() {
        feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        feed.apply(raised("c-2", "0259", List.of(YOUTH_GROUPS), WATCH, List.of("0259"), List.of()));
        feed.apply(raised("c-3", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
        feed.apply(resolved("c-3", "0259", 1));

        subscribe("s-stevns", "0336", List.of(CANNABIS), INFO, null);
        assertThat(page("0336", null).items()).extracting(FeedItem::concernId).containsExactly("c-1");

        subscriptions.on(new ConcernSubscriptionChangedEvent("s-stevns", "0336", List.of(), true, List.of(), List.of(),
                false, INFO, null, null), 1);
        assertThat(page("0336", null).items()).as("equal activity: by id").extracting(FeedItem::concernId)
                .containsExactly("c-1", "c-2");
        assertThat(told).extracting(FeedEntryChange::municipalityCode).containsOnly("0336").hasSize(2);
    }

    @Test
    void the_feed_is_paged_newest_activity_first_and_filtered_by_read_state() {
        subscribe("s-stevns", "0336", List.of(), INFO, null);
        for (int i = 1; i <= 5; i++) {
            feed.apply(raised("c-" + i, "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of()));
            feed.apply(updated("c-" + i, "0259", i, WATCH));
        }
        assertThat(feed.markRead("0336", "c-4")).isTrue();
        assertThat(feed.markRead("0336", "c-9")).isFalse();
        assertThat(feed.markRead("0751", "c-4")).isFalse();

        FeedPage second = feed.handle(new FetchConcernFeedQuery("0336", 1, 2, null));
        assertThat(second.items()).extracting(FeedItem::concernId).containsExactly("c-3", "c-2");
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.unreadItems()).isEqualTo(4);
        assertThat(page("0336", true).items()).extracting(FeedItem::concernId).containsExactly("c-5", "c-3", "c-2", "c-1");
        assertThat(page("0336", false).items()).extracting(FeedItem::concernId).containsExactly("c-4");

        assertThat(feed.markAllRead("0336")).isEqualTo(4);
        assertThat(page("0336", null).unreadItems()).isZero();
    }

    @Test
    void a_fan_out_cut_short_is_completed_and_told_again_when_the_event_is_redelivered() {
        MongoDatabase database = client.getDatabase("concern-feed-" + UUID.randomUUID());
        SubscriptionStore store = new SubscriptionStore(database);
        List<String> heard = new ArrayList<>();
        FeedEntryListener failingOnce = change -> {
            heard.add(change.municipalityCode());
            if (heard.size() == 1) {
                throw new IllegalStateException("listener down");
            }
        };
        ConcernFeed flaky = new ConcernFeed(database, new ConcernCatalogue(database), store, List.of(failingOnce));
        new ConcernSubscriptionProjection(store, flaky).on(new ConcernSubscribedEvent("s-1", "0336", List.of(), true,
                List.of(), List.of(), false, INFO, null, null), 0);
        var event = raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259"), List.of());
        assertThatThrownBy(() -> flaky.apply(event)).hasMessage("listener down");

        assertThat(flaky.apply(event)).isTrue();
        assertThat(flaky.apply(event)).isFalse();

        assertThat(heard).containsExactly("0336", "0336");
    }

    @Test
    void a_later_step_of_a_concern_never_seen_raised_is_skipped() {
        subscribe("s-stevns", "0336", List.of(), INFO, null);

        assertThat(feed.apply(updated("c-1", "0259", 1, ALERT))).isFalse();

        assertThat(page("0336", null).totalItems()).isZero();
        assertThat(feed.isEmpty()).isTrue();
    }

    @Test
    void a_concern_naming_an_unknown_place_is_malformed() {
        assertThatThrownBy(() -> feed.apply(raised("c-1", "0259", List.of(CANNABIS), WATCH, List.of("0259", "9999"),
                List.of()))).isInstanceOf(MalformedEventException.class).hasMessageContaining("9999");
        assertThat(feed.isEmpty()).isTrue();
    }

    @Test
    void the_subscriptions_read_model_follows_its_events_once() {
        subscribe("s-1", "0336", List.of(CANNABIS), WATCH, "https://hook");
        subscriptions.on(new ConcernSubscriptionChangedEvent("s-1", "0336", List.of(), false, List.of("1461"),
                List.of(), false, ALERT, null, null), 1);
        subscriptions.on(new ConcernSubscribedEvent("s-1", "0336", List.of(CANNABIS), true, List.of(), List.of(),
                false, WATCH, "https://hook", "secret"), 0);

        FeedSubscription subscription = subscriptions.handle(new FetchConcernSubscriptionsQuery("0336")).get(0);
        assertThat(subscription.minimumSeverity()).isEqualTo(ALERT);
        assertThat(subscription.area().districtCodes()).containsExactly("1461");
        assertThat(subscription.webhookUrl()).isNull();

        subscriptions.on(new ConcernSubscriptionCancelledEvent("s-1", "0336"), 2);
        assertThat(subscriptions.handle(new FetchConcernSubscriptionsQuery("0336")))
                .extracting(FeedSubscription::status).containsExactly(SubscriptionStatus.CANCELLED);
        assertThat(subscriptions.handle(new FetchConcernSubscriptionsQuery("0259"))).isEmpty();
    }

    private void subscribe(String subscriptionId, String municipalityCode, List<Theme> themes, ConcernSeverity minimum,
                           String webhookUrl) {
        subscriptions.on(new ConcernSubscribedEvent(subscriptionId, municipalityCode, themes, true, List.of(), List.of(),
                false, minimum, webhookUrl, webhookUrl == null ? null : "secret"), 0);
    }

    private FeedPage page(String municipalityCode, Boolean unread) {
        return feed.handle(new FetchConcernFeedQuery(municipalityCode, 0, 20, unread));
    }
}
