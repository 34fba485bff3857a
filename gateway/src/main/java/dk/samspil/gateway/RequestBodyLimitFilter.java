package dk.samspil.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code samspil.gateway.max-body-bytes} with 413, the services' own limit: at once when
 * the declared Content-Length is over it, and for a body without one (chunked) as soon as the bytes streamed through
 * pass it. The body is counted while it streams to the service, never collected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimitFilter implements WebFilter {

    /**
     * After a refusal the server reads and throws away the rest of the body, so that the connection can carry the
     * next request and the client reads the 413 rather than a reset. Up to this much (Tomcat's default); when more
     * is declared, or the end is unknown, the connection is closed instead so that a client cannot stream on forever.
     */
    private static final long MAX_DISCARDED_BYTES = 2 * 1024 * 1024;

    private final long maxBodyBytes;

    RequestBodyLimitFilter(@Value("${samspil.gateway.max-body-bytes}") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBodyBytes) {
            return Mono.error(tooLarge(declared > MAX_DISCARDED_BYTES));
        }
        return chain.filter(exchange.mutate().request(new CountedBody(request)).build());
    }

    private RefusedRequest tooLarge(boolean closeConnection) {
        RefusedRequest refused = new RefusedRequest(GatewayProblems.bodyTooLarge(maxBodyBytes));
        return closeConnection ? refused.withHeader(HttpHeaders.CONNECTION, "close") : refused;
    }

    private final class CountedBody extends ServerHttpRequestDecorator {

        CountedBody(ServerHttpRequest request) {
            super(request);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                long[] bytesSoFar = {0};
                return super.getBody().handle((buffer, sink) -> {
                    bytesSoFar[0] += buffer.readableByteCount();
                    if (bytesSoFar[0] > maxBodyBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge(true));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
