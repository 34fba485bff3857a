package dk.samspil.gateway;

import java.time.Instant;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * Tells the web when the signed-in user's session with the gateway ends if nothing more happens
 * ({@code X-Samspil-Session-Expires}, an ISO-8601 instant), so that a page can warn before it does. A client's own
 * header of that name never gets this far ({@link IdentityHeadersFilter} removes every {@code X-Samspil-*}).
 */
@Component
class SessionExpiryHeaderFilter implements GatewayFilter {

    static final String HEADER = "X-Samspil-Session-Expires";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .flatMap(signedIn -> exchange.getSession())
                .filter(session -> !session.getMaxIdleTime().isNegative())
                .map(session -> withExpiry(exchange, expiry(session)))
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    /** This request has just renewed the session: it lasts its idle time from now. */
    private static Instant expiry(WebSession session) {
        return session.getLastAccessTime().plus(session.getMaxIdleTime());
    }

    private static ServerWebExchange withExpiry(ServerWebExchange exchange, Instant expiry) {
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, expiry.toString())))
                .build();
    }
}
