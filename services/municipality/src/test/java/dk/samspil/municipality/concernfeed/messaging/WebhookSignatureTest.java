package dk.samspil.municipality.concernfeed.messaging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void signs_the_raw_body_with_hmac_sha256_in_hex() {
        // The well-known HMAC-SHA256 example of key "key" over the pangram.
        assertThat(WebhookSignature.of("key", "The quick brown fox jumps over the lazy dog"
                .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
