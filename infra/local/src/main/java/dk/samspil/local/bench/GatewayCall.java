package dk.samspil.local.bench;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One kind of request in the gateway's keep-alive benchmark and the status it should get: answered by the gateway
 * itself, routed to a service, or refused (by the gateway or by the service).
 *
 * @param caller the organisation whose token it carries; null for none
 * @param body   a JSON body; null for none
 */
record GatewayCall(String name, String method, String path, Organisation caller, String body, int expectedStatus) {

    private static final String DISTRICT = "1467";
    private static final Organisation DISTRICT_COUNCIL = Organisation.districtCouncil(DISTRICT);
    /** A municipality in another police district (København, 1470): no access to district 1467's figures. */
    private static final Organisation ELSEWHERE = Organisation.municipality("0101");
    private static final String DASHBOARD = "/api/districts/" + DISTRICT + "/dashboard";
    private static final String NEW_INITIATIVE = """
            {"name":"Natteravne","preventionLevel":"PREVENTIVE","scope":"LOCAL","startDate":"2027-01-01",\
            "endDate":"2027-12-31"}""";

    /** The mix, sent in this order round and round. */
    static final List<GatewayCall> MIX = List.of(
            new GatewayCall("health", "GET", "/actuator/health", null, null, 200),
            new GatewayCall("dashboard, own district", "GET", DASHBOARD, DISTRICT_COUNCIL, null, 200),
            new GatewayCall("reference data, public", "GET", "/api/reference/districts", null, null, 200),
            new GatewayCall("dashboard without token", "GET", DASHBOARD, null, null, 401),
            new GatewayCall("POST with body, no token", "POST", "/api/municipalities/0336/initiatives", null,
                    NEW_INITIATIVE, 401),
            new GatewayCall("gateway metrics, no role", "GET", "/actuator/prometheus", ELSEWHERE, null, 403),
            new GatewayCall("dashboard, other district", "GET", DASHBOARD, ELSEWHERE, null, 403),
            new GatewayCall("no route", "GET", "/api/no-such-route", ELSEWHERE, null, 404),
            new GatewayCall("unknown initiative", "GET",
                    "/api/municipalities/0101/initiatives/00000000-0000-0000-0000-000000000000", ELSEWHERE, null, 404),
            new GatewayCall("invalid POST, routed", "POST", "/api/municipalities/0101/initiatives", ELSEWHERE, "{}",
                    400));

    /** The request as it goes on the wire, with a token for its caller. */
    byte[] bytes(String hostAndPort, OrganisationTokens tokens) {
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostAndPort).append("\r\n")
                .append("Accept: application/json\r\n");
        if (caller != null) {
            request.append("Authorization: ").append(tokens.authorization(caller)).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[head.length + content.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(content, 0, whole, head.length, content.length);
        return whole;
    }
}
