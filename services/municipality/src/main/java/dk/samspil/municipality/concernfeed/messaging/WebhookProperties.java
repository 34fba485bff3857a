package dk.samspil.municipality.concernfeed.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code samspil.webhooks.*}: whether loopback destinations are allowed (tests and local runs only), the wait before
 * the first retry (doubled after every failed attempt), how many attempts before giving up, and the timeout of one
 * attempt.
 */
@ConfigurationProperties("samspil.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowLoopback,
                                @DefaultValue("1s") Duration firstRetryAfter,
                                @DefaultValue("6") int maxAttempts,
                                @DefaultValue("5s") Duration timeout) {

    /** The wait after the given number of failed attempts: 1 s, 2 s, 4 s, … with the defaults. */
    Duration backoffAfter(int failedAttempts) {
        return firstRetryAfter.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    }
}
