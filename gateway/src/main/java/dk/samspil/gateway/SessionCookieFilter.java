package dk.samspil.gateway;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

import reactor.core.publisher.Mono;

/**
 * Keeps the gateway's session cookie to the gateway: it is taken out of the {@code Cookie} header of every request the
 * gateway forwards, and the other cookies (the web's {@code XSRF-TOKEN}, ...) pass as they came. Whoever could read the
 * forwarded request would otherwise hold the key to the user's tokens.
 */
@Component
class SessionCookieFilter implements GlobalFilter, Ordered {

    private final String sessionCookie;

    SessionCookieFilter(WebSessionIdResolver sessionIds) {
        this.sessionCookie = sessionIds instanceof CookieWebSessionIdResolver cookies ? cookies.getCookieName() : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> cookieHeaders = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.COOKIE);
        if (sessionCookie == null || cookieHeaders.stream().noneMatch(header -> header.contains(sessionCookie))) {
            return chain.filter(exchange);
        }
        String others = withoutSessionCookie(cookieHeaders);
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(HttpHeaders.COOKIE);
                    if (!others.isEmpty()) {
                        headers.set(HttpHeaders.COOKIE, others);
                    }
                }))
                .build());
    }

    /** Before the gateway forwards the request. */
    @Override
    public int getOrder() {
        return 0;
    }

    private String withoutSessionCookie(List<String> cookieHeaders) {
        return String.join("; ", cookieHeaders.stream()
                .flatMap(header -> Stream.of(header.split(";")))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !Objects.equals(name(pair), sessionCookie))
                .toList());
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return (equals < 0 ? pair : pair.substring(0, equals)).trim();
    }
}
