package dk.samspil.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./samspil status}: every part of a stack started by {@code ./samspil up} with the same configuration, as seen
 * from outside — PostgreSQL, Kafka and MongoDB listening on their ports, each service answering its readiness probe.
 */
final class StackStatus {

    static final String POSTGRES = "PostgreSQL";
    static final String KAFKA = "Kafka";
    static final String MONGODB = "MongoDB";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    /** One part and how it is. */
    record Part(String name, String address, State state) {
    }

    enum State {
        READY("klar"),
        LISTENING("lytter"),
        NOT_READY("kører, men er ikke klar"),
        DOWN("kører ikke");

        private final String label;

        State(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean isUp() {
            return this == READY || this == LISTENING;
        }
    }

    private StackStatus() {
    }

    static List<Part> of(LocalStackConfig config) {
        List<Part> parts = new ArrayList<>();
        parts.add(listening(POSTGRES, config.postgresPort()));
        parts.add(listening(KAFKA, config.kafkaPort()));
        parts.add(listening(MONGODB, config.mongoPort()));
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            int port = config.servicePort(service.name());
            parts.add(new Part(service.name(), "127.0.0.1:" + port, readiness(port)));
        }
        return parts;
    }

    /** Prints the parts as a table; 0 when every part is up, 1 otherwise. */
    static int print(List<Part> parts, PrintStream out) {
        parts.forEach(part -> out.printf("  %-22s %-17s %s%n", part.name(), part.address(), part.state().label()));
        long down = parts.stream().filter(part -> !part.state().isUp()).count();
        out.println(down == 0 ? "Alle dele kører." : down + " af " + parts.size() + " dele kører ikke eller er ikke klar.");
        return down == 0 ? 0 : 1;
    }

    private static Part listening(String name, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) PROBE_TIMEOUT.toMillis());
            return new Part(name, "127.0.0.1:" + port, State.LISTENING);
        } catch (IOException e) {
            return new Part(name, "127.0.0.1:" + port, State.DOWN);
        }
    }

    private static State readiness(int port) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ServiceDescriptor.READINESS_PATH))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                    ? State.READY : State.NOT_READY;
        } catch (IOException e) {
            return State.DOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return State.DOWN;
        }
    }
}
