package dk.samspil.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Puts the browser security headers on every response: routed answers, the gateway's problems and 404s, the
 * actuator. API answers are not cached unless the service says how. The web's pages keep the Content-Security-Policy
 * the web gave them (their scripts and styles need one that allows them); any other answer gets one that allows
 * nothing. Only headers are touched, so streams (SSE) pass unbuffered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";

    private static final PathPattern API = PathPatternParser.defaultInstance.parse(SamspilRoutes.API_PATHS);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean api = API.matches(exchange.getRequest().getPath().pathWithinApplication());
        ServerHttpResponse response = exchange.getResponse();
        // Set just before commit, after the service's headers have been copied in, so that they cannot be replaced.
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (api || !headers.containsHeader(CONTENT_SECURITY_POLICY)) {
                headers.set(CONTENT_SECURITY_POLICY, NOTHING_ALLOWED);
            }
            headers.set("Permissions-Policy", "interest-cohort=()");
            if (api && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                headers.setCacheControl("no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
