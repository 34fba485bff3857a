package dk.samspil.gateway;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Names the client a request is counted against: {@code sub:<subject>} of a validated token or of the user signed in
 * with the browser, so that one user counts once wherever they connect from, with a token or a browser, and users
 * behind one address (a municipality's proxy) do not share a limit; otherwise the address the request connects from.
 * Needs the authenticated exchange (API), or the security context the browser's session holds, so it is asked after
 * authentication or after that context is loaded.
 */
@Component
class ClientKeyResolver implements KeyResolver {

    static final String SUBJECT_PREFIX = "sub:";

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.<Principal>getPrincipal()
                .switchIfEmpty(Mono.defer(ClientKeyResolver::signedInWithTheBrowser))
                .mapNotNull(Principal::getName)
                .filter(subject -> !subject.isBlank())
                .map(subject -> SUBJECT_PREFIX + subject)
                .switchIfEmpty(Mono.defer(() -> remoteAddress(exchange)));
    }

    private static Mono<Authentication> signedInWithTheBrowser() {
        return ReactiveSecurityContextHolder.getContext().mapNotNull(SecurityContext::getAuthentication);
    }

    private static Mono<String> remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Mono.empty();
        }
        return Mono.just(remote.getAddress().getHostAddress());
    }
}
