package dk.samspil.local;

import dk.samspil.contracts.Topics;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Samspil service as the local stack runs it: a runnable jar started as a child JVM.
 *
 * @param name           the service name, also the name of its log and pid file
 * @param jar            the runnable jar, relative to the repository root
 * @param defaultPort    HTTP port used by {@link LocalStackConfig#defaults}
 * @param usesPostgres   whether it gets a PostgreSQL database of its own (named {@link #postgresDatabase()})
 * @param mongoDatabase  its MongoDB database, or {@code null} when it has none
 * @param consumerGroups the consumer groups it reads with; each gets a dead-letter topic per source topic
 * @param routesTo       services whose base URL it is given as {@code --samspil.gateway.<name>-uri} (the gateway)
 */
public record ServiceDescriptor(
        String name,
        Path jar,
        int defaultPort,
        boolean usesPostgres,
        String mongoDatabase,
        List<ConsumerGroup> consumerGroups,
        List<String> routesTo) {

    /**
     * The embedded OpenID Connect provider: every other service and the gateway check its tokens, so it is started
     * first. No database, no topics.
     */
    public static final ServiceDescriptor IDENTITY = new ServiceDescriptor(
            "identity", Path.of("infra/identity/target/identity-exec.jar"), 9000,
            false, null, List.of(), List.of());

    public static final ServiceDescriptor MUNICIPALITY = new ServiceDescriptor(
            "municipality", Path.of("services/municipality/target/municipality-exec.jar"), 8081,
            true, "municipality",
            concat(ConsumerGroup.reading("municipality-similar", Topics.MUNICIPALITY_INITIATIVES),
                    ConsumerGroup.reading("municipality-concern-feed", Topics.MUNICIPALITY_CONCERNS),
                    ConsumerGroup.reading("municipality-pilot-projects", Topics.NATIONAL_ASSOCIATION_PROJECTS)),
            List.of());

    public static final ServiceDescriptor DISTRICT_COUNCIL = new ServiceDescriptor(
            "district-council", Path.of("services/district-council/target/district-council-exec.jar"), 8082,
            true, "district-council",
            concat(ConsumerGroup.reading("district-council", Topics.MUNICIPALITY_INITIATIVES,
                            Topics.MUNICIPALITY_FUNDING_POOLS, Topics.MUNICIPALITY_ACTION_PLANS),
                    ConsumerGroup.reading("district-council-coordination", Topics.MUNICIPALITY_CONCERNS,
                            Topics.LOCAL_COUNCILS, Topics.DISTRICT_COUNCILS, Topics.NATIONAL_ASSOCIATION_PROJECTS),
                    timeline("district-council")), List.of());

    public static final ServiceDescriptor NATIONAL_ASSOCIATION = new ServiceDescriptor(
            "national-association", Path.of("services/national-association/target/national-association-exec.jar"), 8083,
            true, "national-association",
            timeline("national-association"), List.of());

    public static final ServiceDescriptor LOCAL_COUNCIL = new ServiceDescriptor(
            "local-council", Path.of("services/local-council/target/local-council-exec.jar"), 8084,
            true, "local-council", ConsumerGroup.reading("local-council", Topics.DISTRICT_COUNCILS), List.of());

    /**
     * The pages people use, behind the gateway, which signs the user in and relays the token: it reads the services'
     * APIs through the gateway ({@code --samspil.web.api-uri}) and follows the published events to refresh open pages.
     * No PostgreSQL; a MongoDB database of its own.
     */
    public static final ServiceDescriptor WEB = new ServiceDescriptor(
            "web", Path.of("services/web/target/web-exec.jar"), 8085,
            false, "web",
            ConsumerGroup.reading("web-live", Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
                    Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.LOCAL_COUNCILS,
                    Topics.DISTRICT_COUNCILS, Topics.NATIONAL_ASSOCIATION_PROJECTS,
                    Topics.NATIONAL_ASSOCIATION_GATHERINGS),
            List.of());

    public static final ServiceDescriptor GATEWAY = new ServiceDescriptor(
            "gateway", Path.of("gateway/target/gateway-exec.jar"), 8080,
            false, null, List.of(),
            List.of(MUNICIPALITY.name(), DISTRICT_COUNCIL.name(), NATIONAL_ASSOCIATION.name(), LOCAL_COUNCIL.name(),
                    WEB.name()));

    /** Every service of the platform, in the order they are listed to the user. */
    public static final List<ServiceDescriptor> ALL =
            List.of(IDENTITY, MUNICIPALITY, DISTRICT_COUNCIL, NATIONAL_ASSOCIATION, LOCAL_COUNCIL, WEB, GATEWAY);

    /** Every service answers 200 here once it is ready for traffic (Spring Boot's readiness probe). */
    public static final String READINESS_PATH = "/actuator/health/readiness";

    public ServiceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jar, "jar");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A service name is lower-case letters, digits and '-': " + name);
        }
        consumerGroups = List.copyOf(consumerGroups);
        routesTo = List.copyOf(routesTo);
    }

    public static ServiceDescriptor named(String name) {
        return ALL.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "', known: "
                        + ALL.stream().map(ServiceDescriptor::name).toList()));
    }

    @SafeVarargs
    private static List<ConsumerGroup> concat(List<ConsumerGroup>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }

    /** The platform's activity timeline of a service reads in the group {@code <service>-timeline}. */
    private static List<ConsumerGroup> timeline(String service) {
        return ConsumerGroup.reading(service + "-timeline", Topics.MUNICIPALITY_INITIATIVES,
                Topics.MUNICIPALITY_FUNDING_POOLS, Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS,
                Topics.NATIONAL_ASSOCIATION_PROJECTS, Topics.NATIONAL_ASSOCIATION_GATHERINGS);
    }

    /** The PostgreSQL databases of all services, one per service that has one. */
    public static List<String> postgresDatabases() {
        return ALL.stream().flatMap(service -> service.postgresDatabase().stream()).toList();
    }

    /** The PostgreSQL database name: the service name with '-' replaced by '_'. */
    public Optional<String> postgresDatabase() {
        return usesPostgres ? Optional.of(name.replace('-', '_')) : Optional.empty();
    }

    public Optional<String> mongo() {
        return Optional.ofNullable(mongoDatabase);
    }

    /** The file name of the jar, used to recognise a process started from it. */
    public String jarFileName() {
        return jar.getFileName().toString();
    }

    /** A consumer group and the topic it reads; the pair has its own dead-letter topic. */
    public record ConsumerGroup(String group, String sourceTopic) {

        /** The group once per topic it reads. */
        static List<ConsumerGroup> reading(String group, String... sourceTopics) {
            return Arrays.stream(sourceTopics).map(topic -> new ConsumerGroup(group, topic)).toList();
        }

        public String deadLetterTopic() {
            return Topics.deadLetterTopic(sourceTopic, group);
        }
    }
}
