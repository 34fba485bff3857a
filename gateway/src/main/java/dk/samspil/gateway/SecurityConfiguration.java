package dk.samspil.gateway;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.net.URI;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Two kinds of caller, two security chains. API clients (and the web service) send a bearer token to /api/** and to
 * the gateway's actuator; browsers open every other path, the web's pages, with the gateway's session cookie. Both
 * count against the same per-client rate limit.
 * <p>
 * API: the gateway authenticates; the services authorise. Every request needs a valid bearer token (issuer, audience
 * and signature checked against the identity provider's published keys, fetched on the first token) except the public
 * reads below and the health probes; the gateway's other actuator endpoints need the OPERATOR role. Stateless: no
 * session, no CSRF (no cookies to forge with). Refusals are problem bodies written by
 * {@link ProblemJsonExceptionHandler}.
 * <p>
 * Browser: see {@link #browserSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Reads anyone may make: reference data, the list of local councils, a district's published cooperation plan. */
    static final String[] PUBLIC_READS = {
            "/api/reference/**",
            "/api/local-councils",
            "/api/districts/{code}/cooperation-plan"};

    /** What a browser may open without signing in: the web's assets, public pages and error pages, and signing in. */
    static final String[] OPEN_PAGES = {
            "/static/**",
            "/webjars/**",
            "/favicon.ico",
            "/offentlig/**",
            "/fejl/**",
            "/login/**",
            "/oauth2/**"};

    static final String OPERATOR = "OPERATOR";
    static final String LOGOUT = "/logout";

    private final RateLimitFilter rateLimit;

    SecurityConfiguration(RateLimitProperties limits, KeyResolver clientKey, WebEndpointProperties actuator,
            MeterRegistry meters) {
        this.rateLimit = new RateLimitFilter(limits, clientKey, actuator, meters);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            WebEndpointProperties actuator) {
        ServerAuthenticationEntryPoint noToken =
                (exchange, notAuthenticated) -> Mono.error(loginRequired(TokenRejection.MISSING));
        ServerAccessDeniedHandler notOperator = (exchange, denied) -> Mono.error(operatorRequired());
        // A rejected token is counted like any request, so that a flood of forged tokens meets the rate limit too.
        ServerAuthenticationFailureHandler tokenRejected = (filterExchange, failure) -> rateLimit.limit(
                filterExchange.getExchange(),
                () -> Mono.error(failure instanceof AuthenticationServiceException
                        ? new RefusedRequest(GatewayProblems.identityProviderUnavailable())
                        : loginRequired(TokenRejection.of(failure))));

        return http
                .securityMatcher(pathMatchers(SamspilRoutes.API_PATHS, actuator.getBasePath() + "/**"))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .matchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .matchers(EndpointRequest.toAnyEndpoint()).hasRole(OPERATOR)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(failingAsUnavailableWithoutKeys(decoder)))
                        .authenticationEntryPoint(noToken)
                        .authenticationFailureHandler(tokenRejected)
                        .accessDeniedHandler(notOperator))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(noToken)
                        .accessDeniedHandler(notOperator))
                // After authentication (the subject is known), before authorisation (a 401 counts too).
                .addFilterAfter(rateLimit, SecurityWebFiltersOrder.SECURITY_CONTEXT_SERVER_WEB_EXCHANGE)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // SecurityHeadersFilter writes them on every response, including those refused here.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .build();
    }

    /**
     * The browser signs in with OpenID Connect (authorization code with PKCE, {@link BrowserSignInConfiguration});
     * the signed-in user and their tokens stay in the gateway's session, of which the browser holds only the cookie.
     * A page that needs a signed-in user is remembered and the browser sent to sign in ({@link BrowserResponses}),
     * and after signing in it lands there (else on /).
     * <p>
     * {@code POST /logout} ends the session here and at the identity provider (OpenID Connect RP-initiated logout),
     * which sends the browser back to /. It is the only request the gateway checks a CSRF token on: every other
     * request goes to the web, which checks its own, so the gateway never reads the body of a request it forwards.
     * The token is the web's: its cookie {@code XSRF-TOKEN} and the masked value of its forms ({@code _csrf}) or of
     * htmx's header ({@code X-XSRF-TOKEN}). The gateway only reads that cookie, never writes it (except to delete it
     * at logout, as the web's own logout would).
     */
    @Bean
    @Order(2)
    SecurityWebFilterChain browserSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository tokensInTheSession) {
        WebSessionServerRequestCache requestCache = new WebSessionServerRequestCache();
        OidcClientInitiatedServerLogoutSuccessHandler endSessionAtIdentityProvider =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endSessionAtIdentityProvider.setPostLogoutRedirectUri("{baseUrl}/");
        endSessionAtIdentityProvider.setLogoutSuccessUrl(URI.create("/"));

        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PAGES).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(tokensInTheSession)
                        .authenticationFailureHandler(
                                new RedirectServerAuthenticationFailureHandler(BrowserResponses.SIGN_IN_FAILED_PAGE)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(BrowserResponses.signInRequired(requestCache))
                        .accessDeniedHandler(BrowserResponses.accessDenied()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(pathMatchers(HttpMethod.POST, LOGOUT))
                        .csrfTokenRepository(webCsrfTokens())
                        .csrfTokenRequestHandler(new XorServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(BrowserResponses.accessDenied()))
                .logout(logout -> logout
                        .logoutUrl(LOGOUT)
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(endSessionAtIdentityProvider))
                // Once the session's security context is loaded, before signing in: that counts too.
                .addFilterAfter(rateLimit, SecurityWebFiltersOrder.REACTOR_CONTEXT)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // SecurityHeadersFilter writes them; the web sets its own cache headers.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .build();
    }

    /**
     * The cookie the web's servlet {@code CookieCsrfTokenRepository} writes: {@code XSRF-TOKEN}, path /, HttpOnly;
     * form parameter {@code _csrf}, header {@code X-XSRF-TOKEN}.
     */
    private static CookieServerCsrfTokenRepository webCsrfTokens() {
        CookieServerCsrfTokenRepository tokens = new CookieServerCsrfTokenRepository();
        tokens.setCookiePath("/");
        return tokens;
    }

    /**
     * Spring's decoder fails with an IllegalStateException when it cannot fetch the keys, which would be a 500; as a
     * JwtException it becomes an AuthenticationServiceException, which the failure handler answers with 503.
     */
    private static ReactiveJwtDecoder failingAsUnavailableWithoutKeys(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token).onErrorMap(IllegalStateException.class,
                noKeys -> new JwtException("The identity provider's keys cannot be fetched", noKeys));
    }

    private static RefusedRequest loginRequired(TokenRejection why) {
        return new RefusedRequest(GatewayProblems.loginRequired(why.detail()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, why.challenge());
    }

    /** The only role the gateway itself checks; every other 403 comes from a service. */
    private static RefusedRequest operatorRequired() {
        return new RefusedRequest(GatewayProblems.accessDenied(
                "Gatewayens driftsendepunkter (/actuator) kræver rollen " + OPERATOR + "."))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"insufficient_scope\", error_description=\"The request requires the "
                                + OPERATOR + " role\"");
    }
}
