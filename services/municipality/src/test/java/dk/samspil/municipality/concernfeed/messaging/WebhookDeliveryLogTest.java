package dk.samspil.municipality.concernfeed.messaging;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.platform.testing.TestMongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The pending and finished webhook deliveries on the Mongo-wire server. */
class WebhookDeliveryLogTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private MongoClient client;
    private WebhookDeliveryLog log;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        log = new WebhookDeliveryLog(client.getDatabase("webhook-deliveries-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void the_same_feed_entry_told_twice_is_one_delivery() {
        String id = WebhookDeliveryLog.deliveryId("s-1", "c-1", 0);
        assertThat(WebhookDeliveryLog.deliveryId("s-1", "c-1", 0)).isEqualTo(id);
        assertThat(WebhookDeliveryLog.deliveryId("s-1", "c-1", 1)).isNotEqualTo(id);

        log.enqueue(id, "s-1", "c-1", "type", "http://hook", "{\"a\":1}", NOW);
        log.enqueue(id, "s-1", "c-1", "type", "http://hook", "{\"a\":2}", NOW.plusSeconds(5));

        assertThat(log.ofSubscription("s-1")).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.PENDING);
            assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
            assertThat(delivery.attempts()).isEmpty();
        });
        assertThat(log.ofSubscription("s-2")).isEmpty();
    }

    @Test
    void a_claimed_delivery_is_left_alone_until_its_lease_ends() {
        log.enqueue("d-1", "s-1", "c-1", "type", "http://hook", "{}", NOW);

        Document claimed = log.claimDue(NOW, NOW.plusSeconds(15)).orElseThrow();

        assertThat(claimed.getString("body")).isEqualTo("{}");
        assertThat(log.claimDue(NOW.plusSeconds(14), NOW.plusSeconds(30))).isEmpty();
        assertThat(log.nextDueAt()).contains(NOW.plusSeconds(15));
        assertThat(log.claimDue(NOW.plusSeconds(15), NOW.plusSeconds(30))).isPresent();
    }

    @Test
    void attempts_are_logged_and_a_finished_delivery_is_never_due_again() {
        log.enqueue("d-1", "s-1", "c-1", "type", "http://hook", "{}", NOW);
        log.recordAttempt("d-1", new WebhookDelivery.Attempt(NOW, 500, "Svar 500"), DeliveryOutcome.PENDING,
                NOW.plusSeconds(1));
        log.recordAttempt("d-1", new WebhookDelivery.Attempt(NOW.plusSeconds(1), null, "ConnectException"),
                DeliveryOutcome.PENDING, NOW.plusSeconds(3));
        log.recordAttempt("d-1", new WebhookDelivery.Attempt(NOW.plusSeconds(3), 204, null),
                DeliveryOutcome.DELIVERED, null);

        WebhookDelivery delivery = log.ofSubscription("s-1").get(0);
        assertThat(delivery.attempts()).containsExactly(
                new WebhookDelivery.Attempt(NOW, 500, "Svar 500"),
                new WebhookDelivery.Attempt(NOW.plusSeconds(1), null, "ConnectException"),
                new WebhookDelivery.Attempt(NOW.plusSeconds(3), 204, null));
        assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
        assertThat(delivery.outcomeLabel()).isEqualTo("leveret");
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(log.claimDue(NOW.plusSeconds(3600), NOW.plusSeconds(3700))).isEmpty();
        assertThat(log.nextDueAt()).isEmpty();
    }
}
