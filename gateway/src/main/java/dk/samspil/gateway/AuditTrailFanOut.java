package dk.samspil.gateway;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import dk.samspil.gateway.FanOut.Answer;
import dk.samspil.gateway.FanOut.Outcome;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/audit?subject=&from=&to=}: who saw or changed something, from every service's audit store. Each
 * service answers {@code {"subject", "from", "to", "entries": [{"at": <instant>, "service", ...}]}}; the caller gets
 * the first service's answer with the entries of all of them, oldest first. The services decide who may read it (a
 * refusal of any one is the answer) and check the query.
 */
@Component
class AuditTrailFanOut {

    static final String PATH = "/api/audit";

    private final FanOut fanOut;
    private final ObjectMapper json;

    AuditTrailFanOut(FanOut fanOut, ObjectMapper json) {
        this.fanOut = fanOut;
        this.json = json;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        return fanOut.ask(request, HttpMethod.GET, PATH, null)
                .flatMap(outcomes -> FanOut.mostTellingFailure(outcomes, Outcome::succeeded)
                        .map(FanOut::answerWith)
                        .orElseGet(() -> Mono.fromCallable(() -> merged(outcomes))
                                .flatMap(trail -> ServerResponse.ok()
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(trail))));
    }

    private byte[] merged(List<Outcome> outcomes) {
        ObjectNode trail = null;
        List<TimedEntry> entries = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Answer answer = (Answer) outcome;
            ObjectNode serviceTrail = readTrail(answer);
            if (trail == null) {
                trail = serviceTrail;
            }
            for (JsonNode entry : serviceTrail.get("entries")) {
                entries.add(new TimedEntry(at(answer.service(), entry), entry));
            }
        }
        // A stable sort: entries of the same instant keep the order of the services, then of each service's answer.
        entries.sort(Comparator.comparing(TimedEntry::at));
        trail.putArray("entries").addAll(entries.stream().map(TimedEntry::entry).toList());
        return json.writeValueAsBytes(trail);
    }

    private ObjectNode readTrail(Answer answer) {
        try {
            if (json.readTree(answer.body()) instanceof ObjectNode trail && trail.path("entries").isArray()) {
                return trail;
            }
        } catch (JacksonException notJson) {
            // the same answer as JSON without entries
        }
        throw new RefusedRequest(GatewayProblems.unreadableAnswer(answer.service()));
    }

    private static Instant at(String service, JsonNode entry) {
        try {
            // asString("") like Jackson 2's asText(): "" rather than an exception when "at" is an object or array.
            return Instant.parse(entry.path("at").asString(""));
        } catch (DateTimeException notAnInstant) {
            throw new RefusedRequest(GatewayProblems.unreadableAnswer(service));
        }
    }

    private record TimedEntry(Instant at, JsonNode entry) {
    }
}
