package dk.samspil.local;

import dk.samspil.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml runs the system the launcher runs: no container engine runs on the build machine, so this reads
 * the file as compose does (YAML with anchors and merge keys) and holds it against the launcher's own description —
 * {@link ServiceDescriptor} (services, jars, ports, databases, consumer groups), {@link KafkaTopics} (topics) and
 * {@link ServiceCommand} (the settings each service is started with). Nothing the launcher describes is listed here
 * again; only compose's own names for the infrastructure are.
 */
class DockerComposeTest {

    private static final String KAFKA = "kafka";
    private static final String KAFKA_ADDRESS = "kafka:9092";
    private static final String TOPICS = "kafka-topics";
    private static final String MONGO = "mongo";
    private static final String MONGO_ADDRESS = "mongo:27017";
    private static final String POSTGRES = "postgres";
    private static final String POSTGRES_ADDRESS = "postgres:5432";
    private static final String DATABASES = "postgres-databases";
    /** Keycloak with the realm of infra/keycloak takes the embedded provider's place (KeycloakRealmExportTest). */
    private static final String IDENTITY_PROVIDER = "keycloak";
    private static final String IDENTITY_PROVIDER_INSIDE = "http://keycloak:8080/realms/samspil";
    private static final String REALM_PATH = "/realms/samspil";

    private static final String HEALTHY = "service_healthy";
    private static final String COMPLETED = "service_completed_successfully";

    /** The launcher's default ports: every address it hands a service is 127.0.0.1 or localhost with one of them. */
    private static final LocalStackConfig LAUNCHER = LocalStackConfig.defaults(Path.of("/repository"));
    private static final ServiceCommand.Infrastructure LAUNCHER_INFRASTRUCTURE = new ServiceCommand.Infrastructure(
            "127.0.0.1:" + LAUNCHER.kafkaPort(), LAUNCHER.postgresPort(), LAUNCHER.mongoPort());
    private static final Pattern LOOPBACK_ADDRESS = Pattern.compile("(?:127\\.0\\.0\\.1|localhost):(\\d+)");

    private static final Pattern DATABASE_LINE = Pattern.compile("^database (\\S+)$", Pattern.MULTILINE);
    private static final Pattern TOPIC_LINE = Pattern.compile("^topic (\\S+) (\\d+)((?: \\S+=\\S+)*)$", Pattern.MULTILINE);
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+[kmgKMG])");

    private static Path repository;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readDockerCompose() throws IOException {
        repository = RepositoryRoot.findUpwards(Path.of(""));
        compose = yaml(repository.resolve("docker-compose.yml"));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void composeRunsEveryServiceOfTheLauncherFromItsExecJar() {
        assertThat(services.keySet()).containsAll(ServiceDescriptor.ALL.stream().map(DockerComposeTest::composeName).toList());

        for (ServiceDescriptor service : samspilServices()) {
            Map<String, Object> container = service(service.name());
            assertThat(String.join(" ", strings(container.get("command")))).as(service.name())
                    .contains("-jar /app/" + service.jarFileName());
            assertThat(strings(container.get("volumes"))).as(service.name())
                    .contains("./" + service.jar().getParent() + ":/app:ro");
        }
    }

    @Test
    void everyServiceGetsTheSettingsTheLauncherStartsItWithAddressedInsideTheComposeNetwork() {
        for (ServiceDescriptor service : samspilServices()) {
            Map<String, String> expected = new LinkedHashMap<>();
            ServiceCommand.properties(service, LAUNCHER, LAUNCHER_INFRASTRUCTURE)
                    .forEach((property, value) -> expected.put(environmentVariable(property), inCompose(value)));

            assertThat(environment(service.name())).as("environment of %s", service.name()).containsAllEntriesOf(expected);
        }
    }

    @Test
    void theGatewayIsPublishedOnItsPortAndEveryServiceIsProbedOnItsOwn() {
        int gateway = port(ServiceDescriptor.GATEWAY);
        assertThat(strings(service(ServiceDescriptor.GATEWAY.name()).get("ports"))).contains(gateway + ":" + gateway);

        for (ServiceDescriptor service : samspilServices()) {
            assertThat(healthcheck(service.name())).as("healthcheck of %s", service.name())
                    .contains("http://localhost:" + port(service) + ServiceDescriptor.READINESS_PATH);
        }
    }

    @Test
    void composeCreatesEveryDatabaseTheLauncherCreatesWithTheCredentialsTheServicesUse() {
        List<String> databases = linesOf(DATABASES, DATABASE_LINE).stream().map(line -> line.group(1)).toList();

        assertThat(databases).containsExactlyInAnyOrderElementsOf(ServiceDescriptor.postgresDatabases());
        assertThat(environment(POSTGRES))
                .containsEntry("POSTGRES_USER", LocalStack.POSTGRES_USER)
                .containsEntry("POSTGRES_PASSWORD", LocalStack.POSTGRES_PASSWORD);
        assertThat(environment(DATABASES))
                .containsEntry("PGHOST", POSTGRES)
                .containsEntry("PGUSER", LocalStack.POSTGRES_USER)
                .containsEntry("PGPASSWORD", LocalStack.POSTGRES_PASSWORD);
    }

    @Test
    void composeCreatesEveryTopicTheLauncherCreatesWithItsPartitionsAndKeptWithoutTimeLimit() {
        List<Topic> created = linesOf(TOPICS, TOPIC_LINE).stream()
                .map(line -> new Topic(line.group(1), Integer.parseInt(line.group(2)), settings(line.group(3))))
                .toList();
        List<Topic> required = KafkaTopics.required(ServiceDescriptor.ALL).stream()
                .map(topic -> new Topic(topic.name(), topic.partitions(), Topics.KEPT_FOREVER))
                .toList();

        assertThat(created).containsExactlyInAnyOrderElementsOf(required);
        assertThat(environment(KAFKA))
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_LOG_RETENTION_MS", Topics.KEPT_FOREVER.get("retention.ms"))
                .hasEntrySatisfying("KAFKA_ADVERTISED_LISTENERS", listeners -> assertThat(listeners).contains("//" + KAFKA_ADDRESS));
    }

    /** The groups are fixed in the services' code and name their dead-letter topics (checked above): never overridden. */
    @Test
    void composeLeavesTheConsumerGroupsToTheServices() {
        for (ServiceDescriptor service : samspilServices()) {
            assertThat(environment(service.name()).keySet()).as(service.name())
                    .noneMatch(variable -> variable.contains("GROUP_ID"));
        }
    }

    @Test
    void kafkaKeepsItsLogOnANamedVolume() {
        String logDirectory = environment(KAFKA).get("KAFKA_LOG_DIRS");

        assertThat(logDirectory).isNotBlank();
        assertThat(strings(service(KAFKA).get("volumes"))).anySatisfy(volume -> {
            String[] sourceAndTarget = volume.split(":");
            assertThat(volumes()).containsKey(sourceAndTarget[0]);
            assertThat(Path.of(logDirectory)).startsWithRaw(Path.of(sourceAndTarget[1]));
        });
    }

    @Test
    void everyServiceWaitsForWhatTheLauncherStartsBeforeIt() {
        for (ServiceDescriptor service : samspilServices()) {
            Map<String, String> dependsOn = dependsOn(service.name());
            assertThat(dependsOn).as(service.name()).containsEntry(IDENTITY_PROVIDER, HEALTHY);
            if (service.mongo().isPresent()) {
                assertThat(dependsOn).as(service.name()).containsEntry(MONGO, HEALTHY);
            }
            if (service.postgresDatabase().isPresent()) {
                assertThat(dependsOn).as(service.name()).containsEntry(DATABASES, COMPLETED);
            }
            if (!service.consumerGroups().isEmpty()) {
                assertThat(dependsOn).as(service.name()).containsEntry(TOPICS, COMPLETED);
            }
        }
    }

    @Test
    void everyContainerIsHealthCheckedOrRunsOnceAndIsWaitedForAccordingly() {
        services.forEach((name, container) -> {
            if (!isOneShot(container)) {
                assertThat(container.get("restart")).as("restart of %s", name).isEqualTo("unless-stopped");
                assertThat(healthcheck(name)).as("healthcheck of %s", name).isNotBlank();
            }
            dependsOn(name).forEach((dependency, condition) -> assertThat(condition).as("%s waits for %s", name, dependency)
                    .isEqualTo(isOneShot(service(dependency)) ? COMPLETED : HEALTHY));
        });
    }

    @Test
    void everyContainerHasAMemoryLimitAndAnImageOfAFixedVersion() {
        services.forEach((name, container) -> {
            assertThat(container.get("mem_limit")).as("memory limit of %s", name).isNotNull();
            String image = String.valueOf(container.get("image"));
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).as(name).contains(":");
            assertThat(tag).as("tag of %s", name).isNotEqualTo("latest").containsPattern(VERSION);
        });
        for (ServiceDescriptor service : samspilServices()) {
            Matcher heap = MAX_HEAP.matcher(environment(service.name()).getOrDefault("JAVA_TOOL_OPTIONS", ""));
            assertThat(heap.find()).as("a maximum heap for %s", service.name()).isTrue();
            assertThat(bytes(heap.group(1))).as("heap of %s", service.name())
                    .isLessThan(bytes(String.valueOf(service(service.name()).get("mem_limit"))));
        }
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPort() throws IOException {
        String mounted = strings(service("prometheus").get("volumes")).stream()
                .filter(volume -> volume.contains(":/etc/prometheus/prometheus.yml"))
                .findFirst().orElseThrow();
        Map<String, Object> prometheus = yaml(repository.resolve(mounted.substring(0, mounted.indexOf(':'))));

        assertThat(scrapeTargets(prometheus)).containsExactlyInAnyOrderElementsOf(samspilServices().stream()
                .map(service -> service.name() + ":" + port(service))
                .toList());
    }

    /** The topic as compose creates it: name, partitions and the settings after them ({@code key=value}). */
    private record Topic(String name, int partitions, Map<String, String> settings) {
    }

    /** Every service but the identity provider, whose place Keycloak takes. */
    private static List<ServiceDescriptor> samspilServices() {
        return ServiceDescriptor.ALL.stream().filter(service -> service != ServiceDescriptor.IDENTITY).toList();
    }

    /** A service listens on the same port in its container as under the launcher. */
    private static int port(ServiceDescriptor service) {
        return LAUNCHER.servicePort(service.name());
    }

    private static String composeName(ServiceDescriptor service) {
        return service == ServiceDescriptor.IDENTITY ? IDENTITY_PROVIDER : service.name();
    }

    /** The form Spring Boot binds from the environment: upper case, '.' and '-' as '_'. */
    private static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A value the launcher hands a service, with each address as the compose network has it. */
    private static String inCompose(String launcherValue) {
        String issuer = LAUNCHER.identityIssuer();
        if (launcherValue.equals(issuer + "/oauth2/jwks")) {
            return IDENTITY_PROVIDER_INSIDE + "/protocol/openid-connect/certs";
        }
        if (launcherValue.equals(issuer)) {
            // The issuer Keycloak writes into its tokens: its KC_HOSTNAME, where the host reaches it.
            return environment(IDENTITY_PROVIDER).get("KC_HOSTNAME") + REALM_PATH;
        }
        return LOOPBACK_ADDRESS.matcher(launcherValue)
                .replaceAll(address -> Matcher.quoteReplacement(composeAddress(Integer.parseInt(address.group(1)))));
    }

    private static String composeAddress(int launcherPort) {
        if (launcherPort == LAUNCHER.kafkaPort()) {
            return KAFKA_ADDRESS;
        }
        if (launcherPort == LAUNCHER.postgresPort()) {
            return POSTGRES_ADDRESS;
        }
        if (launcherPort == LAUNCHER.mongoPort()) {
            return MONGO_ADDRESS;
        }
        return samspilServices().stream()
                .filter(service -> port(service) == launcherPort)
                .map(service -> service.name() + ":" + port(service))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The launcher hands out port " + launcherPort
                        + ", which has no counterpart in compose"));
    }

    private static Map<String, String> settings(String keyValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : keyValues.strip().split(" ")) {
            if (!setting.isEmpty()) {
                settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        return settings;
    }

    /** The lines of a one-shot container's script that match {@code line}. */
    private static List<MatchResult> linesOf(String container, Pattern line) {
        return line.matcher(String.join("\n", strings(service(container).get("command")))).results().toList();
    }

    private static boolean isOneShot(Map<String, Object> container) {
        return "no".equals(String.valueOf(container.get("restart")));
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> container = services.get(name);
        assertThat(container).as("compose service " + name).isNotNull();
        return container;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        Map<String, Object> declared = (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
        declared.forEach((variable, value) -> environment.put(variable, String.valueOf(value)));
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependsOn(String name) {
        Map<String, String> conditions = new LinkedHashMap<>();
        Map<String, Map<String, Object>> declared =
                (Map<String, Map<String, Object>>) service(name).getOrDefault("depends_on", Map.of());
        declared.forEach((dependency, options) -> conditions.put(dependency, String.valueOf(options.get("condition"))));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private static String healthcheck(String name) {
        Map<String, Object> healthcheck = (Map<String, Object>) service(name).get("healthcheck");
        return healthcheck == null ? "" : String.join(" ", strings(healthcheck.get("test")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> volumes() {
        return (Map<String, Object>) compose.getOrDefault("volumes", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> scrapeTargets(Map<String, Object> prometheus) {
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
            for (Map<String, Object> staticConfig : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.addAll(strings(staticConfig.get("targets")));
            }
        }
        return targets;
    }

    /** A compose value that is a string or a list of strings, as a list. */
    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return Optional.ofNullable(value).map(String::valueOf).stream().toList();
    }

    /** {@code 768m}, {@code 1g}: compose's and the JVM's way of writing a size. */
    private static long bytes(String size) {
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> number << 10;
            case 'm' -> number << 20;
            case 'g' -> number << 30;
            default -> throw new IllegalArgumentException("Not a size: " + size);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }
}
