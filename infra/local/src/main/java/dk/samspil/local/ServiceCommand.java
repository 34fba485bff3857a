package dk.samspil.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of one service JVM: {@code java <jvm options> -jar <jar> <Spring Boot properties>}. */
final class ServiceCommand {

    private ServiceCommand() {
    }

    /** The addresses of the infrastructure a service is pointed at. */
    record Infrastructure(String kafkaBootstrapServers, int postgresPort, int mongoPort) {
    }

    static List<String> of(ServiceDescriptor service, LocalStackConfig config, Infrastructure infrastructure) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(config.serviceJvmOptions());
        command.add("-jar");
        command.add(config.jarOf(service).toString());
        command.addAll(arguments(service, config, infrastructure));
        return command;
    }

    static List<String> arguments(ServiceDescriptor service, LocalStackConfig config, Infrastructure infrastructure) {
        return properties(service, config, infrastructure).entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toList();
    }

    /**
     * The Spring Boot properties a service is started with: its port, and where its infrastructure, the services it
     * calls and the identity provider are. docker-compose.yml sets the same ones as environment variables
     * (DockerComposeTest).
     */
    static Map<String, String> properties(ServiceDescriptor service, LocalStackConfig config, Infrastructure infrastructure) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(config.servicePort(service.name())));
        if (service == ServiceDescriptor.IDENTITY) {
            properties.putAll(identityProvider(config));
            return properties;
        }
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        service.mongo().ifPresent(database ->
                properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + infrastructure.mongoPort() + "/" + database));
        service.postgresDatabase().ifPresent(database -> {
            properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + infrastructure.postgresPort() + "/" + database);
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
        });
        for (String target : service.routesTo()) {
            properties.put("samspil.gateway." + target + "-uri", "http://127.0.0.1:" + config.servicePort(target));
        }
        if (service == ServiceDescriptor.WEB) {
            // Every API call of the web service goes through the gateway, like a browser's.
            properties.put("samspil.web.api-uri", config.gatewayAddress());
        }
        if (service == ServiceDescriptor.GATEWAY && !config.gatewayRateLimited()) {
            properties.put("samspil.gateway.rate-limit.enabled", "false");
        }
        // The JWKS address too, so that nothing is fetched from the provider before the first token arrives.
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", config.identityIssuer());
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", config.identityIssuer() + "/oauth2/jwks");
        return properties;
    }

    /** The provider's issuer, and the browser client's redirects to the gateway's port (on both loopback names). */
    private static Map<String, String> identityProvider(LocalStackConfig config) {
        int gateway = config.servicePort(ServiceDescriptor.GATEWAY.name());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("samspil.identity.issuer", config.identityIssuer());
        properties.put("samspil.identity.web-client.redirect-uris",
                "http://localhost:%d/login/oauth2/code/samspil,http://127.0.0.1:%d/login/oauth2/code/samspil"
                        .formatted(gateway, gateway));
        properties.put("samspil.identity.web-client.post-logout-redirect-uris",
                "http://localhost:%d/,http://127.0.0.1:%d/".formatted(gateway, gateway));
        return properties;
    }

    /** The launcher's own java binary, so the services run on the same JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
