package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    @Test
    void anAuthenticatedCallerIsKeyedByTheTokensSubject() {
        ServerWebExchange exchange = authenticated(requestFrom("10.0.0.1"), jwt().subject("stevns-consultant").build());

        assertThat(resolver.resolve(exchange).block()).isEqualTo("sub:stevns-consultant");
    }

    @Test
    void aCallerWithoutATokenIsKeyedByItsAddress() {
        assertThat(resolver.resolve(requestFrom("10.0.0.1")).block()).isEqualTo("10.0.0.1");
    }

    @Test
    void aTokenWithoutASubjectIsKeyedByTheAddress() {
        ServerWebExchange exchange = authenticated(requestFrom("10.0.0.2"), jwt().claim("org_type", "NONE").build());

        assertThat(resolver.resolve(exchange).block()).isEqualTo("10.0.0.2");
    }

    @Test
    void aSubjectThatLooksLikeAnAddressDoesNotShareItsBucket() {
        ServerWebExchange exchange = authenticated(requestFrom("10.0.0.3"), jwt().subject("10.0.0.4").build());

        assertThat(resolver.resolve(exchange).block()).isEqualTo("sub:10.0.0.4");
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("token").header("alg", "RS256");
    }

    private static ServerWebExchange authenticated(ServerWebExchange exchange, Jwt jwt) {
        return exchange.mutate().principal(Mono.just(new JwtAuthenticationToken(jwt))).build();
    }

    private static MockServerWebExchange requestFrom(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/municipalities")
                .remoteAddress(new InetSocketAddress(address, 40_000)));
    }
}
