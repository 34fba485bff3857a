package dk.samspil.local;

import dk.samspil.local.tokens.DemoLogin;
import dk.samspil.local.tokens.TokenException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./samspil rebuild <service> [read model]} rebuilds one read model of a running service, or all of them, through
 * the service's {@code /actuator/readmodels} endpoint (as the demo operator), and prints how far each has come until
 * all have caught up. Axon projections replay the service's event store; Kafka read models read their topics from the
 * start.
 */
public final class ReadModelRebuild {

    static final String ARGUMENTS = "<tjeneste> [læsemodel]";

    private static final String OPERATOR = "operator";
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ObjectMapper json = new ObjectMapper();
    private final String readModels;
    private final String token;
    private final PrintStream out;

    private ReadModelRebuild(String serviceUrl, String token, PrintStream out) {
        this.readModels = serviceUrl + "/actuator/readmodels";
        this.token = token;
        this.out = out;
    }

    public static int run(List<String> arguments, LocalStackConfig config, PrintStream out)
            throws IOException, InterruptedException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw usage("Angiv en tjeneste og evt. én læsemodel");
        }
        ServiceDescriptor service;
        try {
            service = ServiceDescriptor.named(arguments.get(0));
        } catch (IllegalArgumentException e) {
            throw usage("Ukendt tjeneste: " + arguments.get(0));
        }
        String token;
        try {
            token = new DemoLogin(config.identityIssuer()).login(OPERATOR, DemoLogin.devPassword(OPERATOR)).value();
        } catch (TokenException e) {
            throw new LocalStackException("Kunne ikke logge ind som " + OPERATOR + ": " + e.getMessage());
        }
        ReadModelRebuild rebuild = new ReadModelRebuild("http://127.0.0.1:" + config.servicePort(service.name()), token, out);
        return rebuild.rebuild(service.name(), arguments.size() == 2 ? arguments.get(1) : null);
    }

    private int rebuild(String service, String only) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (JsonNode readModel : get()) {
            names.add(readModel.get("name").asString());
        }
        if (names.isEmpty()) {
            throw new LocalStackException(service + " har ingen læsemodeller (eller dens Kafka-forbrugere er ikke startet endnu)");
        }
        if (only != null && !names.contains(only)) {
            throw new LocalStackException(service + " har ingen læsemodel " + only + "; den har " + String.join(", ", names));
        }
        List<String> chosen = only == null ? names : List.of(only);
        Instant started = Instant.now();
        for (String name : chosen) {
            post(name);
            out.printf("%s: genopbygger %s%n", service, name);
        }
        Instant lastPrinted = Instant.EPOCH;
        while (true) {
            Thread.sleep(POLL.toMillis());
            List<JsonNode> statuses = new ArrayList<>();
            get().forEach(status -> {
                if (chosen.contains(status.get("name").asString())) {
                    statuses.add(status);
                }
            });
            boolean done = statuses.stream().noneMatch(status -> status.get("rebuilding").asBoolean());
            if (done || Instant.now().isAfter(lastPrinted.plus(PRINT_EVERY))) {
                statuses.forEach(status -> out.println("  " + progress(status)));
                lastPrinted = Instant.now();
            }
            if (done) {
                out.printf("%s: %d læsemodel(ler) genopbygget på %.1f s%n", service, chosen.size(),
                        Duration.between(started, Instant.now()).toMillis() / 1000.0);
                return 0;
            }
        }
    }

    private static String progress(JsonNode status) {
        long position = status.get("position").asLong();
        long target = status.get("target").asLong();
        String source = status.get("source").asString().equals("kafka") ? "Kafka" : "event store";
        String percent = target == 0 ? "100" : String.format(Locale.ROOT, "%.0f", 100.0 * position / target);
        return String.format(Locale.ROOT, "%-36s %s: %d af %d (%s %%)%s", status.get("name").asString(), source,
                position, target, percent, status.get("rebuilding").asBoolean() ? "" : " færdig");
    }

    private JsonNode get() throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(readModels)).GET()));
    }

    private void post(String name) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(readModels + "/" + name)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new LocalStackException(response.request().method() + " " + response.request().uri() + " svarede "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static LocalStackException usage(String problem) {
        return new LocalStackException(problem + "\nBrug: ./samspil rebuild " + ARGUMENTS + "  (tjenester: "
                + String.join(", ", ServiceDescriptor.ALL.stream().map(ServiceDescriptor::name).toList()) + ")");
    }
}
