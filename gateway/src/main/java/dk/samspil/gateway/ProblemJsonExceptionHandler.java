package dk.samspil.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every error the gateway itself answers into {@code application/problem+json}: unrouted paths,
 * services that are down or slow, requests it refuses, and anything unexpected. Never a stack trace in the body.
 */
@Component
// Before Spring Boot's DefaultErrorWebExceptionHandler (order -1), which renders a different JSON shape.
@Order(-2)
class ProblemJsonExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    private final ObjectMapper objectMapper;

    ProblemJsonExceptionHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = problemFor(exchange, error);
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        String correlationId = exchange.getAttribute(CorrelationId.KEY);
        if (correlationId != null) {
            problem.setProperty(CorrelationId.KEY, correlationId);
        }
        logProblem(exchange, error, problem, correlationId);

        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JacksonException e) {
            return Mono.error(e);
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        if (error instanceof ErrorResponse withHeaders) {
            response.getHeaders().addAll(withHeaders.getHeaders());
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private static ProblemDetail problemFor(ServerWebExchange exchange, Throwable error) {
        if (error instanceof RefusedRequest refused) {
            return refused.getBody();
        }
        String service = routedService(exchange);
        if (service != null && causedBy(error, ConnectException.class, UnknownHostException.class)) {
            return GatewayProblems.serviceUnavailable(service);
        }
        if (service != null && causedBy(error, PrematureCloseException.class)) {
            return GatewayProblems.badGateway(service);
        }
        if (error instanceof ResponseStatusException statusError) {
            if (statusError.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return GatewayProblems.notFound();
            }
            if (service != null && statusError.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return GatewayProblems.serviceTimeout(service);
            }
            return GatewayProblems.forStatus(statusError.getStatusCode(), statusError.getReason());
        }
        return GatewayProblems.unexpected();
    }

    private static String routedService(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getId() : null;
    }

    @SafeVarargs
    private static boolean causedBy(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void logProblem(ServerWebExchange exchange, Throwable error, ProblemDetail problem,
            String correlationId) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getURI().getRawPath();
        if (problem.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("{} failed [correlationId={}]", request, correlationId, error);
        } else if (problem.getStatus() >= 500) {
            log.warn("{} answered {} [correlationId={}]: {}", request, problem.getStatus(), correlationId,
                    error.toString());
        } else {
            log.debug("{} answered {} [correlationId={}]: {}", request, problem.getStatus(), correlationId,
                    error.toString());
        }
    }
}
