package dk.samspil.local;

import java.util.Comparator;
import java.util.List;

/** The block printed when the stack is ready: where everything is. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static String of(LocalStack stack, boolean infrastructureOnly) {
        LocalStackConfig config = stack.config();
        StringBuilder text = new StringBuilder();
        text.append('\n').append(infrastructureOnly ? "Samspils infrastruktur kører" : "Samspil kører")
                .append(" (klar efter ").append(Durations.seconds(stack.timeToReady())).append(")\n\n");
        if (!infrastructureOnly) {
            List<ServiceDescriptor> gatewayFirst = config.services().stream()
                    .sorted(Comparator.comparing(ReadyBanner::rank))
                    .toList();
            for (ServiceDescriptor service : gatewayFirst) {
                line(text, service.name(), "http://localhost:" + config.servicePort(service.name()));
            }
            if (config.services().contains(ServiceDescriptor.IDENTITY)) {
                line(text, "Token til en demobruger", "./samspil token stevns-consultant  (brugerne: infra/identity/README.md)");
            }
            text.append('\n');
            for (ServiceDescriptor service : gatewayFirst) {
                line(text, "Prometheus " + service.name(),
                        "http://localhost:" + config.servicePort(service.name()) + "/actuator/prometheus");
            }
            text.append('\n');
        }
        line(text, "PostgreSQL", "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/<database>  (bruger "
                + LocalStack.POSTGRES_USER + ", adgangskode " + LocalStack.POSTGRES_PASSWORD + ")");
        line(text, "Kafka", stack.kafkaBootstrapServers());
        line(text, "MongoDB", stack.mongoUri());
        line(text, "Data", stack.dataFolder().toString());
        line(text, "Logs", config.folder().logs().toString());
        text.append("\nStop med Ctrl-C.\n");
        return text.toString();
    }

    /** The gateway, the identity provider, then the services. */
    private static int rank(ServiceDescriptor service) {
        return service == ServiceDescriptor.GATEWAY ? 0 : service == ServiceDescriptor.IDENTITY ? 1 : 2;
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-33s %s%n", label, value));
    }
}
