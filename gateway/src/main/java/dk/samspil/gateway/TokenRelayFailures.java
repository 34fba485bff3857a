package dk.samspil.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * What the browser gets when the signed-in user's access token cannot be relayed to the web (the web route's
 * TokenRelay filter comes after this one). When the identity provider refuses to refresh it (the refresh token has
 * expired or was revoked, or the user has no tokens), the user is signed out of the gateway and sent to sign in
 * again. When the identity provider cannot be reached, the answer is a 503 problem: signing in would fail too.
 */
@Component
class TokenRelayFailures implements GatewayFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenRelayFailures.class);

    private final ServerAuthenticationEntryPoint signInRequired =
            BrowserResponses.signInRequired(new WebSessionServerRequestCache());

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .onErrorResume(OAuth2AuthorizationException.class, refused -> signInAgain(exchange, refused))
                .onErrorMap(WebClientRequestException.class,
                        unreachable -> new RefusedRequest(GatewayProblems.signInUnavailable()));
    }

    private Mono<Void> signInAgain(ServerWebExchange exchange, OAuth2AuthorizationException refused) {
        log.info("The signed-in user's tokens cannot be renewed ({}): signing in again [correlationId={}]",
                refused.getError().getErrorCode(), exchange.<String>getAttribute(CorrelationId.KEY));
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().clear())
                .flatMap(WebSession::changeSessionId)
                .then(signInRequired.commence(exchange,
                        new InsufficientAuthenticationException("The user's tokens cannot be renewed", refused)));
    }
}
