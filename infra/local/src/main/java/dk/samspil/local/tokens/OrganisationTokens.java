package dk.samspil.local.tokens;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens for the launcher's own clients (the demo loader, the benchmarks, the end-to-end tests): the demo machine
 * client {@code samspil-demo} asks, with client credentials, for a token for one organisation at a time (scope
 * {@code organisation:<TYPE>:<CODE>}), which carries that organisation and its staff's roles. One token per
 * organisation is kept until a minute before it expires; safe for many threads.
 */
public final class OrganisationTokens {

    public static final String CLIENT_ID = "samspil-demo";
    public static final String CLIENT_SECRET_ENV = "SAMSPIL_DEMO_CLIENT_SECRET";
    /** The development secret of infra/identity's demo-users.yml. */
    public static final String DEV_CLIENT_SECRET = "samspil-demo-dev-secret";

    private final IdentityProvider provider;
    private final String clientAuthorization;
    private final TokenCache<Organisation> cache;

    /** Against the provider with this issuer, with the secret from {@code $SAMSPIL_DEMO_CLIENT_SECRET} or the dev one. */
    public OrganisationTokens(String issuer) {
        this(issuer, clientSecretFromEnvironment(), Clock.systemUTC());
    }

    public OrganisationTokens(String issuer, String clientSecret, Clock clock) {
        this.provider = new IdentityProvider(issuer, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), clock);
        this.clientAuthorization = IdentityProvider.clientAuthorization(CLIENT_ID, clientSecret);
        this.cache = new TokenCache<>(this::fetch, clock);
    }

    /** An access token for {@code organisation}. */
    public String accessToken(Organisation organisation) {
        return cache.token(organisation);
    }

    /** The {@code Authorization} header value of a call made for {@code organisation}. */
    public String authorization(Organisation organisation) {
        return "Bearer " + accessToken(organisation);
    }

    /** Drops the token kept for {@code organisation}: the next call gets a new one (after a 401). */
    public void forget(Organisation organisation) {
        cache.forget(organisation);
    }

    /**
     * The {@code Authorization} header value of a call, for the organisation its path names ({@link CallingOrganisation});
     * empty for a public call.
     */
    public Optional<String> authorization(String method, String path) {
        return CallingOrganisation.of(method, path).map(this::authorization);
    }

    private AccessToken fetch(Organisation organisation) {
        return provider.token(Map.of("grant_type", "client_credentials", "scope", organisation.scope()),
                clientAuthorization, organisation.scope());
    }

    static String clientSecretFromEnvironment() {
        String secret = System.getenv(CLIENT_SECRET_ENV);
        return secret == null || secret.isBlank() ? DEV_CLIENT_SECRET : secret;
    }
}
