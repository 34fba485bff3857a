package dk.samspil.local.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what, through the gateway on the embedded stack with tokens from the embedded identity provider:
 * every endpoint (one row each, on Stevns 0336, its local council LR-0336 and its district 1467, and Stevns' objects
 * asked for under København's path) against every demo
 * user, so each role is tried on its own organisation and on another, and without a token. A row names who is
 * allowed and what they get (a list 200, an unknown id 404, an empty body 400, …); everyone else gets 403, and a
 * call without a token 401, except on public rows. Any deviation fails, and all of them are listed.
 */
class AuthorisationMatrixEndToEndIT extends EmbeddedStackEndToEnd {

    private static final String ANONYMOUS = "(uden token)";
    private static final String M = "/api/municipalities/0336";
    private static final String D = "/api/districts/1467";
    private static final String L = "/api/local-councils/LR-0336";
    private static final String N = "/api/national";
    private static final String NOPE = "00000000-0000-0000-0000-000000000000";

    private static final Set<String> STEVNS_DRAFTING = Set.of("stevns-consultant", "stevns-secretariat");
    private static final Set<String> STEVNS_DECIDING = Set.of("stevns-leader-group", "stevns-secretariat");
    private static final Set<String> STEVNS_STAFF = union(STEVNS_DRAFTING, STEVNS_DECIDING);
    private static final Set<String> MUNICIPAL_STAFF = union(STEVNS_STAFF, Set.of("koege-consultant", "koebenhavn-consultant"));
    private static final Set<String> DISTRICT_1467 = Set.of("district1467-member", "district1467-secretariat");
    private static final Set<String> NATIONAL = Set.of("national-secretariat", "national-board");
    private static final Set<String> SECRETARIAT = Set.of("national-secretariat");
    private static final Set<String> LOCAL_COUNCIL = Set.of("lr0336-member");

    /** The demo users: every role, on Stevns' side (own) and on Køge's, København's and district 1470's (other). */
    private static final List<String> USERS = List.of("stevns-consultant", "stevns-leader-group", "stevns-secretariat",
            "stevns-dpo", "koege-consultant", "koebenhavn-consultant", "lr0336-member", "district1467-member",
            "district1467-secretariat", "district1470-member", "national-secretariat", "national-board", "analyst",
            "auditor", "operator");

    private static final Set<Integer> LIST = Set.of(200);
    private static final Set<Integer> DONE = Set.of(204);
    private static final Set<Integer> UNKNOWN = Set.of(404);
    private static final Set<Integer> INVALID = Set.of(400);
    /** A step on an unknown aggregate or with an empty body: refused by the service, not by the access rules. */
    private static final Set<Integer> REFUSED_BY_SERVICE = Set.of(400, 404, 409, 422);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String concernId;
    private String initiativeId;

    @BeforeAll
    void registerAnInitiativeAndRaiseAConcernInStevns() throws Exception {
        HttpResponse<String> registered = call("stevns-consultant", "POST", M + "/initiatives", """
                {"name": "Natteravne i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
                 "startDate": "2027-01-01", "endDate": "2027-12-31",
                 "coordinator": {"name": "Mette Sørensen", "email": "mette.soerensen@stevns.dk", "phone": "56570000"}}""");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        initiativeId = json.readTree(registered.body()).get("id").asString();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> raised = call("stevns-consultant", "POST", M + "/concerns", """
                {"title": "Unge samles ved stationen i Hårlev", "description": "Salg af nikotinposer om aftenen",
                 "themes": ["NICOTINE_PRODUCTS"], "severity": "WATCH", "municipalityCodes": [], "districtCodes": [],
                 "observedOn": "%s"}""".formatted(today.minusDays(1)));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        concernId = json.readTree(raised.body()).get("concernId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> call("stevns-consultant", "GET", "/api/concerns/" + concernId, null)
                .statusCode() == 200);
    }

    @Test
    void every_endpoint_answers_every_role_on_its_own_and_another_organisation_as_the_table_says() throws Exception {
        List<Row> rows = rows();
        List<String> deviations = new ArrayList<>();
        Map<String, Integer> tally = new LinkedHashMap<>();
        for (Row row : rows) {
            for (String user : callers()) {
                Set<Integer> expected = row.expectedFor(user);
                int status = statusOf(user, row);
                tally.merge(String.valueOf(status), 1, Integer::sum);
                if (!expected.contains(status)) {
                    deviations.add("%s %s som %s: %d, forventet %s".formatted(row.method(), row.path(), user, status, expected));
                }
            }
        }
        System.out.printf("Autorisationsmatrix: %d endpoints × %d kaldere (%d roller + uden token) = %d kald; svar %s%n",
                rows.size(), callers().size(), USERS.size(), rows.size() * callers().size(), tally);
        assertThat(deviations).isEmpty();
    }

    /** The answer's status; a call without an answer in time is status 0, a deviation like any other. */
    private int statusOf(String user, Row row) throws Exception {
        try {
            return call(user, row.method(), row.path(), row.body()).statusCode();
        } catch (HttpTimeoutException noAnswer) {
            return 0;
        }
    }

    private List<Row> rows() {
        String concern = "/api/concerns/" + concernId;
        List<Row> rows = new ArrayList<>(List.of(
                // public
                Row.open("GET", "/api/reference/districts", LIST),
                Row.open("GET", "/api/reference/municipalities/0336", LIST),
                Row.open("GET", "/api/local-councils", LIST),
                Row.open("GET", D + "/cooperation-plan", UNKNOWN),
                Row.open("GET", "/actuator/health", LIST),
                Row.of("GET", "/actuator/prometheus", null, Set.of("operator"), LIST),

                // municipality: initiatives
                Row.of("GET", "/api/initiatives/similar?text=natteravne", null, union(MUNICIPAL_STAFF, NATIONAL), LIST),
                Row.of("GET", M + "/initiatives", null, union(STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", M + "/initiatives/" + NOPE, null, union(STEVNS_STAFF, DISTRICT_1467), UNKNOWN),
                // an object of Stevns asked for under another municipality's path is not there for that municipality
                Row.of("GET", "/api/municipalities/0101/initiatives/" + initiativeId, null,
                        Set.of("koebenhavn-consultant", "district1470-member"), UNKNOWN),
                Row.of("POST", "/api/municipalities/0101/initiatives/" + initiativeId + "/submission", null,
                        Set.of("koebenhavn-consultant"), UNKNOWN),
                Row.of("POST", M + "/initiatives", "{}", STEVNS_DRAFTING, INVALID),
                Row.of("PUT", M + "/initiatives/" + NOPE + "/application", "{}", STEVNS_DRAFTING, INVALID),
                // funding pools and action plans
                Row.of("GET", M + "/funding-pools", null, union(STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", M + "/funding-pools/2031", null, union(STEVNS_STAFF, DISTRICT_1467), UNKNOWN),
                Row.of("POST", M + "/funding-pools", "{}", STEVNS_DECIDING, INVALID),
                Row.of("GET", M + "/action-plans", null, union(STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", M + "/action-plans/" + NOPE, null, union(STEVNS_STAFF, DISTRICT_1467), UNKNOWN),
                Row.of("POST", M + "/action-plans", "{}", STEVNS_DRAFTING, INVALID),
                Row.of("POST", M + "/action-plans/" + NOPE + "/adoption", "{}", STEVNS_DECIDING, REFUSED_BY_SERVICE),
                // concerns, the feed and subscriptions
                Row.of("GET", M + "/concerns", null, STEVNS_STAFF, LIST),
                Row.of("POST", M + "/concerns", "{}", STEVNS_STAFF, INVALID),
                Row.of("GET", concern, null, union(STEVNS_STAFF, Set.of("koege-consultant"), DISTRICT_1467), LIST),
                Row.of("POST", concern + "/updates", "{\"municipalityCode\": \"0336\", \"note\": \"Set igen i aften\"}",
                        STEVNS_STAFF, LIST),
                Row.of("POST", "/api/concerns/" + NOPE + "/escalation", "{\"districtCodes\": [\"1467\"], \"reason\": \"Fælles\"}",
                        MUNICIPAL_STAFF, UNKNOWN),
                Row.of("POST", "/api/concerns/" + NOPE + "/resolution", "{\"resolution\": \"Løst\"}", MUNICIPAL_STAFF, UNKNOWN),
                Row.of("GET", M + "/concern-subscriptions", null, STEVNS_STAFF, LIST),
                Row.of("POST", M + "/concern-subscriptions", "{}", STEVNS_STAFF, INVALID),
                Row.of("PUT", M + "/concern-subscriptions/" + NOPE, "{}", STEVNS_STAFF, REFUSED_BY_SERVICE),
                Row.of("DELETE", M + "/concern-subscriptions/" + NOPE, null, STEVNS_STAFF, UNKNOWN),
                Row.of("GET", M + "/concern-subscriptions/" + NOPE + "/deliveries", null, STEVNS_STAFF, UNKNOWN),
                Row.of("GET", M + "/concern-feed", null, STEVNS_STAFF, LIST),
                Row.of("POST", M + "/concern-feed/read-all", null, STEVNS_STAFF, DONE),
                Row.of("POST", M + "/concern-feed/" + NOPE + "/read", null, STEVNS_STAFF, REFUSED_BY_SERVICE),
                Row.of("GET", M + "/projects", null, STEVNS_STAFF, LIST),
                // platform: erasure and audit
                Row.of("POST", "/api/personal-data/erasure", "{\"organisationCode\": \"0336\", \"identifier\": \"ingen@stevns.dk\"}",
                        Set.of("stevns-secretariat", "stevns-dpo", "national-secretariat"), UNKNOWN),
                Row.of("GET", "/api/audit?subject=" + concernId, null, Set.of("auditor"), LIST),

                // district council
                Row.of("GET", D + "/dashboard", null,
                        union(DISTRICT_1467, STEVNS_STAFF, Set.of("koege-consultant"), NATIONAL, Set.of("analyst")), LIST),
                Row.of("GET", D + "/council", null, union(DISTRICT_1467, NATIONAL), LIST),
                Row.of("GET", D + "/cooperation-plan/draft", null, DISTRICT_1467, REFUSED_BY_SERVICE),
                Row.of("POST", D + "/meetings", "{}", DISTRICT_1467, INVALID),
                Row.of("POST", D + "/meetings/" + NOPE + "/decisions", "{}", DISTRICT_1467, INVALID),
                Row.of("POST", D + "/decisions/" + NOPE + "/assignments", "{}", DISTRICT_1467, INVALID),
                Row.of("PUT", D + "/priorities", "{}", DISTRICT_1467, INVALID),
                Row.of("POST", D + "/cooperation-plan/drafts", "{}", DISTRICT_1467, INVALID),
                Row.of("POST", D + "/cooperation-plan/publication", "{}", DISTRICT_1467, REFUSED_BY_SERVICE),

                // local council
                Row.of("GET", L, null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", L + "/decisions", null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", L + "/reports", null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", L + "/reports/" + NOPE, null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), UNKNOWN),
                Row.of("GET", L + "/activities", null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), LIST),
                Row.of("GET", L + "/activities/" + NOPE, null, union(LOCAL_COUNCIL, STEVNS_STAFF, DISTRICT_1467), UNKNOWN),
                Row.of("POST", L + "/reports", "{}", LOCAL_COUNCIL, INVALID),
                Row.of("POST", L + "/activities", "{}", LOCAL_COUNCIL, INVALID),
                Row.of("POST", L + "/decisions/" + NOPE + "/implementation", "{}", LOCAL_COUNCIL, REFUSED_BY_SERVICE),

                // national association: the aggregated picture
                Row.of("GET", N + "/overview", null, union(NATIONAL, Set.of("analyst"), DISTRICT_1467, Set.of("district1470-member")), LIST),
                Row.of("GET", N + "/trends", null, union(NATIONAL, Set.of("analyst"), DISTRICT_1467, Set.of("district1470-member")), LIST),
                Row.of("GET", N + "/annual-report/" + LocalDate.now().getYear(), null,
                        union(NATIONAL, Set.of("analyst"), DISTRICT_1467, Set.of("district1470-member")), LIST),
                // its own work
                Row.of("GET", N + "/forums", null, NATIONAL, LIST),
                Row.of("GET", N + "/forums/" + NOPE, null, NATIONAL, UNKNOWN),
                Row.of("POST", N + "/forums", "{}", SECRETARIAT, INVALID),
                Row.of("GET", N + "/projects", null, NATIONAL, LIST),
                Row.of("GET", N + "/projects/" + NOPE, null, NATIONAL, UNKNOWN),
                Row.of("POST", N + "/projects", "{}", SECRETARIAT, INVALID),
                Row.of("GET", N + "/gatherings", null, NATIONAL, LIST),
                Row.of("GET", N + "/gatherings/" + NOPE, null, NATIONAL, UNKNOWN),
                Row.of("POST", N + "/gatherings", "{}", SECRETARIAT, INVALID)));
        rows.addAll(steps(M + "/initiatives/" + NOPE, STEVNS_DRAFTING, "submission", "activation", "status-reports",
                "pause", "resumption", "withdrawal", "completion"));
        rows.addAll(steps(M + "/initiatives/" + NOPE, STEVNS_DECIDING, "approval", "rejection", "budget-approval",
                "approval-without-funding"));
        rows.addAll(steps(M + "/action-plans/" + NOPE, STEVNS_DRAFTING, "presentation", "follow-ups", "initiatives"));
        rows.addAll(steps(N + "/forums/" + NOPE, SECRETARIAT, "coordinators", "members", "members/" + NOPE + "/leaving",
                "meetings", "yearly-status", "products", "closure"));
        rows.addAll(steps(N + "/projects/" + NOPE, SECRETARIAT, "start", "completion", "stop", "grants",
                "grants/" + NOPE + "/award", "grants/" + NOPE + "/acceptance", "grants/" + NOPE + "/decline",
                "pilot-municipalities", "pilot-municipalities/0336/joining", "pilot-municipalities/0336/leaving",
                "milestones", "milestones/" + NOPE + "/reached"));
        rows.addAll(steps(N + "/gatherings/" + NOPE, SECRETARIAT, "held", "cancellation"));
        return rows;
    }

    private static List<Row> steps(String base, Set<String> allowed, String... steps) {
        return Stream.of(steps).map(step -> Row.of("POST", base + "/" + step, "{}", allowed, REFUSED_BY_SERVICE)).toList();
    }

    private static List<String> callers() {
        return Stream.concat(USERS.stream(), Stream.of(ANONYMOUS)).toList();
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!user.equals(ANONYMOUS)) {
            request.header("Authorization", "Bearer " + tokenFor(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** One endpoint: who may call it and what they get; {@code open} rows need no token and everyone gets the same. */
    private record Row(String method, String path, String body, Set<String> allowed, Set<Integer> whenAllowed, boolean open) {

        static Row of(String method, String path, String body, Set<String> allowed, Set<Integer> whenAllowed) {
            return new Row(method, path, body, allowed, whenAllowed, false);
        }

        static Row open(String method, String path, Set<Integer> status) {
            return new Row(method, path, null, Set.of(), status, true);
        }

        Set<Integer> expectedFor(String user) {
            if (open || allowed.contains(user)) {
                return whenAllowed;
            }
            return user.equals(ANONYMOUS) ? Set.of(401) : Set.of(403);
        }
    }
}
