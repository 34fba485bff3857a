package dk.samspil.gateway;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * The only routes of the gateway. Paths are forwarded unchanged; a path under /api/ that is not listed here is a 404,
 * and every path outside /api/ and the gateway's own actuator is a page of the web service.
 * The route id names the service, which is what a 503 problem reports.
 */
@Configuration(proxyBeanMethods = false)
class SamspilRoutes {

    static final String MUNICIPALITY = "municipality";
    static final String DISTRICT_COUNCIL = "district-council";
    static final String NATIONAL_ASSOCIATION = "national-association";
    static final String LOCAL_COUNCIL = "local-council";
    static final String WEB = "web";

    static final String API_PATHS = "/api/**";

    @Bean
    RouteLocator samspilRouteLocator(RouteLocatorBuilder routes, DownstreamServices downstream,
            WebEndpointProperties actuator, TokenRelayFailures tokenRelayFailures,
            SessionExpiryHeaderFilter sessionExpiry) {
        return routes.routes()
                .route(MUNICIPALITY, route -> route
                        .path("/api/municipalities/**", "/api/initiatives/**", "/api/concerns/**", "/api/reference/**")
                        .uri(downstream.municipalityUri()))
                .route(DISTRICT_COUNCIL, route -> route
                        .path("/api/districts/**")
                        .uri(downstream.districtCouncilUri()))
                .route(NATIONAL_ASSOCIATION, route -> route
                        .path("/api/national/**")
                        .uri(downstream.nationalAssociationUri()))
                .route(LOCAL_COUNCIL, route -> route
                        .path("/api/local-councils/**")
                        .uri(downstream.localCouncilUri()))
                // The signed-in user's access token goes with every page request (refreshed when it has expired);
                // a client's own Authorization header never does.
                .route(WEB, route -> route
                        .order(Ordered.LOWEST_PRECEDENCE)
                        .path(API_PATHS, actuator.getBasePath() + "/**").negate()
                        .filters(filters -> filters
                                .filter(tokenRelayFailures)
                                .removeRequestHeader(HttpHeaders.AUTHORIZATION)
                                .tokenRelay()
                                .filter(sessionExpiry))
                        .uri(downstream.webUri()))
                .build();
    }
}
