package dk.samspil.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/**
 * The gateway as the web's OAuth 2 client (backend for frontend): it signs the browser in, keeps the user's tokens in
 * its own session and relays the access token to the web, refreshing it when it has expired. The browser only ever
 * holds the session cookie.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSignInConfiguration {

    @Bean
    ReactiveClientRegistrationRepository signInRegistrations(SignInProperties signIn) {
        return new InMemoryReactiveClientRegistrationRepository(signIn.registration());
    }

    @Bean
    ServerOAuth2AuthorizedClientRepository tokensInTheSession() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by the TokenRelay filter of the web route. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager signedInUsersTokens(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository tokensInTheSession) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, tokensInTheSession);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return new OneAuthorizationPerSession(manager);
    }
}
