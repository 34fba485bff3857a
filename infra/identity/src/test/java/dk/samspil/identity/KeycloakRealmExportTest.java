package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose's Keycloak realm (infra/keycloak/samspil-realm.json) must know the same people and programs as this
 * provider, with the same organisation and roles, and put them into tokens with the same claims: the gateway and the
 * services must decide alike whichever of the two issued the token. Reads the files as Keycloak, Prometheus and
 * docker-compose read them; paths are relative to this module, where Maven runs the tests.
 */
class KeycloakRealmExportTest {

    private static final Path REALM_EXPORT = Path.of("..", "keycloak", "samspil-realm.json");
    private static final Path PROMETHEUS_CONFIG = Path.of("..", "prometheus", "prometheus.yml");
    private static final Path DOCKER_COMPOSE = Path.of("..", "..", "docker-compose.yml");

    private static final String SAMSPIL_SCOPE = "samspil";
    private static final String REALM_ROLE_MAPPER = "oidc-usermodel-realm-role-mapper";
    private static final String ATTRIBUTE_MAPPER = "oidc-usermodel-attribute-mapper";
    private static final String AUDIENCE_MAPPER = "oidc-audience-mapper";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static RealmExport realm;
    private static DemoDirectory directory;
    private static IdentityProperties identity;

    @BeforeAll
    static void readBothProviders() throws IOException {
        realm = JSON.readValue(REALM_EXPORT.toFile(), RealmExport.class);
        // The files' own values, not this machine's: the realm export holds the secrets' dev defaults.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        for (String file : List.of("application.yml", "demo-users.yml")) {
            new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        }
        Binder binder = Binder.get(environment);
        directory = binder.bind("samspil.identity.directory", DemoDirectory.class).get();
        identity = binder.bind("samspil.identity", IdentityProperties.class).get();
    }

    @Test
    void theRealmRolesAreTheRolesWithTheirDanishNames() {
        assertThat(realm.roles().realm())
                .extracting(RealmRole::name)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
        assertThat(realm.roles().realm())
                .allSatisfy(role -> assertThat(role.description()).isEqualTo(Role.valueOf(role.name()).label()));
    }

    @Test
    void everyDemoUserLogsInWithTheSamePasswordNameOrganisationAndRoles() {
        assertThat(realm.users())
                .filteredOn(user -> user.serviceAccountClientId() == null)
                .extracting(User::username)
                .containsExactlyInAnyOrderElementsOf(directory.users().stream().map(DemoUser::username).toList());

        for (DemoUser demoUser : directory.users()) {
            User user = realm.user(demoUser.username());
            assertThat(user.enabled()).as(demoUser.username()).isTrue();
            assertThat(user.firstName() + " " + user.lastName()).isEqualTo(demoUser.name());
            assertThat(user.credentials())
                    .as("password of %s", demoUser.username())
                    .containsExactly(new Credential("password", demoUser.password(), false));
            assertSameMembership(user, demoUser.membership());
        }
    }

    @Test
    void everyMachineClientIsAServiceAccountWithTheSameSecretOrganisationAndRoles() {
        assertThat(directory.machineClients()).isNotEmpty();
        for (MachineClient machineClient : directory.machineClients()) {
            Client client = realm.client(machineClient.clientId());
            assertThat(client.publicClient()).as(client.clientId()).isFalse();
            assertThat(client.secret()).as(client.clientId()).isEqualTo(machineClient.secret());
            assertThat(client.serviceAccountsEnabled()).as(client.clientId()).isTrue();
            assertThat(client.standardFlowEnabled()).as(client.clientId()).isFalse();
            assertThat(client.directAccessGrantsEnabled()).as(client.clientId()).isFalse();
            assertSameMembership(realm.serviceAccountOf(machineClient.clientId()), machineClient.membership());
        }
    }

    @Test
    void prometheusScrapesAsAnOperatorOfNoOrganisationWithTheSecretOfTheRealm() throws IOException {
        Client prometheus = realm.client("prometheus");
        assertThat(prometheus.publicClient()).isFalse();
        assertThat(prometheus.serviceAccountsEnabled()).isTrue();
        assertSameMembership(realm.serviceAccountOf("prometheus"),
                new Membership(new Organisation(OrganisationType.NONE, null), List.of(Role.OPERATOR)));

        Map<String, List<Map<String, Object>>> config = yaml(PROMETHEUS_CONFIG);
        assertThat(config.get("scrape_configs")).isNotEmpty().allSatisfy(job -> assertThat(job.get("oauth2"))
                .isEqualTo(Map.of(
                        "client_id", "prometheus",
                        "client_secret", prometheus.secret(),
                        "token_url", "http://keycloak:8080" + realm.path() + "/protocol/openid-connect/token")));
    }

    @Test
    void theGatewaysClientIsConfidentialWithTheSameSecretAndMustUsePkceWithTheRedirectsOfThisProvider() {
        IdentityProperties.WebClient web = identity.webClient();
        Client client = realm.client(web.clientId());

        assertThat(client.publicClient()).isFalse();
        assertThat(client.clientAuthenticatorType()).isEqualTo("client-secret");
        assertThat(client.secret()).isEqualTo(web.secret());
        assertThat(client.standardFlowEnabled()).isTrue();
        assertThat(client.implicitFlowEnabled()).isFalse();
        assertThat(client.directAccessGrantsEnabled()).isFalse();
        assertThat(client.serviceAccountsEnabled()).isFalse();
        assertThat(client.attributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(client.redirectUris()).containsExactlyInAnyOrderElementsOf(web.redirectUris());
        // Keycloak keeps the post-logout redirects in one attribute, separated by ##.
        assertThat(client.attributes().get("post.logout.redirect.uris").split("##"))
                .containsExactlyInAnyOrderElementsOf(web.postLogoutRedirectUris());
    }

    @Test
    void refreshTokensAreUsedOnceAndLastNoLongerThanThoseOfThisProvider() {
        Client client = realm.client(identity.webClient().clientId());

        // Keycloak's refresh tokens end with the user's session; the client's session lasts at most this long.
        assertThat(Long.parseLong(client.attributes().get("client.session.max.lifespan")))
                .isEqualTo(identity.webClient().refreshTokenTimeToLive().toSeconds());
        assertThat(realm.revokeRefreshToken()).isTrue();
        assertThat(realm.refreshTokenMaxReuse()).isZero();
    }

    @Test
    void theSamspilScopePutsTheRolesTheOrganisationAndTheAudienceIntoAccessTokens() {
        List<ProtocolMapper> mappers = realm.clientScope(SAMSPIL_SCOPE).protocolMappers();

        assertThat(mappers).filteredOn(mapper -> REALM_ROLE_MAPPER.equals(mapper.protocolMapper()))
                .singleElement()
                .satisfies(roles -> {
                    // Top level and always a JSON array, also for one role: not Keycloak's realm_access.roles.
                    assertThat(roles.config()).containsEntry("claim.name", SamspilClaims.ROLES)
                            .containsEntry("multivalued", "true")
                            .containsEntry("access.token.claim", "true");
                    assertThat(roles.config().getOrDefault("usermodel.realmRoleMapping.rolePrefix", "")).isEmpty();
                });
        assertThat(mappers).filteredOn(mapper -> ATTRIBUTE_MAPPER.equals(mapper.protocolMapper()))
                .allSatisfy(attribute -> assertThat(attribute.config())
                        .containsEntry("claim.name", attribute.config().get("user.attribute"))
                        .containsEntry("multivalued", "false")
                        .containsEntry("access.token.claim", "true"))
                .extracting(attribute -> attribute.config().get("claim.name"))
                .containsExactlyInAnyOrder(SamspilClaims.ORG_TYPE, SamspilClaims.ORG_CODE);
        assertThat(mappers).filteredOn(mapper -> AUDIENCE_MAPPER.equals(mapper.protocolMapper()))
                .singleElement()
                .satisfies(audience -> assertThat(audience.config())
                        .containsEntry("included.custom.audience", identity.audience())
                        .containsEntry("access.token.claim", "true"));
    }

    @Test
    void everyClientGetsTheSubjectAndTheSamspilClaimsWithNoRolesButSamspils() {
        assertThat(realm.defaultDefaultClientScopes()).contains("basic", SAMSPIL_SCOPE);
        assertThat(realm.clients()).isNotEmpty().allSatisfy(client -> {
            assertThat(client.defaultClientScopes()).as(client.clientId()).contains("basic", SAMSPIL_SCOPE);
            // Roles reach a token only through the samspil scope's mappings: never Keycloak's offline_access & co.
            assertThat(client.fullScopeAllowed()).as(client.clientId()).isFalse();
        });
        assertThat(realm.scopeMappings())
                .filteredOn(mapping -> SAMSPIL_SCOPE.equals(mapping.clientScope()))
                .singleElement()
                .satisfies(mapping -> assertThat(mapping.roles())
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList()));
        // Without the default client scopes of a new realm, the sub claim comes from this one mapper alone.
        assertThat(realm.clientScope("basic").protocolMappers())
                .anySatisfy(sub -> {
                    assertThat(sub.protocolMapper()).isEqualTo("oidc-sub-mapper");
                    assertThat(sub.config()).containsEntry("access.token.claim", "true");
                });
        assertThat(realm.clientScopes())
                .flatMap(ClientScope::protocolMappers)
                .filteredOn(mapper -> REALM_ROLE_MAPPER.equals(mapper.protocolMapper()))
                .extracting(mapper -> mapper.config().get("claim.name"))
                .containsOnly(SamspilClaims.ROLES);
    }

    @Test
    void theUserProfileKeepsTheOrganisationAndOnlyAdministratorsMayChangeIt() throws IOException {
        // Keycloak (24+) drops attributes its user profile does not declare, silently, also on import.
        JsonNode profile = JSON.readTree(realm.userProfileConfig());

        for (String attribute : List.of(SamspilClaims.ORG_TYPE, SamspilClaims.ORG_CODE)) {
            JsonNode declared = null;
            for (JsonNode candidate : profile.path("attributes")) {
                if (attribute.equals(candidate.path("name").asString())) {
                    declared = candidate;
                }
            }
            assertThat(declared).as("user profile attribute %s", attribute).isNotNull();
            assertThat(declared.path("permissions").path("edit").toString()).isEqualTo("[\"admin\"]");
        }
    }

    @Test
    void accessTokensLiveAsLongAsThoseOfThisProvider() {
        assertThat(realm.accessTokenLifespan()).isEqualTo(identity.accessTokenTimeToLive().toSeconds());
    }

    @Test
    void composeValidatesTheIssuerKeycloakPutsIntoItsTokensWithKeysFetchedInsideTheNetwork() throws IOException {
        Map<String, Map<String, Map<String, Object>>> compose = yaml(DOCKER_COMPOSE);
        Map<String, Map<String, Object>> services = compose.get("services");
        Map<String, Object> keycloak = services.get("keycloak");
        URI hostname = URI.create(environment(keycloak).get("KC_HOSTNAME"));
        assertThat(keycloak.get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains(hostname.getPort() + ":8080");

        List<String> samspilServices = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("command")).contains("-exec.jar"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(samspilServices).contains("gateway", "municipality");
        for (String name : samspilServices) {
            assertThat(environment(services.get(name))).as(name)
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                            hostname + realm.path())
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
                            "http://keycloak:8080" + realm.path() + "/protocol/openid-connect/certs");
        }
    }

    @Test
    void composeSignsBrowsersInAtKeycloakAndRedeemsCodesInsideTheNetwork() throws IOException {
        Map<String, Map<String, Map<String, Object>>> compose = yaml(DOCKER_COMPOSE);
        Map<String, Map<String, Object>> services = compose.get("services");
        URI hostname = URI.create(environment(services.get("keycloak")).get("KC_HOSTNAME"));
        String asTheBrowserSeesIt = hostname + realm.path();
        String insideTheNetwork = "http://keycloak:8080" + realm.path();

        assertThat(environment(services.get("gateway")))
                .containsEntry("SAMSPIL_GATEWAY_SIGN_IN_ISSUER_URI", asTheBrowserSeesIt)
                .containsEntry("SAMSPIL_GATEWAY_SIGN_IN_AUTHORIZATION_URI",
                        asTheBrowserSeesIt + "/protocol/openid-connect/auth")
                .containsEntry("SAMSPIL_GATEWAY_SIGN_IN_END_SESSION_URI",
                        asTheBrowserSeesIt + "/protocol/openid-connect/logout")
                .containsEntry("SAMSPIL_GATEWAY_SIGN_IN_TOKEN_URI", insideTheNetwork + "/protocol/openid-connect/token")
                .containsEntry("SAMSPIL_GATEWAY_SIGN_IN_JWK_SET_URI", insideTheNetwork + "/protocol/openid-connect/certs")
                .containsEntry("SAMSPIL_WEB_CLIENT_SECRET", realm.client(identity.webClient().clientId()).secret())
                .containsEntry("SAMSPIL_GATEWAY_WEB_URI", "http://web:8085");
        assertThat(environment(services.get("web")))
                .containsEntry("SAMSPIL_WEB_API_URI", "http://gateway:8080")
                // The web listens on 127.0.0.1 by default: only a gateway on the same machine may reach it.
                .containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    private static void assertSameMembership(User user, Membership expected) {
        Membership membership = user.membership();
        assertThat(membership.organisation()).as("organisation of %s", user.username())
                .isEqualTo(expected.organisation());
        assertThat(membership.roles()).as("roles of %s", user.username())
                .containsExactlyInAnyOrderElementsOf(expected.roles());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, T>) new Yaml().load(reader);
        }
    }

    /** The parts of Keycloak's realm representation that decide what a token says. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RealmExport(String realm, Integer accessTokenLifespan, Boolean revokeRefreshToken,
                       Integer refreshTokenMaxReuse, Roles roles, List<ClientScope> clientScopes,
                       List<String> defaultDefaultClientScopes, List<ScopeMapping> scopeMappings, List<Client> clients,
                       List<User> users, Map<String, List<Component>> components) {

        /** Where Keycloak serves the realm: the issuer is the server's address followed by this. */
        String path() {
            return "/realms/" + realm;
        }

        User user(String username) {
            return users.stream().filter(user -> username.equals(user.username())).findFirst()
                    .orElseThrow(() -> new AssertionError("The realm has no user " + username));
        }

        User serviceAccountOf(String clientId) {
            return users.stream().filter(user -> clientId.equals(user.serviceAccountClientId())).findFirst()
                    .orElseThrow(() -> new AssertionError("The realm has no service account of " + clientId));
        }

        Client client(String clientId) {
            return clients.stream().filter(client -> clientId.equals(client.clientId())).findFirst()
                    .orElseThrow(() -> new AssertionError("The realm has no client " + clientId));
        }

        ClientScope clientScope(String name) {
            return clientScopes.stream().filter(scope -> name.equals(scope.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("The realm has no client scope " + name));
        }

        String userProfileConfig() {
            return components.get("org.keycloak.userprofile.UserProfileProvider").get(0)
                    .config().get("kc.user.profile.config").get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Roles(List<RealmRole> realm) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RealmRole(String name, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClientScope(String name, List<ProtocolMapper> protocolMappers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProtocolMapper(String name, String protocolMapper, Map<String, String> config) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScopeMapping(String clientScope, List<String> roles) {
    }

    /** Flags are objects, not booleans: a flag missing from the file is Keycloak's default, not false. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Client(String clientId, Boolean publicClient, String clientAuthenticatorType, String secret,
                  Boolean standardFlowEnabled, Boolean implicitFlowEnabled, Boolean directAccessGrantsEnabled,
                  Boolean serviceAccountsEnabled, Boolean fullScopeAllowed, Set<String> redirectUris, Map<String, String> attributes,
                  List<String> defaultClientScopes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String username, String firstName, String lastName, Boolean enabled,
                Map<String, List<String>> attributes, List<Credential> credentials, List<String> realmRoles,
                String serviceAccountClientId) {

        /** What the samspil scope's mappers make of this user: org_type, org_code and roles. */
        Membership membership() {
            Organisation organisation = new Organisation(OrganisationType.valueOf(
                    Objects.requireNonNull(attribute(SamspilClaims.ORG_TYPE), username + " has no org_type")),
                    attribute(SamspilClaims.ORG_CODE));
            return new Membership(organisation, realmRoles.stream().map(Role::valueOf).toList());
        }

        private String attribute(String name) {
            List<String> values = attributes.getOrDefault(name, List.of());
            assertThat(values).as("%s of %s", name, username).hasSizeLessThanOrEqualTo(1);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credential(String type, String value, Boolean temporary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Component(String providerId, Map<String, List<String>> config) {
    }
}
