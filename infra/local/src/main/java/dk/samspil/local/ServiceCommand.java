package dk.samspil.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + config.servicePort(service.name()));
        if (service == ServiceDescriptor.IDENTITY) {
            arguments.addAll(identityProvider(config));
            return arguments;
        }
        arguments.add("--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
        service.mongo().ifPresent(database ->
                arguments.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + infrastructure.mongoPort() + "/" + database));
        service.postgresDatabase().ifPresent(database -> {
            arguments.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + infrastructure.postgresPort() + "/" + database);
            arguments.add("--spring.datasource.username=" + EmbeddedPostgresServer.USER);
            arguments.add("--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD);
        });
        for (String target : service.routesTo()) {
            arguments.add("--samspil.gateway." + target + "-uri=http://127.0.0.1:" + config.servicePort(target));
        }
        if (service == ServiceDescriptor.WEB) {
            // Every API call of the web service goes through the gateway, like a browser's.
            arguments.add("--samspil.web.api-uri=" + config.gatewayAddress());
        }
        if (service == ServiceDescriptor.GATEWAY && !config.gatewayRateLimited()) {
            arguments.add("--samspil.gateway.rate-limit.enabled=false");
        }
        // The JWKS address too, so that nothing is fetched from the provider before the first token arrives.
        arguments.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + config.identityIssuer());
        arguments.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + config.identityIssuer() + "/oauth2/jwks");
        return arguments;
    }

    /** The provider's issuer, and the browser client's redirects to the gateway's port (on both loopback names). */
    private static List<String> identityProvider(LocalStackConfig config) {
        int gateway = config.servicePort(ServiceDescriptor.GATEWAY.name());
        return List.of("--samspil.identity.issuer=" + config.identityIssuer(),
                "--samspil.identity.web-client.redirect-uris=http://localhost:%d/login/oauth2/code/samspil,http://127.0.0.1:%d/login/oauth2/code/samspil"
                        .formatted(gateway, gateway),
                "--samspil.identity.web-client.post-logout-redirect-uris=http://localhost:%d/,http://127.0.0.1:%d/"
                        .formatted(gateway, gateway));
    }

    /** The launcher's own java binary, so the services run on the same JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
