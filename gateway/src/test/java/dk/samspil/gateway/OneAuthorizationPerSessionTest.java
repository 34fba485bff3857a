package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.context.Context;

class OneAuthorizationPerSessionTest {

    private final List<Sinks.One<OAuth2AuthorizedClient>> asked = new ArrayList<>();
    private final ReactiveOAuth2AuthorizedClientManager identityProvider = request -> {
        Sinks.One<OAuth2AuthorizedClient> answer = Sinks.one();
        asked.add(answer);
        return answer.asMono();
    };
    private final OneAuthorizationPerSession manager = new OneAuthorizationPerSession(identityProvider);

    private final MockWebSession session = new MockWebSession();

    @Test
    void requestsOfOneSessionShareTheAuthorizationUnderWay() {
        Mono<OAuth2AuthorizedClient> first = authorizeIn(session);
        Mono<OAuth2AuthorizedClient> second = authorizeIn(session);
        List<OAuth2AuthorizedClient> answers = new ArrayList<>();
        first.subscribe(answers::add);
        second.subscribe(answers::add);

        assertThat(asked).hasSize(1);
        OAuth2AuthorizedClient renewed = authorizedClient("renewed");
        asked.get(0).tryEmitValue(renewed);

        assertThat(answers).containsExactly(renewed, renewed);
    }

    @Test
    void aRequestAfterTheAuthorizationEndedAsksAgain() {
        authorizeIn(session).subscribe();
        asked.get(0).tryEmitValue(authorizedClient("first"));

        authorizeIn(session).subscribe();

        assertThat(asked).hasSize(2);
    }

    @Test
    void aFailedAuthorizationFailsTheRequestsThatWaitedForItAndIsNotKept() {
        List<Throwable> failures = new ArrayList<>();
        authorizeIn(session).subscribe(client -> { }, failures::add);
        authorizeIn(session).subscribe(client -> { }, failures::add);

        asked.get(0).tryEmitError(new IllegalStateException("refused"));
        authorizeIn(session).subscribe();

        assertThat(failures).hasSize(2);
        assertThat(asked).hasSize(2);
    }

    @Test
    void sessionsDoNotShare() {
        authorizeIn(session).subscribe();
        authorizeIn(new MockWebSession()).subscribe();

        assertThat(asked).hasSize(2);
    }

    private Mono<OAuth2AuthorizedClient> authorizeIn(MockWebSession of) {
        ServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/")).session(of).build();
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId("samspil")
                .principal(new TestingAuthenticationToken("stevns-consultant", null))
                .build();
        return manager.authorize(request).contextWrite(Context.of(ServerWebExchange.class, exchange));
    }

    private static OAuth2AuthorizedClient authorizedClient(String token) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("samspil")
                .clientId("samspil-web")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://localhost:9000/oauth2/authorize")
                .tokenUri("http://localhost:9000/oauth2/token")
                .build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token,
                Instant.now(), Instant.now().plusSeconds(900));
        return new OAuth2AuthorizedClient(registration, "stevns-consultant", accessToken);
    }
}
