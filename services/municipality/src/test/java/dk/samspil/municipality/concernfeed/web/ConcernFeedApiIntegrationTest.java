package dk.samspil.municipality.concernfeed.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.municipality.concernfeed.messaging.WebhookSignature;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import dk.samspil.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static dk.samspil.contracts.reference.Theme.CANNABIS;
import static dk.samspil.municipality.concernfeed.ConcernEvents.raised;
import static dk.samspil.municipality.concernfeed.ConcernEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions through HTTP, concerns published by other municipalities on a real Kafka broker, the feed on the
 * Mongo-wire server, the live stream over real HTTP and webhooks to a JDK HTTP server on 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samspil.webhooks.allow-loopback=true",
        "samspil.webhooks.first-retry-after=200ms",
        "samspil.webhooks.max-attempts=3",
        "samspil.concern-feed.heartbeat=200ms"})
@EmbeddedKafka(partitions = 6, topics = Topics.MUNICIPALITY_CONCERNS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernFeedApiIntegrationTest extends ServiceApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_concern_feed"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-concern-feed-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    ConcernFeedStream streams;

    private ContractTraffic kafka;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failingCalls = new AtomicInteger();
    private final HttpClient streamClient = HttpClient.newHttpClient();

    record Received(Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeAll
    void connect(@Autowired EmbeddedKafkaBroker broker) throws Exception {
        kafka = new ContractTraffic(broker.getBrokersAsString());
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            answer(exchange, 204);
        });
        receiver.createContext("/failing", exchange -> {
            exchange.getRequestBody().readAllBytes();
            failingCalls.incrementAndGet();
            answer(exchange, 500);
        });
        receiver.start();
    }

    @AfterAll
    void disconnect() {
        kafka.close();
        receiver.stop(0);
    }

    @Test
    void a_concern_raised_elsewhere_reaches_a_subscribed_feed_and_stream_and_not_the_others() throws Exception {
        String koege = "/api/municipalities/0259";
        String stevns = "/api/municipalities/0336";
        assertThat(post(koege + "/concern-subscriptions", subscription("[]", "{\"ownDistrict\": true}", "WATCH", null))
                .statusCode()).isEqualTo(201);
        assertThat(post(stevns + "/concern-subscriptions", subscription("[\"hash og andre stoffer\"]",
                "{\"ownDistrict\": true}", "ALERT", null)).statusCode()).isEqualTo(201);
        List<String> koegeStream = openStream("0259");
        List<String> stevnsStream = openStream("0336");

        Instant published = Instant.now();
        kafka.publish(raised("feed-1", "0265", List.of(CANNABIS), WATCH, List.of("0265"), List.of()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(koegeStream).contains("event:concern", "id:feed-1:0"));
        JsonNode feed = read(get(koege + "/concern-feed").body());
        assertThat(feed.path("items").findValuesAsString("concernId")).containsExactly("feed-1");
        JsonNode item = feed.path("items").get(0);
        assertThat(item.path("raisedBy").asString()).isEqualTo("0265");
        assertThat(item.path("raisedByName").asString()).isEqualTo("Roskilde");
        assertThat(item.path("themeLabels").toString()).isEqualTo("[\"hash og andre stoffer\"]");
        assertThat(item.path("severityLabel").asString()).isEqualTo(WATCH.label());
        assertThat(item.path("statusLabel").asString()).isEqualTo("rejst");
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(feed.path("unreadItems").asInt()).isEqualTo(1);
        assertThat(koegeStream.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow())
                .contains("\"concernId\":\"feed-1\"", "\"severity\":\"WATCH\"");
        assertThat(Duration.between(published, Instant.now())).as("concern to feed").isLessThan(Duration.ofSeconds(5));

        kafka.publish(updated("feed-1", "0265", 1, ALERT));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stevnsStream).contains("id:feed-1:1"));
        assertThat(stevnsStream).as("Stevns wants alerts only").doesNotContain("id:feed-1:0");
        assertThat(read(get(stevns + "/concern-feed").body()).path("items").findValuesAsString("severity"))
                .containsExactly("ALERT");
        assertThat(read(get("/api/municipalities/0350/concern-feed").body()).path("totalItems").asInt())
                .as("Lejre subscribes to nothing").isZero();
        assertThat(read(get("/api/municipalities/0265/concern-feed").body()).path("totalItems").asInt())
                .as("Roskilde raised it").isZero();
    }

    @Test
    void entries_are_marked_read_one_by_one_or_all_at_once() throws Exception {
        String greve = "/api/municipalities/0253";
        post(greve + "/concern-subscriptions", subscription("[]", "{\"municipalityCodes\": [\"0329\"]}", "INFO", null));
        kafka.publish(raised("read-1", "0329", List.of(CANNABIS), WATCH, List.of("0329"), List.of()),
                raised("read-2", "0329", List.of(CANNABIS), WATCH, List.of("0329"), List.of()));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(read(get(greve + "/concern-feed").body()).path("totalItems").asInt()).isEqualTo(2));

        assertThat(postWithoutBody(greve + "/concern-feed/read-1/read").statusCode()).isEqualTo(204);
        assertThat(read(get(greve + "/concern-feed?unread=true").body()).path("items").findValuesAsString("concernId"))
                .containsExactly("read-2");
        assertThat(read(get(greve + "/concern-feed?unread=false&size=1").body()).path("items")
                .findValuesAsString("concernId")).containsExactly("read-1");
        assertProblem(postWithoutBody(greve + "/concern-feed/unknown/read"), 404, "concernId");

        assertThat(postWithoutBody(greve + "/concern-feed/read-all").statusCode()).isEqualTo(204);
        assertThat(read(get(greve + "/concern-feed").body()).path("unreadItems").asInt()).isZero();

        assertProblem(get(greve + "/concern-feed?size=101"), 400, "size");
        assertProblem(get(greve + "/concern-feed?size=0"), 400, "size");
        assertProblem(get(greve + "/concern-feed?page=-1"), 400, "page");
        assertProblem(get(greve + "/concern-feed?unread=maybe"), 400, "unread");
        assertProblem(get("/api/municipalities/9999/concern-feed"), 404, "kommunekode");
        assertThat(send(authorised("/api/municipalities/9999/concern-feed/stream")
                .header("Accept", "text/event-stream").GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_webhook_receiver_gets_a_correctly_signed_delivery() throws Exception {
        String hjoerring = "/api/municipalities/0860";
        HttpResponse<String> created = post(hjoerring + "/concern-subscriptions", subscription("[]",
                "{\"ownDistrict\": true}", "INFO", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ok"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String subscriptionId = read(created.body()).path("subscriptionId").asString();
        String secret = read(created.body()).path("webhookSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        kafka.publish(raised("hook-1", "0851", List.of(CANNABIS), WATCH, List.of("0851"), List.of()));

        await().atMost(WAIT).until(() -> !received.isEmpty());
        Received call = received.get(0);
        assertThat(call.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.of(secret, call.body()));
        assertThat(call.header("X-Samspil-Event")).isEqualTo(EventTypes.CONCERN_RAISED.type());
        JsonNode body = read(new String(call.body(), StandardCharsets.UTF_8));
        assertThat(body.path("type").asString()).isEqualTo(EventTypes.CONCERN_RAISED.type());
        assertThat(body.path("concernId").asString()).isEqualTo("hook-1");
        assertThat(body.path("municipalityCode").asString()).isEqualTo("0860");
        assertThat(body.path("item").path("raisedByName").asString()).isEqualTo("Aalborg");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode deliveries = read(get(hjoerring + "/concern-subscriptions/" + subscriptionId + "/deliveries").body());
            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.get(0).path("deliveryId").asString()).isEqualTo(call.header("X-Samspil-Delivery"));
            assertThat(deliveries.get(0).path("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(deliveries.get(0).path("attempts").findValuesAsString("statusCode")).containsExactly("204");
        });
        String listed = get(hjoerring + "/concern-subscriptions").body();
        assertThat(listed).contains(subscriptionId).doesNotContain(secret).doesNotContain("webhookSecret");
    }

    @Test
    void a_failing_receiver_is_retried_with_backoff_then_given_up_and_logged() throws Exception {
        String aarhus = "/api/municipalities/0751";
        HttpResponse<String> created = post(aarhus + "/concern-subscriptions", subscription("[]",
                "{\"ownDistrict\": true}", "INFO", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/failing"));
        String subscriptionId = read(created.body()).path("subscriptionId").asString();

        kafka.publish(raised("hook-2", "0730", List.of(CANNABIS), WATCH, List.of("0730"), List.of()));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = read(get(aarhus + "/concern-subscriptions/" + subscriptionId + "/deliveries").body()).get(0);
            assertThat(delivery.path("outcome").asString()).isEqualTo("GAVE_UP");
            assertThat(delivery.path("outcomeLabel").asString()).isEqualTo("opgivet");
            assertThat(delivery.path("attempts").findValuesAsString("statusCode")).containsExactly("500", "500", "500");
            assertThat(delivery.path("nextAttemptAt").isMissingNode()).isTrue();
        });
        assertThat(failingCalls.get()).isEqualTo(3);
        JsonNode attempts = read(get(aarhus + "/concern-subscriptions/" + subscriptionId + "/deliveries").body())
                .get(0).path("attempts");
        Instant first = Instant.parse(attempts.get(0).path("at").asString());
        Instant second = Instant.parse(attempts.get(1).path("at").asString());
        Instant third = Instant.parse(attempts.get(2).path("at").asString());
        assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(second, third)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void a_disconnected_stream_client_frees_its_emitter() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/municipalities/0101/concern-feed/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: " + TestTokens.bearer(TestCallers.municipalityStaff("0101")) + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 200");
            await().atMost(WAIT).until(() -> streams.openStreams("0101") == 1);
        }

        await().atMost(WAIT).until(() -> streams.openStreams("0101") == 0);
    }

    @Test
    void bad_subscriptions_are_refused_naming_the_field_and_nothing_is_stored() throws Exception {
        String path = "/api/municipalities/0306/concern-subscriptions";
        long events = eventCount();

        assertProblem(post("/api/municipalities/9999/concern-subscriptions",
                subscription("[]", "{\"national\": true}", "INFO", null)), 404, "kommunekode");
        assertProblem(post(path, "{\"minimumSeverity\": \"INFO\"}"), 400, "area");
        assertProblem(post(path, "{\"area\": {\"national\": true}}"), 400, "minimumSeverity");
        assertProblem(post(path, subscription("[]", "{\"national\": true}", "HIGH", null)), 400, "minimumSeverity");
        assertProblem(post(path, subscription("[]", "{\"ownDistrict\": false}", "INFO", null)), 422, "area");
        JsonNode theme = assertProblem(post(path, subscription("[\"cannabis\", \"skateboard\"]", "{\"national\": true}",
                "INFO", null)), 422, "themes");
        assertThat(theme.path("value").asString()).isEqualTo("skateboard");
        assertThat(theme.path("detail").asString()).isEqualTo("Ukendt tema: skateboard");
        JsonNode municipality = assertProblem(post(path, subscription("[]", "{\"municipalityCodes\": [\"9999\"]}",
                "INFO", null)), 422, "area.municipalityCodes");
        assertThat(municipality.path("value").asString()).isEqualTo("9999");
        assertThat(assertProblem(post(path, subscription("[]", "{\"districtCodes\": [\"1999\"]}", "INFO", null)), 422,
                "area.districtCodes").path("value").asString()).isEqualTo("1999");
        for (String url : List.of("ftp://hooks.example/x", "hooks.example/x", "http://169.254.169.254/latest",
                "http://[::]/x", "http://224.0.0.1/x")) {
            assertThat(assertProblem(post(path, subscription("[]", "{\"national\": true}", "INFO", url)), 422,
                    "webhookUrl").path("value").asString()).isEqualTo(url);
        }
        assertThat(eventCount()).isEqualTo(events);
        assertThat(read(get(path).body())).isEmpty();

        String id = read(post(path, subscription("[]", "{\"national\": true}", "INFO", null)).body())
                .path("subscriptionId").asString();
        String change = subscription("[]", "{\"ownDistrict\": true}", "WATCH", null);
        assertProblem(put(path + "/" + java.util.UUID.randomUUID(), change), 404, "subscriptionId");
        assertProblem(put("/api/municipalities/0101/concern-subscriptions/" + id, change), 404, "subscriptionId");
        assertProblem(get("/api/municipalities/0101/concern-subscriptions/" + id + "/deliveries"), 404, "subscriptionId");
        assertThat(put(path + "/" + id, change).statusCode()).isEqualTo(200);
        assertThat(send(authorised(path + "/" + id).DELETE().build()).statusCode()).isEqualTo(204);
        long afterCancel = eventCount();
        JsonNode cancelled = assertProblem(put(path + "/" + id, change), 409, null);
        assertThat(cancelled.path("currentStatus").asString()).isEqualTo("CANCELLED");
        assertProblem(send(authorised(path + "/" + id).DELETE().build()), 409, null);
        assertThat(eventCount()).isEqualTo(afterCancel);
        await().atMost(WAIT).untilAsserted(() -> assertThat(read(get(path).body()).findValuesAsString("status"))
                .containsExactly("CANCELLED"));
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_later_records_still_apply() throws Exception {
        String deadLetters = Topics.deadLetterTopic(Topics.MUNICIPALITY_CONCERNS, "municipality-concern-feed");
        post("/api/municipalities/0400/concern-subscriptions", subscription("[]", "{\"national\": true}", "ALERT", null));
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.MUNICIPALITY_CONCERNS, "poison-1"));
        kafka.publish(raised("poison-2", "0101", List.of(CANNABIS), ALERT, List.of("0101", "9999"), List.of()));
        kafka.publish(raised("poison-3", "0101", List.of(CANNABIS), ALERT, List.of("0101"), List.of()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(kafka.readAll(deadLetters))
                .extracting(ConsumerRecord::key).contains("poison-1", "poison-2"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(read(get("/api/municipalities/0400/concern-feed").body())
                .path("items").findValuesAsString("concernId")).contains("poison-3").doesNotContain("poison-2"));
    }

    private static String subscription(String themes, String area, String minimumSeverity, String webhookUrl) {
        return "{\"themes\": " + themes + ", \"area\": " + area + ", \"minimumSeverity\": \"" + minimumSeverity + "\""
                + (webhookUrl == null ? "" : ", \"webhookUrl\": \"" + webhookUrl + "\"") + "}";
    }

    /** Opens the municipality's live feed; the returned list fills with its lines as they arrive. */
    private List<String> openStream(String kommunekode) {
        List<String> lines = new CopyOnWriteArrayList<>();
        streamClient.sendAsync(authorised("/api/municipalities/" + kommunekode + "/concern-feed/stream")
                        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                });
        await().atMost(WAIT).until(() -> streams.openStreams(kommunekode) > 0);
        return lines;
    }

    private static void answer(HttpExchange exchange, int status) throws java.io.IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
