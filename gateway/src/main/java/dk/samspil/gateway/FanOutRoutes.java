package dk.samspil.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The endpoints the gateway answers itself by asking every service (see {@link FanOut}). They take precedence over
 * {@link SamspilRoutes}; like every route they need a token, and the services decide who may use them.
 */
@Configuration(proxyBeanMethods = false)
class FanOutRoutes {

    @Bean
    RouterFunction<ServerResponse> fanOutRouterFunction(AuditTrailFanOut auditTrail,
            PersonalDataErasureFanOut erasure) {
        return route(GET(AuditTrailFanOut.PATH), auditTrail::handle)
                .andRoute(POST(PersonalDataErasureFanOut.PATH), erasure::handle);
    }
}
