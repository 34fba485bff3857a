package dk.samspil.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityHeadersTest extends RunningDownstreams {

    private static final String PATH = "/api/municipalities/0101/initiatives";

    private static final Map<String, String> ON_EVERY_RESPONSE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Permissions-Policy", "interest-cohort=()");

    @Test
    void areOnARoutedAnswerWhichIsNotToBeCached() {
        WebTestClient.ResponseSpec response = client.get().uri(gatewayUri(PATH)).exchange().expectStatus().isOk();

        expectSecurityHeaders(response);
        response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void replaceTheServicesOwnButKeepItsCacheControl() {
        MUNICIPALITY.answerWith(exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src *");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });

        WebTestClient.ResponseSpec response = client.get().uri(gatewayUri("/api/reference/police-districts"))
                .exchange()
                .expectStatus().isOk();

        expectSecurityHeaders(response);
        response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=3600");
    }

    @Test
    void areOnAProblem() {
        WebTestClient.ResponseSpec response = client.post().uri(gatewayUri(PATH))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(65_537))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        expectSecurityHeaders(response);
        response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void areOnARefusalForWantOfAToken() {
        WebTestClient.ResponseSpec response = anonymous.get().uri(gatewayUri(PATH))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        expectSecurityHeaders(response);
        response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void areOnAnUnroutedNotFound() {
        WebTestClient.ResponseSpec api = client.get().uri(gatewayUri("/api/unknown"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        expectSecurityHeaders(api);
        api.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");

        expectSecurityHeaders(client.get().uri(gatewayUri("/actuator/nowhere")).exchange().expectStatus().isNotFound());
    }

    @Test
    void areOnTheActuator() {
        expectSecurityHeaders(client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }

    @Test
    void aPageKeepsTheContentSecurityPolicyOfTheWebButNotItsFraming() {
        String pagePolicy = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
        WEB.answerWith(exchange -> {
            byte[] body = "<!doctype html><title>Samarbejdsplan</title>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", pagePolicy);
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });

        WebTestClient.ResponseSpec page = anonymous.get().uri(gatewayUri("/offentlig/samarbejdsplan/1467"))
                .exchange()
                .expectStatus().isOk();

        page.expectHeader().valueEquals("Content-Security-Policy", pagePolicy);
        ON_EVERY_RESPONSE.entrySet().stream()
                .filter(header -> !header.getKey().equals("Content-Security-Policy"))
                .forEach(header -> page.expectHeader().valueEquals(header.getKey(), header.getValue()));
    }

    @Test
    void aPageWithoutAPolicyOfItsOwnGetsOneThatAllowsNothing() {
        expectSecurityHeaders(anonymous.get().uri(gatewayUri("/static/samspil.css")).exchange().expectStatus().isOk());
    }

    @Test
    void areOnTheRedirectToSignIn() {
        expectSecurityHeaders(anonymous.get().uri(gatewayUri("/initiativer")).exchange().expectStatus().isFound());
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        // valueEquals holds only when the header has exactly this one value.
        ON_EVERY_RESPONSE.forEach((name, value) -> response.expectHeader().valueEquals(name, value));
    }
}
