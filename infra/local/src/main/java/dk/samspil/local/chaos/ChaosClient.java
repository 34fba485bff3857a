package dk.samspil.local.chaos;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import dk.samspil.local.tokens.TokenException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * One client of the load, sending through the gateway as municipalities would: mostly registrations of complete
 * applications, some steps on initiatives it registered itself (submission, the leader group's approval, withdrawal),
 * and concerns. It takes a step only on an initiative whose last command was acknowledged, so that it knows the state;
 * an initiative whose step got no answer is left alone. One thread uses a client.
 */
final class ChaosClient {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String LOCAL_AREA = "Centrum";
    private static final String APPLICATION = """
            {"name":"Kaos-indsats %d","preventionLevel":"PREVENTIVE","scope":"LOCAL",
             "startDate":"2027-01-01","endDate":"2027-12-31","themes":["kaos"],"targetAgeFrom":12,"targetAgeTo":18,
             "targetGroups":["CHILDREN_AND_YOUNG_PEOPLE"],"goals":["Færre konflikter"],"partners":["SCHOOL","POLICE"],
             "evaluationPlan":"Før- og eftermåling","knowledgeSharing":"Deles i kredsrådet",
             "coordinator":{"name":"Tove Holder","email":"tove.holder@example.dk","phone":"12345678"},
             "localAreas":["%s"],"organisationalUnit":"SSP-sekretariatet",
             "budgetLines":[{"heading":"Materialer","expectedAmount":10000,"settlementMonth":"2027-10"}]}""";
    private static final String CONCERN = """
            {"title":"Kaos-bekymring %d","description":"Unge samles ved stationen om aftenen","themes":["YOUTH_GROUPS"],
             "severity":"WATCH","municipalityCodes":[],"districtCodes":[],"observedOn":"2026-01-05"}""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;
    private final OrganisationTokens tokens;
    private final List<String> municipalities;
    private final Random random;
    /** Initiatives of this client that are drafts, and ones submitted, as far as acknowledged answers tell. */
    private final Deque<Target> drafts = new ArrayDeque<>();
    private final Deque<Target> submitted = new ArrayDeque<>();

    private record Target(String municipality, String initiativeId) {
    }

    ChaosClient(String gateway, OrganisationTokens tokens, List<String> municipalities, long seed) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.municipalities = List.copyOf(municipalities);
        this.random = new Random(seed);
    }

    /** Sends command {@code number}: seven in ten register, two in ten take a step, one in ten raises a concern. */
    SentCommand send(int number) {
        int draw = random.nextInt(100);
        if (draw >= 90) {
            return raiseConcern(number);
        }
        if (draw >= 86 && !(drafts.isEmpty() && submitted.isEmpty())) {
            return withdraw(number, drafts.isEmpty() || (!submitted.isEmpty() && random.nextBoolean()) ? submitted : drafts);
        }
        if (draw >= 80 && !submitted.isEmpty()) {
            return step(number, CommandKind.APPROVE_INITIATIVE, submitted.poll(), "approval",
                    "{\"leaderGroupArea\":\"" + LOCAL_AREA + "\"}", null);
        }
        if (draw >= 70 && !drafts.isEmpty()) {
            return step(number, CommandKind.SUBMIT_INITIATIVE, drafts.poll(), "submission", "", submitted);
        }
        return register(number);
    }

    private SentCommand register(int number) {
        String municipality = municipalityOf(number);
        Answer answer = post(municipality, "/api/municipalities/" + municipality + "/initiatives",
                APPLICATION.formatted(number, LOCAL_AREA));
        String id = idField(answer, "id");
        if (id != null) {
            drafts.add(new Target(municipality, id));
        }
        return new SentCommand(number, CommandKind.REGISTER_INITIATIVE, municipality, id, answer.outcome(), answer.status());
    }

    private SentCommand raiseConcern(int number) {
        String municipality = municipalityOf(number);
        Answer answer = post(municipality, "/api/municipalities/" + municipality + "/concerns", CONCERN.formatted(number));
        return new SentCommand(number, CommandKind.RAISE_CONCERN, municipality, idField(answer, "concernId"),
                answer.outcome(), answer.status());
    }

    private SentCommand withdraw(int number, Deque<Target> from) {
        return step(number, CommandKind.WITHDRAW_INITIATIVE, from.poll(), "withdrawal",
                "{\"reason\":\"Trukket tilbage under kaostesten\"}", null);
    }

    /** A step on {@code target}; once acknowledged, the initiative goes on to {@code next} (null: it is done with). */
    private SentCommand step(int number, CommandKind kind, Target target, String path, String body, Deque<Target> next) {
        Answer answer = post(target.municipality(), "/api/municipalities/" + target.municipality() + "/initiatives/"
                + target.initiativeId() + "/" + path, body);
        if (answer.outcome() == Outcome.ACKNOWLEDGED && next != null) {
            next.add(target);
        }
        return new SentCommand(number, kind, target.municipality(), target.initiativeId(), answer.outcome(),
                answer.status());
    }

    private String municipalityOf(int number) {
        return municipalities.get(number % municipalities.size());
    }

    private Answer post(String municipality, String path, String body) {
        Organisation organisation = Organisation.municipality(municipality);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", tokens.authorization(organisation))
                    .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (TokenException e) {
            return new Answer(Outcome.NO_TOKEN, 0, null);
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                tokens.forget(organisation); // e.g. the identity provider started again with a new signing key
            }
            return new Answer(Outcome.ofStatus(response.statusCode()), response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Answer(Outcome.TIMED_OUT, 0, null);
        } catch (IOException e) {
            return new Answer(Outcome.UNREACHABLE, 0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.UNREACHABLE, 0, null);
        }
    }

    /** A field of an acknowledged answer's JSON (the new initiative's or concern's id), or null. */
    private String idField(Answer answer, String field) {
        if (answer.outcome() != Outcome.ACKNOWLEDGED) {
            return null;
        }
        try {
            return json.readTree(answer.body()).path(field).asString(null);
        } catch (JacksonException e) {
            return null;
        }
    }

    private record Answer(Outcome outcome, int status, String body) {
    }
}
