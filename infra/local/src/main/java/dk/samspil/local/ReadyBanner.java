package dk.samspil.local;

import dk.samspil.local.tokens.DemoLogin;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** The block printed when the stack is ready: where everything is, the page to open in the browser first. */
final class ReadyBanner {

    /** Demo users of infra/identity to sign in as, one per kind of organisation (password {@code <user>-dev}). */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("district1467-member", "medlem af kredsrådet for Midt- og Vestsjællands Politi"),
            new DemoUser("national-secretariat", "sekretariatet i SSP-Samrådet"),
            new DemoUser("stevns-consultant", "SSP-konsulent i Stevns Kommune"),
            new DemoUser("lr0336-member", "medlem af Lokalråd Stevns"));

    private ReadyBanner() {
    }

    static String of(LocalStack stack, boolean infrastructureOnly) {
        return of(stack.config(), stack.timeToReady(), stack.kafkaBootstrapServers(), stack.mongoUri(), infrastructureOnly);
    }

    static String of(LocalStackConfig config, Duration timeToReady, String kafkaBootstrapServers, String mongoUri,
                     boolean infrastructureOnly) {
        StringBuilder text = new StringBuilder();
        text.append('\n').append(infrastructureOnly ? "Samspils infrastruktur kører" : "Samspil kører")
                .append(" (klar efter ").append(Durations.seconds(timeToReady)).append(")\n\n");
        if (!infrastructureOnly) {
            if (servesThePages(config)) {
                browser(text, config);
            }
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
        line(text, "Kafka", kafkaBootstrapServers);
        line(text, "MongoDB", mongoUri);
        line(text, "Data", config.dataFolder().toString());
        line(text, "Logs", config.folder().logs().toString());
        text.append("\nStop med Ctrl-C.\n");
        return text.toString();
    }

    /** The pages need the gateway (it signs the user in), the web service behind it and the identity provider. */
    private static boolean servesThePages(LocalStackConfig config) {
        return config.services().containsAll(List.of(ServiceDescriptor.GATEWAY, ServiceDescriptor.WEB, ServiceDescriptor.IDENTITY));
    }

    private static void browser(StringBuilder text, LocalStackConfig config) {
        line(text, "Åbn i browseren", config.gatewayAddress() + "/");
        String label = "Log ind som";
        for (DemoUser user : DEMO_USERS) {
            line(text, label, user.username() + " / " + DemoLogin.devPassword(user.username()) + "  (" + user.who() + ")");
            label = "";
        }
        line(text, "", "flere brugere: infra/identity/README.md");
        text.append('\n');
    }

    /** The gateway, the identity provider, then the services. */
    private static int rank(ServiceDescriptor service) {
        return service == ServiceDescriptor.GATEWAY ? 0 : service == ServiceDescriptor.IDENTITY ? 1 : 2;
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-33s %s%n", label, value));
    }

    /** @param who the organisation (and role) the user belongs to, as the banner names it */
    record DemoUser(String username, String who) {
    }
}
