package dk.samspil.gateway;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * How the gateway signs browsers in ({@code samspil.gateway.sign-in.*}): the OpenID Connect provider's endpoints and
 * the gateway's client there. Every endpoint is named rather than discovered, so that the gateway starts without the
 * provider, and so that the browser's endpoints (authorization, end of session) and the gateway's own (token, keys)
 * may have different addresses, as with Keycloak in docker-compose. Defaults live in application.yml.
 *
 * @param issuerUri        the {@code iss} of the provider's ID tokens
 * @param clientSecret     sent by HTTP Basic ({@code client_secret_basic}) when the gateway redeems a code or a
 *                         refresh token
 * @param authorizationUri where the browser signs in
 * @param tokenUri         where the gateway redeems codes and refresh tokens
 * @param jwkSetUri        the keys that sign the ID tokens
 * @param endSessionUri    where the browser ends its session at the provider when it logs out
 */
@ConfigurationProperties("samspil.gateway.sign-in")
public record SignInProperties(URI issuerUri, String clientId, String clientSecret, URI authorizationUri,
                               URI tokenUri, URI jwkSetUri, URI endSessionUri) {

    /** The registration id: the callback is {@code /login/oauth2/code/samspil}. */
    public static final String REGISTRATION_ID = "samspil";

    public SignInProperties {
        Objects.requireNonNull(issuerUri, "samspil.gateway.sign-in.issuer-uri is required");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("samspil.gateway.sign-in.client-id is required");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("samspil.gateway.sign-in.client-secret is required");
        }
        Objects.requireNonNull(authorizationUri, "samspil.gateway.sign-in.authorization-uri is required");
        Objects.requireNonNull(tokenUri, "samspil.gateway.sign-in.token-uri is required");
        Objects.requireNonNull(jwkSetUri, "samspil.gateway.sign-in.jwk-set-uri is required");
        Objects.requireNonNull(endSessionUri, "samspil.gateway.sign-in.end-session-uri is required");
    }

    /** The authorization code flow with PKCE, although the client has a secret, for the ID token and profile. */
    ClientRegistration registration() {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Samspil")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .issuerUri(issuerUri.toString())
                .authorizationUri(authorizationUri.toString())
                .tokenUri(tokenUri.toString())
                .jwkSetUri(jwkSetUri.toString())
                // No user info endpoint: the ID token says who signed in; nothing more is asked at sign-in.
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endSessionUri.toString()))
                .build();
    }

    /** Without the secret, which must not reach a log. */
    @Override
    public String toString() {
        return "SignInProperties[" + clientId + " at " + issuerUri + "]";
    }
}
