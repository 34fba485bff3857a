package dk.samspil.municipality.concernfeed.messaging;

import dk.samspil.municipality.concernfeed.query.SubscriptionStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Calls the webhooks of pending deliveries on one background thread: at once when woken, and when the next retry is
 * due. A failed attempt (no 2xx answer) is retried after 1 s, 2 s, 4 s, … ({@link WebhookProperties}) until the
 * attempts are used up. Redirects are not followed, so an answer cannot send the call to an address the URL check
 * would refuse; the destination is checked again before every attempt.
 */
@Component
class WebhookSender implements SmartLifecycle {

    static final String DELIVERY_HEADER = "X-Samspil-Delivery";
    static final String EVENT_HEADER = "X-Samspil-Event";

    private static final Logger logger = LoggerFactory.getLogger(WebhookSender.class);
    /** How often an idle sender looks for deliveries another instance left due. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    private final WebhookDeliveryLog log;
    private final SubscriptionStore subscriptions;
    private final WebhookDestinations destinations;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final BlockingQueue<Boolean> signals = new LinkedBlockingQueue<>();
    private volatile Thread worker;

    WebhookSender(WebhookDeliveryLog log, SubscriptionStore subscriptions, WebhookDestinations destinations,
                  WebhookProperties properties, Clock clock) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.destinations = destinations;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void wake() {
        signals.offer(Boolean.TRUE);
    }

    @Override
    public void start() {
        worker = new Thread(this::run, "samspil-webhooks");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                deliverDue();
                signals.clear();
                signals.poll(untilNextDue().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                logger.warn("Webhook deliveries paused: {}", e.getMessage());
                try {
                    signals.poll(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliverDue() {
        Optional<Document> due;
        while (worker == Thread.currentThread()
                && (due = log.claimDue(clock.instant(), clock.instant().plus(properties.timeout().multipliedBy(3)))).isPresent()) {
            attempt(due.get());
        }
    }

    private Duration untilNextDue() {
        Duration wait = log.nextDueAt().map(at -> Duration.between(clock.instant(), at)).orElse(IDLE_CHECK);
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ofMillis(1);
        }
        return wait.compareTo(IDLE_CHECK) > 0 ? IDLE_CHECK : wait;
    }

    private void attempt(Document delivery) {
        String deliveryId = delivery.getString("_id");
        int attemptNumber = delivery.getList("attempts", Document.class).size() + 1;
        Instant at = clock.instant();
        try {
            URI destination = destinations.checkForDelivery(delivery.getString("url"));
            String secret = subscriptions.webhookSecretOf(delivery.getString("subscriptionId"))
                    .orElseThrow(() -> new InvalidWebhookUrlException(delivery.getString("url"),
                            "abonnementet har ingen webhook-hemmelighed"));
            byte[] body = delivery.getString("body").getBytes(StandardCharsets.UTF_8);
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(destination)
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                    .header(DELIVERY_HEADER, deliveryId)
                    .header(EVENT_HEADER, delivery.getString("eventType"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                log.recordAttempt(deliveryId, new WebhookDelivery.Attempt(at, status, null), DeliveryOutcome.DELIVERED, null);
            } else {
                failed(deliveryId, attemptNumber, new WebhookDelivery.Attempt(at, status, "Svar " + status));
            }
        } catch (InvalidWebhookUrlException e) {
            log.recordAttempt(deliveryId, new WebhookDelivery.Attempt(at, null, e.getMessage()), DeliveryOutcome.GAVE_UP, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failed(deliveryId, attemptNumber, new WebhookDelivery.Attempt(at, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private void failed(String deliveryId, int attemptNumber, WebhookDelivery.Attempt attempt) {
        if (attemptNumber >= properties.maxAttempts()) {
            logger.warn("Webhook delivery {} gave up after {} attempts: {}", deliveryId, attemptNumber, attempt.error());
            log.recordAttempt(deliveryId, attempt, DeliveryOutcome.GAVE_UP, null);
        } else {
            log.recordAttempt(deliveryId, attempt, DeliveryOutcome.PENDING,
                    attempt.at().plus(properties.backoffAfter(attemptNumber)));
        }
    }
}
