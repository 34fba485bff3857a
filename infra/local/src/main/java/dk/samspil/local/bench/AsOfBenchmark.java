package dk.samspil.local.bench;

import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.tokens.OrganisationTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./samspil bench-asof [--events 100000]}: starts its own embedded stack, publishes a year of made-up history
 * for the whole country to Kafka ({@link HistoryGenerator}), waits until the national association's timeline has
 * applied it, then times the national overview as of several days, the trends and the annual report, through the
 * gateway and directly at the service. Figures, not a test gate.
 */
public final class AsOfBenchmark {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final int REPEATS = 7;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final OrganisationTokens tokens;

    private AsOfBenchmark(OrganisationTokens tokens) {
        this.tokens = tokens;
    }

    public static int run(Path repositoryRoot, List<String> arguments) throws Exception {
        int events = events(arguments);
        Path dataFolder = Files.createTempDirectory("samspil-bench-asof-");
        System.out.printf("asOf-benchmark: %,d hændelser over et år; data i %s%n", events, dataFolder);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder)
                .withoutGatewayRateLimit())) {
            new AsOfBenchmark(new OrganisationTokens(stack.identityIssuer())).run(stack, events);
        } finally {
            try (var paths = Files.walk(dataFolder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private void run(LocalStack stack, int events) throws Exception {
        Instant now = Instant.now();
        HistoryGenerator history = new HistoryGenerator(now.minus(Duration.ofDays(1)), Duration.ofDays(365));
        long publishStart = System.nanoTime();
        publish(stack.kafkaBootstrapServers(), history, events);
        double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
        String national = stack.serviceUrl("national-association");
        double applySeconds = awaitApplied(national, history.expected(), publishStart);
        String districtCouncil = stack.serviceUrl("district-council");
        double districtSeconds = awaitDistrictTimeline(districtCouncil, history.expected(), publishStart);
        long changes = countChanges(stack.postgresJdbcUrl("national_association"));

        LocalDate today = LocalDate.now(DENMARK);
        List<String> asOfs = List.of(today.minusDays(300).toString(), today.minusDays(180).toString(),
                today.minusDays(30).toString(), today.toString());
        System.out.println();
        System.out.println("=== Samspil asOf benchmark ===");
        System.out.printf(Locale.ROOT, "events published                     %,d in %.1f s; all applied by the timeline after %.1f s (%.0f events/s)%n",
                events, publishSeconds, applySeconds, events / applySeconds);
        System.out.printf(Locale.ROOT, "district-council's timeline caught up %.1f s after publishing began; queries start then%n",
                districtSeconds);
        System.out.printf(Locale.ROOT, "counter changes in the timeline      %,d rows%n", changes);
        for (String asOf : asOfs) {
            report("overview?asOf=" + asOf + " (service)", national + "/api/national/overview?asOf=" + asOf);
        }
        report("overview?asOf=" + asOfs.get(1) + " (gateway)", stack.gatewayUrl() + "/api/national/overview?asOf=" + asOfs.get(1));
        report("overview now (service)", national + "/api/national/overview");
        YearMonth thisMonth = YearMonth.now(DENMARK);
        report("trends 12 months (service)", national + "/api/national/trends?from=" + thisMonth.minusMonths(11) + "&to=" + thisMonth);
        report("annual report " + today.getYear() + " (service)", national + "/api/national/annual-report/" + today.getYear());
        report("district dashboard 1467 asOf (service)", districtCouncil + "/api/districts/1467/dashboard?asOf="
                + asOfs.get(1));
    }

    private static void publish(String bootstrapServers, HistoryGenerator history, int events) {
        IntegrationEventCodec codec = new IntegrationEventCodec();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            int[] sent = {0};
            history.generate(events, envelope -> {
                producer.send(codec.toRecord(envelope));
                if (++sent[0] % 10_000 == 0) {
                    System.out.printf("  %,d hændelser sendt%n", sent[0]);
                }
            });
            producer.flush();
        }
    }

    /** Polls the overview until every generated initiative, concern, gathering and pilot shows; seconds since publishing began. */
    private double awaitApplied(String national, HistoryGenerator.Expected expected, long publishStart) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        long lastPrinted = 0;
        while (Instant.now().isBefore(deadline)) {
            JsonNode overview = get(national + "/api/national/overview");
            long initiatives = overview.at("/totals/initiatives").asLong();
            if (initiatives == expected.initiatives
                    && overview.at("/cooperation/concerns/raised").asLong() == expected.concernsRaised
                    && overview.at("/cooperation/gatherings/heldInAll").asLong() == expected.gatheringsHeld
                    && overview.at("/cooperation/pilots/joined").asLong() == expected.pilots.size()) {
                return (System.nanoTime() - publishStart) / 1e9;
            }
            long elapsed = (System.nanoTime() - publishStart) / 1_000_000_000L;
            if (elapsed - lastPrinted >= 10) {
                lastPrinted = elapsed;
                System.out.printf("  %d s: %,d af %,d indsatser i tidslinjen%n", elapsed, initiatives, expected.initiatives);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The timeline did not apply the history within " + SETTLE_TIMEOUT);
    }

    /** The district councils' own timeline must be idle too, or it competes with the queries for CPU and PostgreSQL. */
    private double awaitDistrictTimeline(String districtCouncil, HistoryGenerator.Expected expected, long publishStart)
            throws Exception {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        List<String> districts = ReferenceData.instance().districts().stream().map(PoliceDistrict::code).toList();
        while (Instant.now().isBefore(deadline)) {
            String today = LocalDate.now(DENMARK).toString();
            long initiatives = 0;
            for (String district : districts) {
                initiatives += get(districtCouncil + "/api/districts/" + district + "/dashboard?asOf=" + today)
                        .at("/totals/initiatives").asLong();
            }
            if (initiatives == expected.initiatives) {
                return (System.nanoTime() - publishStart) / 1e9;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The district councils' timeline did not apply the history within " + SETTLE_TIMEOUT);
    }

    private void report(String title, String url) throws Exception {
        get(url);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            get(url);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-44s median %7.1f ms   max %7.1f ms   (n=%d after one warm-up)%n", title,
                millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size());
    }

    /** As the organisation the path names (the national association, a district council), like any client. */
    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        tokens.authorization("GET", URI.create(url).getPath()).ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private static long countChanges(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM timeline_change")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int events(List<String> arguments) {
        if (arguments.isEmpty()) {
            return 100_000;
        }
        if (arguments.size() == 2 && arguments.get(0).equals("--events")) {
            try {
                int events = Integer.parseInt(arguments.get(1));
                if (events > 0) {
                    return events;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException("Brug: ./samspil bench-asof [--events 100000] (et positivt heltal)");
    }
}
