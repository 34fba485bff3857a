package dk.samspil.identity;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The identity provider's own settings ({@code samspil.identity.*}); defaults live in application.yml.
 *
 * @param issuer                 the {@code iss} of every token and the base of the discovery document
 * @param audience               the {@code aud} of every access token: what the gateway and the services accept
 * @param accessTokenTimeToLive  how long an access token is valid
 * @param webClient              the browser client (authorization code with PKCE)
 * @param keyStore               where the RS256 signing key comes from; without a location a new key is made at start
 */
@ConfigurationProperties("samspil.identity")
public record IdentityProperties(URI issuer, String audience, Duration accessTokenTimeToLive, WebClient webClient,
                                 KeyStoreLocation keyStore) {

    public IdentityProperties {
        Objects.requireNonNull(issuer, "samspil.identity.issuer is required");
        if (!issuer.isAbsolute() || issuer.getPath().endsWith("/") || issuer.getQuery() != null) {
            throw new IllegalArgumentException(
                    "samspil.identity.issuer must be an absolute URL without a trailing slash or query: " + issuer);
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("samspil.identity.audience is required");
        }
        Objects.requireNonNull(accessTokenTimeToLive, "samspil.identity.access-token-time-to-live is required");
        Objects.requireNonNull(webClient, "samspil.identity.web-client is required");
        keyStore = keyStore == null ? new KeyStoreLocation(null, null, null) : keyStore;
    }

    /** A public client: it has no secret, so it must prove the code with PKCE. */
    public record WebClient(String clientId, Set<String> redirectUris, Set<String> postLogoutRedirectUris) {

        public WebClient {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("samspil.identity.web-client.client-id is required");
            }
            if (redirectUris == null || redirectUris.isEmpty()) {
                throw new IllegalArgumentException("samspil.identity.web-client.redirect-uris must name at least one URI");
            }
            redirectUris = Set.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? Set.of() : Set.copyOf(postLogoutRedirectUris);
        }
    }

    /** A PKCS12 key store holding the RSA signing key under {@code alias}; one password for the store and the key. */
    public record KeyStoreLocation(Resource location, String password, String alias) {

        public boolean configured() {
            return location != null;
        }

        /** Without the password, which must not reach a log. */
        @Override
        public String toString() {
            return "KeyStoreLocation[" + location + ", alias " + alias + "]";
        }
    }
}
