package dk.samspil.local.e2e;

import dk.samspil.local.LocalStack;
import dk.samspil.local.ServiceDescriptor;
import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The history written by the previous version (Spring Boot 3.5, Axon's Jackson 2 serializer) still loads on this one.
 * <p>
 * The event stores of the four services that own aggregates, as the previous version wrote them after
 * {@code ./samspil demo --only 0336,0259,0101,0851}, are put into a new stack with no tracking tokens, no Kafka
 * records and no read models. Every service then replays its events, republishes them to Kafka, and every read model
 * is rebuilt from nothing; the answers must be the ones the previous version gave on the same data (recorded in
 * {@code previous-version/answers}, see {@code previous-version/README.md}).
 */
class PreviousVersionEndToEndIT extends EmbeddedStackEndToEnd {

    private static final Path FIXTURE = Path.of("src/test/resources/previous-version");
    private static final Duration REBUILT = Duration.ofSeconds(120);
    private static final List<ServiceDescriptor> WITH_EVENT_STORES = List.of(ServiceDescriptor.MUNICIPALITY,
            ServiceDescriptor.DISTRICT_COUNCIL, ServiceDescriptor.NATIONAL_ASSOCIATION, ServiceDescriptor.LOCAL_COUNCIL);
    /**
     * Worked out from the moment the question is asked, not from the history: they change with the calendar (and an
     * {@code asOf} day or a report year that has not ended yet is answered as of now).
     */
    private static final Set<String> DEPENDS_ON_TODAY = Set.of("asOf", "until", "statusReportOverdue",
            "overdueStatusReports", "followUpOverdue", "followUpsOverdue", "current", "currentAdopted",
            "withCurrentAdoptedPlan");

    private final ObjectMapper json = JsonMapper.builder().build();

    @BeforeAll
    void restoreThePreviousVersionsEventStores() throws Exception {
        for (ServiceDescriptor service : WITH_EVENT_STORES) {
            stack.stopService(service.name());
            restore(service.postgresDatabase().orElseThrow());
        }
        for (ServiceDescriptor service : WITH_EVENT_STORES) {
            stack.startService(service.name());
        }
    }

    @Test
    void every_read_model_is_rebuilt_from_the_previous_versions_events_and_answers_as_it_did() {
        List<RecordedAnswer> answers = recordedAnswers();

        await().atMost(REBUILT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (RecordedAnswer answer : answers) {
                assertThat(withoutFieldsThatDependOnToday(currentAnswer(answer)))
                        .as("GET %s as %s", answer.path(), answer.caller())
                        .isEqualTo(withoutFieldsThatDependOnToday(answer.body()));
            }
        });
    }

    private void restore(String database) throws SQLException, IOException {
        Path folder = FIXTURE.resolve("event-stores").resolve(database);
        try (Connection connection = DriverManager.getConnection(stack.postgresJdbcUrl(database),
                LocalStack.POSTGRES_USER, LocalStack.POSTGRES_PASSWORD)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("TRUNCATE tokenentry");
                sql.execute("CREATE TEMP TABLE previous_event (LIKE domainevententry)");
                sql.execute("ALTER TABLE previous_event ALTER COLUMN metadata TYPE text, ALTER COLUMN payload TYPE text");
                copy(connection, "previous_event", folder.resolve("domainevententry.csv"));
                // Stored as the text of the JSON, so that the fixture shows what the previous version wrote.
                sql.execute("INSERT INTO domainevententry SELECT globalindex, aggregateidentifier, sequencenumber, type, "
                        + "eventidentifier, convert_to(metadata, 'UTF8'), convert_to(payload, 'UTF8'), payloadrevision, "
                        + "payloadtype, timestamp FROM previous_event");
                sql.execute("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), "
                        + "(SELECT max(globalindex) FROM domainevententry))");
                for (String table : List.of("personal_data_subject", "personal_data_key")) {
                    Path rows = folder.resolve(table + ".csv");
                    if (Files.exists(rows)) {
                        copy(connection, table, rows);
                    }
                }
            }
            connection.commit();
        }
    }

    private static void copy(Connection connection, String table, Path csv) throws SQLException, IOException {
        try (InputStream rows = Files.newInputStream(csv)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", rows);
        }
    }

    private JsonNode currentAnswer(RecordedAnswer answer) {
        try {
            HttpResponse<String> response = gateway.get(answer.path(), answer.caller());
            return response.statusCode() == 200 ? json.readTree(response.body()) : json.nullNode();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + answer.path(), e);
        }
    }

    private static JsonNode withoutFieldsThatDependOnToday(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(DEPENDS_ON_TODAY);
        }
        node.values().forEach(PreviousVersionEndToEndIT::strip);
    }

    private List<RecordedAnswer> recordedAnswers() {
        try {
            return Files.readAllLines(FIXTURE.resolve("requests.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(columns -> new RecordedAnswer(organisation(columns[0]), columns[1],
                            json.readTree(FIXTURE.resolve("answers").resolve(answerFile(columns[1])).toFile())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /api/districts/1467/dashboard?asOf=2026-12-07} is in {@code districts_1467_dashboard_asOf_2026-12-07.json}. */
    private static String answerFile(String path) {
        return path.substring("/api/".length()).replaceAll("[/?=]", "_") + ".json";
    }

    private static Organisation organisation(String typeAndCode) {
        String[] parts = typeAndCode.split(":", 2);
        return new Organisation(OrganisationType.valueOf(parts[0]), parts[1]);
    }

    private record RecordedAnswer(Organisation caller, String path, JsonNode body) {
    }
}
