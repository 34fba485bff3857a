package dk.samspil.gateway;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * The gateway authenticates; the services authorise. Every request needs a valid bearer token (issuer, audience and
 * signature checked against the identity provider's published keys, fetched on the first token) except the public
 * reads below and the health probes; the gateway's other actuator endpoints need the OPERATOR role. Stateless: no
 * session, no CSRF (no cookies to forge with). Refusals are problem bodies written by
 * {@link ProblemJsonExceptionHandler}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Reads anyone may make: reference data, the list of local councils, a district's published cooperation plan. */
    static final String[] PUBLIC_READS = {
            "/api/reference/**",
            "/api/local-councils",
            "/api/districts/{code}/cooperation-plan"};

    static final String OPERATOR = "OPERATOR";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            RateLimitProperties limits, KeyResolver clientKey, WebEndpointProperties actuator, MeterRegistry meters) {
        RateLimitFilter rateLimit = new RateLimitFilter(limits, clientKey, actuator, meters);
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
