package dk.samspil.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The only routes of the gateway. Paths are forwarded unchanged; anything not listed here is a 404.
 * The route id names the service, which is what a 503 problem reports.
 */
@Configuration(proxyBeanMethods = false)
class SamspilRoutes {

    static final String MUNICIPALITY = "municipality";
    static final String DISTRICT_COUNCIL = "district-council";
    static final String NATIONAL_ASSOCIATION = "national-association";
    static final String LOCAL_COUNCIL = "local-council";

    @Bean
    RouteLocator samspilRouteLocator(RouteLocatorBuilder routes, DownstreamServices downstream) {
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
                .build();
    }
}
