package dk.samspil.gateway;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The RFC 7807 problems the gateway answers with itself. Titles and details are in Danish, like the UI. */
final class GatewayProblems {

    static final URI NOT_FOUND = URI.create("urn:samspil:problem:not-found");
    static final URI SERVICE_UNAVAILABLE = URI.create("urn:samspil:problem:service-unavailable");
    static final URI SERVICE_TIMEOUT = URI.create("urn:samspil:problem:service-timeout");
    static final URI BAD_GATEWAY = URI.create("urn:samspil:problem:bad-gateway");
    static final URI UNEXPECTED = URI.create("urn:samspil:problem:unexpected");
    static final URI TOO_MANY_REQUESTS = URI.create("urn:samspil:problem:too-many-requests");
    static final URI BODY_TOO_LARGE = URI.create("urn:samspil:problem:body-too-large");
    static final URI LOGIN_REQUIRED = URI.create("urn:samspil:problem:login-required");
    static final URI ACCESS_DENIED = URI.create("urn:samspil:problem:access-denied");
    static final URI PERSONAL_DATA_NOT_FOUND = URI.create("urn:samspil:problem:personal-data-not-found");

    /** The name a problem gives the identity provider when the gateway cannot reach it. */
    static final String IDENTITY_PROVIDER = "identity";

    private GatewayProblems() {
    }

    static ProblemDetail notFound() {
        return problem(NOT_FOUND, HttpStatus.NOT_FOUND, "Ikke fundet",
                "Gatewayen har ingen rute til denne sti.");
    }

    static ProblemDetail serviceUnavailable(String service) {
        return aboutService(service, SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, "Tjenesten er ikke tilgængelig",
                "Tjenesten '%s' kan ikke nås lige nu. Prøv igen senere.");
    }

    static ProblemDetail serviceTimeout(String service) {
        return aboutService(service, SERVICE_TIMEOUT, HttpStatus.GATEWAY_TIMEOUT, "Tjenesten svarede ikke i tide",
                "Tjenesten '%s' svarede ikke inden for tidsgrænsen.");
    }

    static ProblemDetail badGateway(String service) {
        return aboutService(service, BAD_GATEWAY, HttpStatus.BAD_GATEWAY, "Ugyldigt svar fra tjenesten",
                "Tjenesten '%s' afbrød forbindelsen uden et gyldigt svar.");
    }

    /** A service the gateway asks on the caller's behalf (audit, erasure) could not be reached: the answer would be partial. */
    static ProblemDetail serviceUnreachable(String service) {
        return aboutService(service, BAD_GATEWAY, HttpStatus.BAD_GATEWAY, "Tjenesten er ikke tilgængelig",
                "Tjenesten '%s' kan ikke nås, så svaret ville være ufuldstændigt. Prøv igen senere.");
    }

    static ProblemDetail unreadableAnswer(String service) {
        return aboutService(service, BAD_GATEWAY, HttpStatus.BAD_GATEWAY, "Ugyldigt svar fra tjenesten",
                "Tjenesten '%s' svarede med indhold, som gatewayen ikke kan læse.");
    }

    /** The signing keys cannot be fetched, so no token can be checked: not the caller's fault, so not a 401. */
    static ProblemDetail identityProviderUnavailable() {
        return aboutService(IDENTITY_PROVIDER, SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                "Login-tjenesten er ikke tilgængelig",
                "Gatewayen kan ikke hente login-tjenestens ('%s') nøgler, så adgangstokenet kan ikke kontrolleres lige nu. "
                        + "Prøv igen senere.");
    }

    /** A signed-in user's access token has expired and the identity provider cannot be reached to renew it. */
    static ProblemDetail signInUnavailable() {
        return aboutService(IDENTITY_PROVIDER, SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                "Login-tjenesten er ikke tilgængelig",
                "Gatewayen kan ikke nå login-tjenesten ('%s') for at forny din adgang. Prøv igen senere.");
    }

    /** {@code detail} says why: no token, or what is wrong with it (never the token itself). */
    static ProblemDetail loginRequired(String detail) {
        return problem(LOGIN_REQUIRED, HttpStatus.UNAUTHORIZED, "Login kræves", detail);
    }

    static ProblemDetail accessDenied(String detail) {
        return problem(ACCESS_DENIED, HttpStatus.FORBIDDEN, "Adgang nægtet", detail);
    }

    /** Like a service's own 404 for an unknown person, but about all the services asked. */
    static ProblemDetail noPersonalDataFound(List<String> services) {
        ProblemDetail problem = problem(PERSONAL_DATA_NOT_FOUND, HttpStatus.NOT_FOUND, "Findes ikke",
                "Ingen af tjenesterne har personoplysninger med denne identifikation i den angivne organisation.");
        problem.setProperty("field", "identifier");
        problem.setProperty("services", services);
        return problem;
    }

    static ProblemDetail unexpected() {
        return problem(UNEXPECTED, HttpStatus.INTERNAL_SERVER_ERROR, "Uventet fejl",
                "Der opstod en uventet fejl i gatewayen.");
    }

    static ProblemDetail tooManyRequests(long retryAfterSeconds) {
        return problem(TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS, "For mange forespørgsler",
                "Der er sendt for mange forespørgsler fra denne klient. Prøv igen om %d %s."
                        .formatted(retryAfterSeconds, retryAfterSeconds == 1 ? "sekund" : "sekunder"));
    }

    /** The same problem as the services' own body limit, so a client sees one answer wherever the limit bites. */
    static ProblemDetail bodyTooLarge(long maxBytes) {
        ProblemDetail problem = problem(BODY_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "For stort indhold",
                "Forespørgslens indhold er større end " + readable(maxBytes));
        problem.setProperty("field", "body");
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }

    /** Any other status Spring raises (405, 413, ...): the plain HTTP meaning is the whole story. */
    static ProblemDetail forStatus(HttpStatusCode status, String reason) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "HTTP " + status.value());
        problem.setDetail(reason != null ? reason : problem.getTitle());
        return problem;
    }

    /** A problem with the service behind a route; {@code detailFormat} takes the service's name. */
    private static ProblemDetail aboutService(String service, URI type, HttpStatus status, String title, String detailFormat) {
        ProblemDetail problem = problem(type, status, title, detailFormat.formatted(service));
        problem.setProperty("service", service);
        return problem;
    }

    private static String readable(long bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static ProblemDetail problem(URI type, HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
