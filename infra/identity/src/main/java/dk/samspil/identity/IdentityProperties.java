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
 * @param webClient              the gateway's client for browsers (authorization code with PKCE and a secret)
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

    /**
     * The gateway, signing browsers in for the web (backend for frontend): a confidential client that proves the code
     * with PKCE as well, and keeps the user signed in with refresh tokens.
     *
     * @param refreshTokenTimeToLive how long a refresh token is valid; each use gives a new one
     */
    public record WebClient(String clientId, String secret, Set<String> redirectUris, Set<String> postLogoutRedirectUris,
                            Duration refreshTokenTimeToLive) {

        public WebClient {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("samspil.identity.web-client.client-id is required");
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("samspil.identity.web-client.secret is required");
            }
            if (redirectUris == null || redirectUris.isEmpty()) {
                throw new IllegalArgumentException("samspil.identity.web-client.redirect-uris must name at least one URI");
            }
            Objects.requireNonNull(refreshTokenTimeToLive,
                    "samspil.identity.web-client.refresh-token-time-to-live is required");
            redirectUris = Set.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? Set.of() : Set.copyOf(postLogoutRedirectUris);
        }

        /** Without the secret, which must not reach a log. */
        @Override
        public String toString() {
            return "WebClient[" + clientId + ", redirect URIs " + redirectUris + ", post-logout redirect URIs "
                    + postLogoutRedirectUris + ", refresh tokens for " + refreshTokenTimeToLive + "]";
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
