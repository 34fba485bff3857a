package dk.samspil.local.tokens;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.LocalStackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity provider as the launcher starts it (on a free port, told its issuer), and the launcher's own clients
 * of it: {@link OrganisationTokens}, {@link DemoLogin} and {@code ./samspil token}.
 */
class LauncherIdentityProviderIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataFolder;

    private static LocalStack stack;
    private static String issuer;

    @BeforeAll
    static void startTheIdentityProvider() {
        Path repositoryRoot = Path.of(System.getProperty("samspil.root", "../..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder).withServices("identity"));
        issuer = stack.identityIssuer();
    }

    @AfterAll
    static void stopTheIdentityProvider() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theLauncherTellsTheProviderItsIssuerOnItsOwnPort() throws Exception {
        int port = stack.config().servicePort("identity");
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(issuer).isEqualTo("http://localhost:" + port);
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discovery.body()).path("issuer").asString()).isEqualTo(issuer);
        assertThat(JSON.readTree(discovery.body()).path("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
    }

    @Test
    void theDemoClientGetsATokenForEachOrganisationItActsFor() {
        OrganisationTokens tokens = new OrganisationTokens(issuer);

        JsonNode stevns = claims(tokens.accessToken(Organisation.municipality("0336")));
        JsonNode localCouncil = claims(tokens.accessToken(Organisation.localCouncil("LR-0336")));
        JsonNode district = claims(tokens.accessToken(Organisation.districtCouncil("1467")));
        JsonNode national = claims(tokens.accessToken(Organisation.NATIONAL_ASSOCIATION));

        assertThat(stevns.path("iss").asString()).isEqualTo(issuer);
        assertThat(stevns.path("sub").asString()).isEqualTo(OrganisationTokens.CLIENT_ID);
        assertThat(stevns.path("aud").toString()).contains("samspil");
        assertOrganisation(stevns, "MUNICIPALITY", "0336", "SSP_CONSULTANT", "SSP_LEADER_GROUP", "SSP_SECRETARIAT");
        assertOrganisation(localCouncil, "LOCAL_COUNCIL", "LR-0336", "LOCAL_COUNCIL_MEMBER");
        assertOrganisation(district, "DISTRICT_COUNCIL", "1467", "DISTRICT_COUNCIL_MEMBER", "DISTRICT_SECRETARIAT");
        assertOrganisation(national, "NATIONAL_ASSOCIATION", "SSP-SAMRAADET", "NATIONAL_SECRETARIAT");
    }

    @Test
    void aCallCarriesATokenForTheOrganisationItsPathNamesAndAPublicReadNone() {
        OrganisationTokens tokens = new OrganisationTokens(issuer);

        String authorization = tokens.authorization("POST", "/api/local-councils/LR-0101/reports").orElseThrow();

        assertThat(authorization).startsWith("Bearer ");
        assertOrganisation(claims(authorization.substring("Bearer ".length())), "LOCAL_COUNCIL", "LR-0101",
                "LOCAL_COUNCIL_MEMBER");
        assertThat(tokens.authorization("GET", "/api/reference/municipalities")).isEmpty();
    }

    @Test
    void anOrganisationsTokenIsKeptForAllThreadsAndRenewedAMinuteBeforeItExpires() throws Exception {
        TokenCacheTest.MovableClock clock = new TokenCacheTest.MovableClock(Instant.now());
        OrganisationTokens tokens = new OrganisationTokens(issuer, OrganisationTokens.DEV_CLIENT_SECRET, clock);
        Organisation stevns = Organisation.municipality("0336");

        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(threads.submit(() -> tokens.accessToken(stevns)));
            }
            String first = answers.get(0).get(30, TimeUnit.SECONDS);
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(first);
            }
            assertThat(tokens.accessToken(Organisation.municipality("0101"))).isNotEqualTo(first);

            long lifetime = claims(first).path("exp").asLong() - claims(first).path("iat").asLong();
            clock.advance(Duration.ofSeconds(lifetime).minus(TokenCache.RENEW_BEFORE_EXPIRY).minusSeconds(5));
            assertThat(tokens.accessToken(stevns)).isEqualTo(first);
            clock.advance(Duration.ofSeconds(5));
            String renewed = tokens.accessToken(stevns);
            assertThat(renewed).isNotEqualTo(first);
            assertOrganisation(claims(renewed), "MUNICIPALITY", "0336", "SSP_CONSULTANT", "SSP_LEADER_GROUP", "SSP_SECRETARIAT");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anOrganisationTheProviderDoesNotKnowGetsNoToken() {
        assertThatThrownBy(() -> new OrganisationTokens(issuer).accessToken(Organisation.municipality("0411")))
                .isInstanceOf(TokenException.class)
                .hasMessageContaining("organisation:MUNICIPALITY:0411")
                .hasMessageContaining("invalid_scope");
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        OrganisationTokens tokens = new OrganisationTokens(issuer, "guessed", Clock.systemUTC());

        assertThatThrownBy(() -> tokens.accessToken(Organisation.municipality("0336")))
                .isInstanceOf(TokenException.class)
                .hasMessageContaining("invalid_client");
    }

    @Test
    void aDemoUserLogsInWithPkceAndGetsHerOwnOrganisation() {
        AccessToken token = new DemoLogin(issuer).login("stevns-consultant", DemoLogin.devPassword("stevns-consultant"));

        JsonNode claims = claims(token.value());
        assertThat(claims.path("iss").asString()).isEqualTo(issuer);
        assertThat(claims.path("sub").asString()).isEqualTo("stevns-consultant");
        assertOrganisation(claims, "MUNICIPALITY", "0336", "SSP_CONSULTANT");
        assertThat(token.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(10)));
    }

    @Test
    void anAuditorHasNoOrganisation() {
        JsonNode claims = claims(new DemoLogin(issuer).login("auditor", "auditor-dev").value());

        assertThat(claims.path("org_type").asString()).isEqualTo("NONE");
        assertThat(claims.has("org_code")).isFalse();
        assertThat(claims.path("roles").toString()).isEqualTo("[\"AUDITOR\"]");
    }

    @Test
    void aWrongPasswordIsSaidInDanish() {
        assertThatThrownBy(() -> new DemoLogin(issuer).login("stevns-consultant", "stevns-consultant"))
                .isInstanceOf(TokenException.class)
                .hasMessageContaining("Forkert brugernavn eller adgangskode for 'stevns-consultant'");
    }

    @Test
    void theTokenCommandPrintsOnlyTheToken() {
        assertThat(claims(tokenCommand("district1467-member")).path("sub").asString()).isEqualTo("district1467-member");
        assertThat(claims(tokenCommand("national-board", "--password", "national-board-dev")).path("roles").toString())
                .isEqualTo("[\"NATIONAL_BOARD\"]");
        assertOrganisation(claims(tokenCommand("--organisation", "DISTRICT_COUNCIL:1470")), "DISTRICT_COUNCIL", "1470",
                "DISTRICT_COUNCIL_MEMBER", "DISTRICT_SECRETARIAT");
    }

    @Test
    void theTokenCommandExplainsWhatIsWrong() {
        assertThatThrownBy(() -> tokenCommand()).isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Brug: ./samspil token");
        assertThatThrownBy(() -> tokenCommand("--organisation", "0336")).isInstanceOf(LocalStackException.class)
                .hasMessageContaining("MUNICIPALITY:0336");
        assertThatThrownBy(() -> tokenCommand("stevns-consultant", "--password", "forkert"))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Forkert brugernavn eller adgangskode");
        assertThatThrownBy(() -> TokenCommand.run(List.of("stevns-consultant"), "http://localhost:1", System.out))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Kunne ikke nå identitetsudbyderen på http://localhost:1");
    }

    private static String tokenCommand(String... arguments) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThat(TokenCommand.run(List.of(arguments), issuer, new PrintStream(output, true, StandardCharsets.UTF_8)))
                .isZero();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        return printed.strip();
    }

    private static void assertOrganisation(JsonNode claims, String type, String code, String... roles) {
        assertThat(claims.path("org_type").asString()).isEqualTo(type);
        assertThat(claims.path("org_code").asString()).isEqualTo(code);
        List<String> held = new ArrayList<>();
        claims.path("roles").forEach(role -> held.add(role.asString()));
        assertThat(held).containsExactly(roles);
    }

    /** The claims of a JWT (its signature is the identity module's tests' concern). */
    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a JWT: header.payload.signature").hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (JacksonException e) {
            throw new AssertionError(e);
        }
    }
}
