package dk.samspil.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Removes client-sent headers that a service, a proxy or a log reader could take for the caller's identity, before
 * anything routes the request. Who the caller is comes only from the token, which is relayed unchanged. Every
 * {@code X-Samspil-*} header is reserved for the platform; {@code Samspil-Purpose} (why the caller reads) is the
 * caller's to say and passes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class IdentityHeadersFilter implements WebFilter {

    private static final Set<String> IDENTITY_HEADERS = Set.of(
            "x-forwarded-user", "x-remote-user", "remote-user", "x-user", "x-user-id",
            "x-auth-request-user", "x-auth-request-email", "x-auth-request-groups",
            "x-organisation", "x-roles");
    private static final String RESERVED_PREFIX = "x-samspil-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> stripped = identityHeadersIn(exchange.getRequest().getHeaders());
        if (stripped.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> stripped.forEach(headers::remove)))
                .build());
    }

    static boolean isIdentityHeader(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return IDENTITY_HEADERS.contains(lowerCase) || lowerCase.startsWith(RESERVED_PREFIX);
    }

    private static List<String> identityHeadersIn(HttpHeaders headers) {
        return headers.headerNames().stream().filter(IdentityHeadersFilter::isIdentityHeader).toList();
    }
}
