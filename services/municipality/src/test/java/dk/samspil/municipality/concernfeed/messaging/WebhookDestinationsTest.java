package dk.samspil.municipality.concernfeed.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookDestinationsTest {

    private final WebhookDestinations strict = new WebhookDestinations(properties(false));
    private final WebhookDestinations loopbackAllowed = new WebhookDestinations(properties(true));

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/x", "file:///etc/passwd", "/relative/path", "http://", "not a url",
            "https://user:pw@hooks.example/x", "javascript:alert(1)"})
    void only_absolute_http_or_https_urls_are_accepted(String url) {
        assertThatThrownBy(() -> strict.checkForSubscription(url))
                .isInstanceOfSatisfying(InvalidWebhookUrlException.class, e -> assertThat(e.value()).isEqualTo(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data", "http://[fe80::1]/x", "http://224.0.0.1/x",
            "http://0.0.0.0:8080/x", "http://[::]/x"})
    void link_local_multicast_and_any_local_addresses_are_refused_even_with_loopback_allowed(String url) {
        assertThatThrownBy(() -> loopbackAllowed.checkForSubscription(url)).isInstanceOf(InvalidWebhookUrlException.class);
        assertThatThrownBy(() -> loopbackAllowed.checkForDelivery(url)).isInstanceOf(InvalidWebhookUrlException.class);
    }

    @Test
    void loopback_only_when_allowed() {
        assertThatThrownBy(() -> strict.checkForSubscription("http://127.0.0.1:8080/hook"))
                .isInstanceOf(InvalidWebhookUrlException.class);
        assertThatThrownBy(() -> strict.checkForDelivery("http://localhost:8080/hook"))
                .isInstanceOf(InvalidWebhookUrlException.class);
        assertThat(loopbackAllowed.checkForSubscription("http://127.0.0.1:8080/hook").getPort()).isEqualTo(8080);
    }

    @Test
    void a_public_address_is_accepted_and_an_unresolvable_name_only_when_subscribing() {
        assertThat(strict.checkForSubscription("https://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
        assertThat(strict.checkForSubscription("https://hooks.invalid/hook").getHost()).isEqualTo("hooks.invalid");
        assertThatThrownBy(() -> strict.checkForDelivery("https://hooks.invalid/hook"))
                .isInstanceOf(InvalidWebhookUrlException.class);
    }

    @Test
    void retries_back_off_exponentially() {
        WebhookProperties properties = properties(false);
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
    }

    private static WebhookProperties properties(boolean allowLoopback) {
        return new WebhookProperties(allowLoopback, Duration.ofSeconds(1), 6, Duration.ofSeconds(5));
    }
}
