package dk.samspil.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client may send, e.g. {@code --samspil.gateway.rate-limit.requests-per-second=200}:
 * a steady rate, and a burst the client may spend at once after being quiet. Defaults live in application.yml.
 */
@ConfigurationProperties("samspil.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, double requestsPerSecond, int burst) {

    public RateLimitProperties {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("samspil.gateway.rate-limit.requests-per-second must be above 0");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("samspil.gateway.rate-limit.burst must be at least 1");
        }
    }
}
