package dk.samspil.gateway;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Answers 404 for paths a downstream server could resolve differently from the gateway's route
 * predicates: {@code /api/municipalities/../../actuator/prometheus} matches {@code /api/municipalities/**}
 * here but is normalised to {@code /actuator/prometheus} by the service. No Samspil API path needs
 * dot segments, encoded dots, slashes, backslashes or percent signs, or path parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnsafePathFilter implements WebFilter {

    private static final List<String> FORBIDDEN_IN_RAW_PATH =
            List.of("%2e", "%2f", "%5c", "%25", "%00", "\\", ";");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isUnsafe(exchange.getRequest().getURI().getRawPath())) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unsafe path"));
        }
        return chain.filter(exchange);
    }

    static boolean isUnsafe(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        String lowerCase = rawPath.toLowerCase(Locale.ROOT);
        if (FORBIDDEN_IN_RAW_PATH.stream().anyMatch(lowerCase::contains)) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
