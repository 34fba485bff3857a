package dk.samspil.gateway;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Names the client a request is counted against: {@code sub:<subject>} of a validated token, so that one user counts
 * once wherever they connect from and users behind one address (a municipality's proxy) do not share a limit;
 * otherwise the address the request connects from. Needs the authenticated exchange, so it is asked after
 * authentication.
 */
@Component
class ClientKeyResolver implements KeyResolver {

    static final String SUBJECT_PREFIX = "sub:";

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .mapNotNull(Principal::getName)
                .filter(subject -> !subject.isBlank())
                .map(subject -> SUBJECT_PREFIX + subject)
                .switchIfEmpty(Mono.defer(() -> remoteAddress(exchange)));
    }

    private static Mono<String> remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Mono.empty();
        }
        return Mono.just(remote.getAddress().getHostAddress());
    }
}
