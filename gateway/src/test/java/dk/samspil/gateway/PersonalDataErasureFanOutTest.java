package dk.samspil.gateway;

import static dk.samspil.gateway.RecordingDownstream.respond;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

class PersonalDataErasureFanOutTest extends RunningDownstreams {

    private static final String PATH = "/api/personal-data/erasure";
    private static final String REQUEST = "{\"organisationCode\":\"0336\",\"identifier\":\"mette.soerensen@stevns.dk\"}";
    private static final String PROBLEM = "application/problem+json";
    private static final RecordingDownstream.Answer NOT_HERE = respond(404, PROBLEM, """
            {"title":"Findes ikke","status":404,"detail":"Der findes ingen personoplysninger med denne identifikation i organisation 0336","field":"identifier"}""");

    private String dpoToken;
    private WebTestClient dpo;

    @BeforeEach
    void logInAsDataProtectionOfficer() {
        dpoToken = IDENTITY.token("stevns-dpo", "MUNICIPALITY 0336", "DPO");
        dpo = clientWith(dpoToken);
        allDownstreams().forEach(downstream -> downstream.answerWith(NOT_HERE));
    }

    @Test
    void listsTheServicesThatHeldThePerson() {
        MUNICIPALITY.answerWith(erased("0b7e3c1a-5d2f-4e8a-9c6b-1f2a3b4c5d6e", true));
        NATIONAL_ASSOCIATION.answerWith(erased("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", false));

        erase(dpo)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .json("""
                        {"erasures":[
                          {"service":"municipality","subjectId":"0b7e3c1a-5d2f-4e8a-9c6b-1f2a3b4c5d6e","erased":true},
                          {"service":"national-association","subjectId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","erased":false}
                        ]}""", JsonCompareMode.STRICT);

        allDownstreams().forEach(downstream -> assertThat(downstream.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo(PATH);
            assertThat(request.body()).isEqualTo(REQUEST);
            assertThat(request.header(HttpHeaders.CONTENT_TYPE)).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
            assertThat(request.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly(bearer(dpoToken));
            assertThat(request.header(CorrelationId.HEADER)).matches(UUID_PATTERN);
        }));
    }

    @Test
    void isNotFoundWhenNoServiceHeldThePerson() {
        erase(dpo)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:personal-data-not-found")
                .jsonPath("$.title").isEqualTo("Findes ikke")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.field").isEqualTo("identifier")
                .jsonPath("$.services.length()").isEqualTo(4)
                .jsonPath("$.instance").isEqualTo(PATH);
    }

    @Test
    void aRefusalIsTheAnswerEvenWhereOthersErased() {
        MUNICIPALITY.answerWith(erased("0b7e3c1a-5d2f-4e8a-9c6b-1f2a3b4c5d6e", true));
        LOCAL_COUNCIL.answerWith(respond(403, PROBLEM, """
                {"title":"Adgang nægtet","status":403}"""));

        erase(client)
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("{\"title\":\"Adgang nægtet\",\"status\":403}", JsonCompareMode.STRICT);
    }

    @Test
    void aRefusalComesBeforeABadRequestWhichComesBeforeAnUnprocessableOne() {
        MUNICIPALITY.answerWith(respond(422, PROBLEM, "{\"status\":422}"));
        DISTRICT_COUNCIL.answerWith(respond(400, PROBLEM, "{\"status\":400}"));
        NATIONAL_ASSOCIATION.answerWith(respond(403, PROBLEM, "{\"status\":403}"));
        erase(dpo).expectStatus().isForbidden();

        NATIONAL_ASSOCIATION.answerWith(NOT_HERE);
        erase(dpo).expectStatus().isBadRequest();

        DISTRICT_COUNCIL.answerWith(NOT_HERE);
        LOCAL_COUNCIL.answerWith(respond(500, PROBLEM, "{\"status\":500}"));
        erase(dpo).expectStatus().isEqualTo(422);
    }

    @Test
    void aServerErrorIsTheAnswerRatherThanAPartialErasure() {
        MUNICIPALITY.answerWith(erased("0b7e3c1a-5d2f-4e8a-9c6b-1f2a3b4c5d6e", true));
        DISTRICT_COUNCIL.answerWith(respond(500, PROBLEM, "{\"title\":\"Uventet fejl\",\"status\":500}"));

        erase(dpo).expectStatus().isEqualTo(500).expectBody().jsonPath("$.title").isEqualTo("Uventet fejl");
    }

    @Test
    void needsAToken() {
        erase(anonymous).expectStatus().isUnauthorized();

        allDownstreams().forEach(downstream -> assertThat(downstream.received()).isEmpty());
    }

    private WebTestClient.ResponseSpec erase(WebTestClient as) {
        return as.post().uri(gatewayUri(PATH))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(REQUEST)
                .exchange();
    }

    private static RecordingDownstream.Answer erased(String subjectId, boolean erased) {
        return respond(200, "application/json", "{\"subjectId\":\"%s\",\"erased\":%s}".formatted(subjectId, erased));
    }
}
