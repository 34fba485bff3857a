package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

class AuthenticationTest extends RunningDownstreams {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/reference/police-districts,                      municipality",
            "/api/reference/police-districts/1470/municipalities,  municipality",
            "/api/local-councils,                                  local-council",
            "/api/districts/1467/cooperation-plan,                 district-council",
            "/api/districts/1470/cooperation-plan?version=3,       district-council"
    })
    void publicReadsNeedNoToken(String pathAndQuery, String service) {
        anonymous.get().uri(gatewayUri(pathAndQuery))
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"ok\":true}");

        assertThat(downstream(service).received()).singleElement().satisfies(request -> {
            assertThat(request.pathAndQuery()).isEqualTo(pathAndQuery);
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull();
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /api/municipalities/0336/initiatives",
            "POST,   /api/municipalities/0336/initiatives",
            "GET,    /api/initiatives/similar?text=nikotin",
            "GET,    /api/concerns/7c3e9a10-2b4d-4f6a-8e1c-5d9b0a2f3c41",
            "GET,    /api/districts/1467/dashboard",
            "GET,    /api/districts/1467/cooperation-plan/draft",
            "PUT,    /api/districts/1467/cooperation-plan",
            "POST,   /api/districts/1467/cooperation-plan",
            "GET,    /api/local-councils/LR-0336/decisions",
            "GET,    /api/local-councils/",
            "POST,   /api/local-councils",
            "POST,   /api/reference/police-districts",
            "DELETE, /api/reference/police-districts/1470",
            "GET,    /api/national/projects",
            "GET,    /api/audit?subject=x",
            "POST,   /api/personal-data/erasure",
            "GET,    /api/unknown"
    })
    void everythingElseAnswers401WithoutAToken(HttpMethod method, String pathAndQuery) {
        anonymous.method(method).uri(gatewayUri(pathAndQuery))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:login-required")
                .jsonPath("$.title").isEqualTo("Login kræves")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("intet adgangstoken"))
                .jsonPath("$.instance").isEqualTo(pathAndQuery.replaceFirst("\\?.*", ""))
                .jsonPath("$.correlationId").isNotEmpty();

        allDownstreams().forEach(downstream -> assertThat(downstream.received()).isEmpty());
    }

    static Stream<Arguments> rejectedTokens() {
        Instant now = Instant.now();
        UnaryOperator<JWTClaimsSet.Builder> expired = claims -> claims
                .issueTime(Date.from(now.minus(Duration.ofHours(1))))
                .notBeforeTime(Date.from(now.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(5))));
        return Stream.of(
                Arguments.of("expired", IDENTITY.consultantToken(expired), "er udløbet"),
                Arguments.of("not yet valid", IDENTITY.consultantToken(claims -> claims
                        .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))), "endnu ikke gyldigt"),
                Arguments.of("another audience", IDENTITY.consultantToken(claims -> claims
                        .audience("another-system")), "ikke udstedt til Samspil (aud)"),
                Arguments.of("no audience", IDENTITY.consultantToken(claims -> claims
                        .audience((String) null)), "ikke udstedt til Samspil (aud)"),
                Arguments.of("another issuer", IDENTITY.consultantToken(claims -> claims
                        .issuer("https://login.example.org")), "en anden login-tjeneste end Samspils (iss)"),
                Arguments.of("the issuer with a trailing slash", IDENTITY.consultantToken(claims -> claims
                        .issuer(TestIdentityProvider.ISSUER + "/")), "(iss)"),
                Arguments.of("another key", IDENTITY.tokenSignedByAnotherKey(
                        TestIdentityProvider.claims("stevns-consultant", "MUNICIPALITY 0336", "SSP_CONSULTANT")),
                        "signatur kan ikke verificeres"),
                Arguments.of("a forged payload", forgedPayload(), "signatur kan ikke verificeres"),
                Arguments.of("unsigned", unsigned(), "er ugyldigt"),
                Arguments.of("not a JWT", "abc.def.ghi", "kan ikke læses"),
                Arguments.of("not a token at all", "not a token", "kan ikke læses"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void aRejectedTokenAnswers401SayingWhyWithoutEchoingIt(String what, String token, String why) {
        byte[] body = anonymous.get().uri(gatewayUri("/api/municipalities/0336/initiatives"))
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge ->
                        assertThat(challenge).startsWith("Bearer error=\"invalid_token\", error_description=\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:login-required")
                .jsonPath("$.title").isEqualTo("Login kræves")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(why))
                .returnResult().getResponseBody();

        String problem = new String(body, StandardCharsets.UTF_8);
        assertThat(problem).doesNotContain(token);
        Arrays.stream(token.split("\\.")).filter(part -> part.length() > 20)
                .forEach(part -> assertThat(problem).doesNotContain(part));
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aPublicReadWithARejectedTokenIs401Too() {
        // A client that sends a token means to be someone: it learns that its token is bad rather than being served
        // as nobody. The services treat a token on a public read the same way.
        anonymous.get().uri(gatewayUri("/api/reference/police-districts"))
                .header(HttpHeaders.AUTHORIZATION, bearer(IDENTITY.consultantToken(claims -> claims.audience("x"))))
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void theTokenIsRelayedUnchanged() {
        client.post().uri(gatewayUri("/api/municipalities/0336/initiatives"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement().satisfies(request ->
                assertThat(request.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly(bearer(consultantToken)));
    }

    @Test
    void aTokenOnAPublicReadIsRelayedToo() {
        client.get().uri(gatewayUri("/api/local-councils")).exchange().expectStatus().isOk();

        assertThat(LOCAL_COUNCIL.received()).singleElement().satisfies(request ->
                assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(consultantToken)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/unknown", "/api/municipalitiesX/0101", "/actuator/nowhere"})
    void anUnroutedPathIs401WithoutATokenAnd404WithOne(String path) {
        // Without a token nobody learns which paths exist.
        anonymous.get().uri(gatewayUri(path)).exchange().expectStatus().isUnauthorized();
        client.get().uri(gatewayUri(path)).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:samspil:problem:not-found");
    }

    @Test
    void isStatelessWithoutCookiesOrCsrf() {
        client.post().uri(gatewayUri("/api/districts/1467/meetings"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        anonymous.get().uri(gatewayUri("/api/districts/1467/dashboard"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void theKeysAreFetchedOnceNotPerRequest() {
        for (int i = 0; i < 5; i++) {
            clientWith(IDENTITY.token("koege-consultant", "MUNICIPALITY 0259", "SSP_CONSULTANT"))
                    .get().uri(gatewayUri("/api/municipalities/0259/initiatives"))
                    .exchange()
                    .expectStatus().isOk();
        }
        int fetched = IDENTITY.keyRequests();

        client.get().uri(gatewayUri("/api/municipalities/0336/initiatives")).exchange().expectStatus().isOk();

        assertThat(fetched).isPositive();
        assertThat(IDENTITY.keyRequests()).isEqualTo(fetched);
    }

    /** A token of the identity provider whose claims were changed afterwards (a consultant making itself auditor). */
    private static String forgedPayload() {
        String[] parts = IDENTITY.token("stevns-consultant", "MUNICIPALITY 0336", "SSP_CONSULTANT").split("\\.");
        String auditor = IDENTITY.token("stevns-consultant", "NONE", "AUDITOR").split("\\.")[1];
        return parts[0] + "." + auditor + "." + parts[2];
    }

    /** A JWT with "alg": "none" and no signature. */
    private static String unsigned() {
        return new PlainJWT(
                TestIdentityProvider.claims("stevns-consultant", "NONE", "AUDITOR").build()).serialize();
    }
}
