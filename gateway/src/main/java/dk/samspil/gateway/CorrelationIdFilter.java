package dk.samspil.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id: on the request forwarded downstream, on the response, in the
 * exchange attributes and in the Reactor context.
 * A {@link WebFilter} rather than a gateway {@code GlobalFilter} so that responses the gateway answers
 * itself (404, 503, its own actuator) carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationId.acceptOrGenerate(
                exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));

        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, correlationId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(CorrelationId.KEY, correlationId);
        // Set just before commit so a header copied from the downstream response cannot replace ours.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
            return Mono.empty();
        });

        return chain.filter(withId).contextWrite(Context.of(CorrelationId.KEY, correlationId));
    }
}
