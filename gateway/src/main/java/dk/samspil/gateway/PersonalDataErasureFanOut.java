package dk.samspil.gateway;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dk.samspil.gateway.FanOut.Answer;
import dk.samspil.gateway.FanOut.Outcome;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/personal-data/erasure} with {@code {"organisationCode", "identifier"}}: erases a staff member's
 * personal data in every service that holds some. Each service answers 200 {@code {"subjectId", "erased"}} or 404
 * when it does not know the person; the caller gets {@code {"erasures": [{"service", "subjectId", "erased"}, ...]}}
 * for the services that did, or 404 when none did. Any other failure is the answer (a refusal first): the erasure is
 * then incomplete, and calling again is safe ({@code "erased": false} where it was done already).
 */
@Component
class PersonalDataErasureFanOut {

    static final String PATH = "/api/personal-data/erasure";

    private final FanOut fanOut;
    private final ObjectMapper json;

    PersonalDataErasureFanOut(FanOut fanOut, ObjectMapper json) {
        this.fanOut = fanOut;
        this.json = json;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        return request.bodyToMono(byte[].class)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> fanOut.ask(request, HttpMethod.POST, PATH, body))
                .flatMap(outcomes -> FanOut.mostTellingFailure(outcomes, PersonalDataErasureFanOut::succeededOrUnknown)
                        .map(FanOut::answerWith)
                        .orElseGet(() -> Mono.fromCallable(() -> erasures(outcomes))
                                .flatMap(erasures -> ServerResponse.ok()
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(erasures))));
    }

    private static boolean succeededOrUnknown(Outcome outcome) {
        return outcome.succeeded() || outcome.status() == HttpStatus.NOT_FOUND.value();
    }

    private byte[] erasures(List<Outcome> outcomes) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode erasures = answer.putArray("erasures");
        for (Outcome outcome : outcomes) {
            if (outcome.succeeded()) {
                erasures.add(erasure((Answer) outcome));
            }
        }
        if (erasures.isEmpty()) {
            throw new RefusedRequest(GatewayProblems.noPersonalDataFound(fanOut.serviceNames()));
        }
        return json.writeValueAsBytes(answer);
    }

    private ObjectNode erasure(Answer answer) {
        JsonNode serviceErasure;
        try {
            serviceErasure = json.readTree(answer.body());
        } catch (JacksonException notJson) {
            serviceErasure = null;
        }
        if (serviceErasure == null || !serviceErasure.hasNonNull("subjectId")
                || !serviceErasure.path("erased").isBoolean()) {
            throw new RefusedRequest(GatewayProblems.unreadableAnswer(answer.service()));
        }
        ObjectNode erasure = json.createObjectNode();
        erasure.put("service", answer.service());
        erasure.set("subjectId", serviceErasure.get("subjectId"));
        erasure.set("erased", serviceErasure.get("erased"));
        return erasure;
    }
}
