package dk.samspil.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** The gateway's client for browsers and the machine clients, registered from the configuration. */
final class RegisteredClients {

    /** Client setting holding a machine client's {@link Membership}: the claims of its own tokens. */
    private static final String MEMBERSHIP = "samspil.membership";

    private RegisteredClients() {
    }

    static RegisteredClientRepository of(IdentityProperties properties, DemoDirectory directory, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(webClient(properties.webClient(), properties.accessTokenTimeToLive(), encoder));
        for (MachineClient client : directory.machineClients()) {
            clients.add(machineClient(client, properties.accessTokenTimeToLive(), encoder));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    static Optional<Membership> membership(RegisteredClient client) {
        return Optional.ofNullable(client.getClientSettings().getSetting(MEMBERSHIP));
    }

    private static RegisteredClient webClient(IdentityProperties.WebClient web, Duration accessTokenTimeToLive,
                                              PasswordEncoder encoder) {
        return RegisteredClient.withId(web.clientId())
                .clientId(web.clientId())
                .clientSecret(encoder.encode(web.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        // A secret and PKCE: a stolen code is worth nothing without the gateway's verifier.
                        .requireProofKey(true)
                        // Samspil's own UI: the user has nothing to consent to.
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(accessTokenTimeToLive)
                        .refreshTokenTimeToLive(web.refreshTokenTimeToLive())
                        // Every refresh gives a new refresh token and the old one stops working: a stolen one that
                        // is used shows up as the gateway's next refresh failing.
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }

    private static RegisteredClient machineClient(MachineClient client, Duration accessTokenTimeToLive,
                                                  PasswordEncoder encoder) {
        RegisteredClient.Builder registration = RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(encoder.encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(MEMBERSHIP, client.membership()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTimeToLive).build());
        if (client.actsForAnyOrganisation()) {
            // Registered scopes are the ones the token endpoint lets a client ask for: an unknown code is invalid_scope.
            registration.scopes(scopes -> scopes.addAll(OrganisationScope.all()));
        }
        return registration.build();
    }
}
