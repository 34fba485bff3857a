package dk.samspil.gateway;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * What the gateway answers a browser it does not let through, as a browser and htmx can act on it: a page is
 * redirected (to sign in, or to the web's Danish error page); an htmx request gets the status with
 * {@code HX-Redirect}, which makes htmx load the whole page there instead of putting it into a fragment; a live
 * stream (EventSource) gets the bare status, since it cannot follow a redirect to another site anyway.
 */
final class BrowserResponses {

    static final String SIGN_IN = "/oauth2/authorization/" + SignInProperties.REGISTRATION_ID;
    /** The web's page saying that the request was refused. */
    static final String ACCESS_DENIED_PAGE = "/fejl/adgang";
    /** The web's page saying that signing in failed (at the identity provider, or redeeming the code). */
    static final String SIGN_IN_FAILED_PAGE = "/fejl/login";

    static final String HX_REQUEST = "HX-Request";
    static final String HX_REDIRECT = "HX-Redirect";

    private static final ServerWebExchangeMatcher HTMX = exchange ->
            "true".equals(exchange.getRequest().getHeaders().getFirst(HX_REQUEST))
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();

    private BrowserResponses() {
    }

    /** A page is saved in the session and redirected to sign in, so that the user comes back to it. */
    static ServerAuthenticationEntryPoint signInRequired(ServerRequestCache requestCache) {
        RedirectServerAuthenticationEntryPoint page = new RedirectServerAuthenticationEntryPoint(SIGN_IN);
        page.setRequestCache(requestCache);
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegateEntry(HTMX,
                        (exchange, notSignedIn) -> htmxRedirect(exchange, HttpStatus.UNAUTHORIZED, SIGN_IN)),
                new DelegateEntry(eventStream(), new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED))));
        entryPoint.setDefaultEntryPoint(page);
        return entryPoint;
    }

    /** The gateway's only refusal of a signed-in browser is a logout without a valid CSRF token. */
    static ServerAccessDeniedHandler accessDenied() {
        DefaultServerRedirectStrategy seeOther = new DefaultServerRedirectStrategy();
        seeOther.setHttpStatus(HttpStatus.SEE_OTHER);
        return (exchange, denied) -> HTMX.matches(exchange).flatMap(htmx -> htmx.isMatch()
                ? htmxRedirect(exchange, HttpStatus.FORBIDDEN, ACCESS_DENIED_PAGE)
                : seeOther.sendRedirect(exchange, URI.create(ACCESS_DENIED_PAGE)));
    }

    private static ServerWebExchangeMatcher eventStream() {
        MediaTypeServerWebExchangeMatcher eventStream =
                new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_EVENT_STREAM);
        eventStream.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return eventStream;
    }

    private static Mono<Void> htmxRedirect(ServerWebExchange exchange, HttpStatus status, String location) {
        return Mono.fromRunnable(() -> {
            exchange.getResponse().setStatusCode(status);
            exchange.getResponse().getHeaders().set(HX_REDIRECT, location);
        });
    }
}
