package dk.samspil.gateway;

import static dk.samspil.gateway.RecordingDownstream.respond;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

class AuditTrailFanOutTest extends RunningDownstreams {

    private static final String QUERY = "/api/audit?subject=initiative%2F42&from=2025-01-01T00:00:00Z&to=2025-12-31T23:59:59Z";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void mergesTheEntriesOfEveryServiceOldestFirst() {
        MUNICIPALITY.answerWith(trail("""
                {"at":"2025-03-01T10:00:00Z","service":"municipality","actor":"stevns-consultant","action":"READ"},
                {"at":"2025-05-01T10:00:00Z","service":"municipality","actor":"stevns-consultant","action":"UPDATE"}"""));
        DISTRICT_COUNCIL.answerWith(trail("""
                {"at":"2025-04-01T10:00:00.5Z","service":"district-council","actor":"district1467-member"}"""));
        NATIONAL_ASSOCIATION.answerWith(trail(""));
        LOCAL_COUNCIL.answerWith(trail("""
                {"at":"2025-01-15T08:00:00Z","service":"local-council","actor":"lr0336-member"},
                {"at":"2025-04-01T10:00:00Z","service":"local-council","actor":"lr0336-member"}"""));

        auditor().get().uri(gatewayUri(QUERY))
                .header("Samspil-Purpose", "tilsyn")
                .header(CorrelationId.HEADER, "audit-7")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(CorrelationId.HEADER, "audit-7")
                .expectBody()
                .json("""
                        {"subject":"initiative/42","from":"2025-01-01T00:00:00Z","to":"2025-12-31T23:59:59Z",
                         "entries":[
                          {"at":"2025-01-15T08:00:00Z","service":"local-council","actor":"lr0336-member"},
                          {"at":"2025-03-01T10:00:00Z","service":"municipality","actor":"stevns-consultant","action":"READ"},
                          {"at":"2025-04-01T10:00:00Z","service":"local-council","actor":"lr0336-member"},
                          {"at":"2025-04-01T10:00:00.5Z","service":"district-council","actor":"district1467-member"},
                          {"at":"2025-05-01T10:00:00Z","service":"municipality","actor":"stevns-consultant","action":"UPDATE"}
                         ]}""", JsonCompareMode.STRICT);

        allDownstreams().forEach(downstream -> assertThat(downstream.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.pathAndQuery()).isEqualTo(QUERY);
            assertThat(request.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly(bearer(auditorToken));
            assertThat(request.header(CorrelationId.HEADER)).isEqualTo("audit-7");
            assertThat(request.header("Samspil-Purpose")).isEqualTo("tilsyn");
        }));
    }

    @Test
    void aRefusalOfAnyServiceIsTheAnswer() {
        allDownstreams().forEach(downstream -> downstream.answerWith(trail("")));
        NATIONAL_ASSOCIATION.answerWith(respond(403, PROBLEM, """
                {"title":"Adgang nægtet","status":403,"detail":"Kun revisorer kan læse revisionssporet."}"""));

        client.get().uri(gatewayUri(QUERY))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .json("""
                        {"title":"Adgang nægtet","status":403,"detail":"Kun revisorer kan læse revisionssporet."}""", JsonCompareMode.STRICT);
    }

    @Test
    void aClientErrorWinsOverAServerError() {
        allDownstreams().forEach(downstream -> downstream.answerWith(trail("")));
        MUNICIPALITY.answerWith(respond(500, PROBLEM, """
                {"title":"Uventet fejl","status":500}"""));
        LOCAL_COUNCIL.answerWith(respond(400, PROBLEM, """
                {"title":"Ugyldig forespørgsel","status":400,"field":"from"}"""));

        auditor().get().uri(gatewayUri("/api/audit?subject=x&from=yesterday"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("from");
    }

    @Test
    void aServerErrorIsPassedOnWhenNothingElseWentWrong() {
        allDownstreams().forEach(downstream -> downstream.answerWith(trail("")));
        DISTRICT_COUNCIL.answerWith(respond(503, PROBLEM, """
                {"title":"Tjenesten er ikke klar","status":503}"""));

        auditor().get().uri(gatewayUri(QUERY))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.title").isEqualTo("Tjenesten er ikke klar");
    }

    @Test
    void anAnswerWithoutEntriesIsABadGatewayNamingTheService() {
        allDownstreams().forEach(downstream -> downstream.answerWith(trail("")));
        LOCAL_COUNCIL.answerWith(respond(200, "application/json", "{\"ok\":true}"));

        auditor().get().uri(gatewayUri(QUERY))
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Ugyldigt svar fra tjenesten")
                .jsonPath("$.service").isEqualTo("local-council");
    }

    @Test
    void needsAToken() {
        anonymous.get().uri(gatewayUri(QUERY)).exchange().expectStatus().isUnauthorized();

        allDownstreams().forEach(downstream -> assertThat(downstream.received()).isEmpty());
    }

    private String auditorToken;

    @BeforeEach
    void logInAsAuditor() {
        auditorToken = IDENTITY.token("auditor", "NONE", "AUDITOR");
    }

    private WebTestClient auditor() {
        return clientWith(auditorToken);
    }

    /** A service's answer: the query as it read it, and {@code entries} (JSON objects separated by commas). */
    private static RecordingDownstream.Answer trail(String entries) {
        return respond(200, "application/json", """
                {"subject":"initiative/42","from":"2025-01-01T00:00:00Z","to":"2025-12-31T23:59:59Z","entries":[%s]}"""
                .formatted(entries));
    }
}
