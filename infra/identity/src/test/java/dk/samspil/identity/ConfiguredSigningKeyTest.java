package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;

/** With a key store configured, the published key and the tokens' signatures are that store's key. */
class ConfiguredSigningKeyTest extends RunningIdentityProvider {

    private static Path store;

    @DynamicPropertySource
    static void keyStore(DynamicPropertyRegistry registry) throws Exception {
        store = TestKeyStores.create(Files.createTempDirectory("identity-key-store"), "identity.p12", "samspil-identity",
                "changeit");
        registry.add("samspil.identity.key-store.location", () -> "file:" + store);
        registry.add("samspil.identity.key-store.password", () -> "changeit");
        registry.add("samspil.identity.key-store.alias", () -> "samspil-identity");
    }

    @Test
    void tokensAreSignedWithTheKeyFromTheStore() throws Exception {
        String expectedKeyId = SigningKeys.load(new IdentityProperties.KeyStoreLocation(
                new FileSystemResource(store), "changeit", "samspil-identity")).getKeyID();

        JWK published = jwks().getKeys().get(0);
        String token = json(clientCredentials("samspil-demo", "samspil-demo-dev-secret")).path("access_token").asString();

        assertThat(published.getKeyID()).isEqualTo(expectedKeyId);
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo(expectedKeyId);
        assertThat(verified(token).getSubject()).isEqualTo("samspil-demo");
    }
}
