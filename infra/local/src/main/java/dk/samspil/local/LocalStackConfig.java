package dk.samspil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the local stack keeps its data and which ports and services it uses.
 *
 * @param repositoryRoot     the repository root; service jars are resolved against it
 * @param dataFolder         the one folder holding all state (see {@link DataFolder})
 * @param postgresPort       PostgreSQL port
 * @param kafkaPort          Kafka PLAINTEXT listener (the bootstrap server)
 * @param kafkaControllerPort Kafka KRaft CONTROLLER listener
 * @param mongoPort          MongoDB wire-protocol port
 * @param services           the services {@link LocalStack#start} starts; all of them by default
 * @param servicePorts       HTTP port per service name
 * @param serviceJvmOptions  JVM options of every service JVM
 * @param readinessTimeout   how long a service may take to answer its readiness probe
 * @param gatewayRateLimited whether the gateway limits each client's requests per second (off for the benchmarks,
 *                           whose load comes from one client)
 */
public record LocalStackConfig(
        Path repositoryRoot,
        Path dataFolder,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        List<ServiceDescriptor> services,
        Map<String, Integer> servicePorts,
        List<String> serviceJvmOptions,
        Duration readinessTimeout,
        boolean gatewayRateLimited) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_MONGO_PORT = 27017;
    public static final String DEFAULT_DATA_FOLDER_NAME = ".samspil-data";
    public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(180);

    /** Sized for a 2-core machine and 2.5 GiB RSS for the whole stack. Overridden by env SAMSPIL_SERVICE_JVM_OPTS. */
    public static final String DEFAULT_SERVICE_JVM_OPTIONS = "-XX:+UseSerialGC -Xms128m -Xmx256m -XX:MaxMetaspaceSize=192m"
            + " -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1 -Djava.security.egd=file:/dev/urandom";
    public static final String SERVICE_JVM_OPTIONS_ENV = "SAMSPIL_SERVICE_JVM_OPTS";

    public LocalStackConfig {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataFolder = dataFolder.toAbsolutePath().normalize();
        services = List.copyOf(services);
        servicePorts = Map.copyOf(servicePorts);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        Objects.requireNonNull(readinessTimeout, "readinessTimeout");
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            if (!servicePorts.containsKey(service.name())) {
                throw new IllegalArgumentException("No port for service " + service.name());
            }
        }
    }

    /** The fixed default ports, data in {@code <repositoryRoot>/.samspil-data}, all services. */
    public static LocalStackConfig defaults(Path repositoryRoot) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        ServiceDescriptor.ALL.forEach(service -> servicePorts.put(service.name(), service.defaultPort()));
        return new LocalStackConfig(repositoryRoot, repositoryRoot.resolve(DEFAULT_DATA_FOLDER_NAME),
                DEFAULT_POSTGRES_PORT, DEFAULT_KAFKA_PORT, DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_MONGO_PORT,
                ServiceDescriptor.ALL, servicePorts, serviceJvmOptionsFromEnvironment(), DEFAULT_READINESS_TIMEOUT, true);
    }

    /**
     * Every port chosen free at random (once: a restart with the same config reuses them), data in {@code dataFolder},
     * all services.
     */
    public static LocalStackConfig forTests(Path repositoryRoot, Path dataFolder) {
        List<Integer> ports = freePorts(4 + ServiceDescriptor.ALL.size());
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (int i = 0; i < ServiceDescriptor.ALL.size(); i++) {
            servicePorts.put(ServiceDescriptor.ALL.get(i).name(), ports.get(4 + i));
        }
        return new LocalStackConfig(repositoryRoot, dataFolder, ports.get(0), ports.get(1), ports.get(2), ports.get(3),
                ServiceDescriptor.ALL, servicePorts, serviceJvmOptionsFromEnvironment(), DEFAULT_READINESS_TIMEOUT, true);
    }

    /** Every port moved by {@code offset}: a second stack (another data folder, another checkout) beside the first. */
    public LocalStackConfig withPortOffset(int offset) {
        Map<String, Integer> movedServicePorts = new LinkedHashMap<>();
        servicePorts.forEach((service, port) -> movedServicePorts.put(service, port + offset));
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort + offset, kafkaPort + offset,
                kafkaControllerPort + offset, mongoPort + offset, services, movedServicePorts, serviceJvmOptions, readinessTimeout,
                gatewayRateLimited);
    }

    public LocalStackConfig withDataFolder(Path dataFolder) {
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort, kafkaPort, kafkaControllerPort, mongoPort,
                services, servicePorts, serviceJvmOptions, readinessTimeout, gatewayRateLimited);
    }

    /** Only these services are started by {@link LocalStack#start} (others can still be started one by one). */
    public LocalStackConfig withServices(String... names) {
        List<ServiceDescriptor> selected = Arrays.stream(names).map(ServiceDescriptor::named).toList();
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort, kafkaPort, kafkaControllerPort, mongoPort,
                selected, servicePorts, serviceJvmOptions, readinessTimeout, gatewayRateLimited);
    }

    public LocalStackConfig withServiceJvmOptions(List<String> options) {
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort, kafkaPort, kafkaControllerPort, mongoPort,
                services, servicePorts, options, readinessTimeout, gatewayRateLimited);
    }

    public LocalStackConfig withReadinessTimeout(Duration timeout) {
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort, kafkaPort, kafkaControllerPort, mongoPort,
                services, servicePorts, serviceJvmOptions, timeout, gatewayRateLimited);
    }

    /** The gateway without its per-client rate limit: a benchmark's load comes from one client. */
    public LocalStackConfig withoutGatewayRateLimit() {
        return new LocalStackConfig(repositoryRoot, dataFolder, postgresPort, kafkaPort, kafkaControllerPort, mongoPort,
                services, servicePorts, serviceJvmOptions, readinessTimeout, false);
    }

    public int servicePort(String serviceName) {
        Integer port = servicePorts.get(serviceName);
        if (port == null) {
            throw new IllegalArgumentException("Unknown service '" + serviceName + "', known: " + servicePorts.keySet());
        }
        return port;
    }

    public DataFolder folder() {
        return new DataFolder(dataFolder);
    }

    public Path jarOf(ServiceDescriptor service) {
        return repositoryRoot.resolve(service.jar());
    }

    /** {@code http://localhost:<gateway port>}: the address a browser opens, and the one the web service calls the API on. */
    public String gatewayAddress() {
        return "http://localhost:" + servicePort(ServiceDescriptor.GATEWAY.name());
    }

    /**
     * The identity provider's issuer, {@code http://localhost:<port>}: exactly the {@code iss} of its tokens, so the
     * provider is told it and every service and the gateway check it.
     */
    public String identityIssuer() {
        return "http://localhost:" + servicePort(ServiceDescriptor.IDENTITY.name());
    }

    static List<String> serviceJvmOptionsFromEnvironment() {
        String fromEnvironment = System.getenv(SERVICE_JVM_OPTIONS_ENV);
        String options = fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_SERVICE_JVM_OPTIONS : fromEnvironment;
        return List.of(options.strip().split("\\s+"));
    }

    /** Holds all sockets open until every port is known, so the ports are distinct. */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            }
        }
    }
}
