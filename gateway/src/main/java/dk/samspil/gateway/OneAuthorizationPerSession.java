package dk.samspil.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Lets the requests of one session share one authorization at a time. A page loads its stylesheets, scripts and
 * fragments at once; when the access token has expired, each of them would refresh it. The identity provider issues a
 * new refresh token with every refresh and refuses the old one, so all but the first refresh would fail and sign the
 * user out. Requests that come while an authorization of their session is under way get its outcome instead.
 */
final class OneAuthorizationPerSession implements ReactiveOAuth2AuthorizedClientManager {

    private final ReactiveOAuth2AuthorizedClientManager delegate;
    private final Map<String, Mono<OAuth2AuthorizedClient>> underWay = new ConcurrentHashMap<>();

    OneAuthorizationPerSession(ReactiveOAuth2AuthorizedClientManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        return exchange(request)
                .flatMap(ServerWebExchange::getSession)
                .map(session -> Optional.of(session.getId() + " " + request.getClientRegistrationId()))
                // Without an exchange the delegate has no session to keep tokens in either: it says so.
                .defaultIfEmpty(Optional.empty())
                .flatMap(key -> key.map(sessionAndClient -> shared(sessionAndClient, request))
                        .orElseGet(() -> delegate.authorize(request)));
    }

    /** The authorization under way for {@code key}, or a new one that ends its turn when it is done. */
    private Mono<OAuth2AuthorizedClient> shared(String key, OAuth2AuthorizeRequest request) {
        return underWay.computeIfAbsent(key, newKey -> delegate.authorize(request)
                .doFinally(signal -> underWay.remove(newKey))
                .cache());
    }

    /** Where Spring's manager finds it too: the request's attribute, else the Reactor context. */
    private static Mono<ServerWebExchange> exchange(OAuth2AuthorizeRequest request) {
        ServerWebExchange fromRequest = request.getAttribute(ServerWebExchange.class.getName());
        if (fromRequest != null) {
            return Mono.just(fromRequest);
        }
        return Mono.deferContextual(context -> Mono.justOrEmpty(context.getOrEmpty(ServerWebExchange.class)));
    }
}
